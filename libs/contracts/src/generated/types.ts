// Generated from libs/contracts/src/schemas/*.avsc by tools/avro-codegen. Do not edit: run `npm run contracts:generate`.

/** A SKU created or changed in the product catalogue. The catalogue may also publish the same record as plain JSON. */
export interface CatalogSkuUpserted {
  eventId: string;
  skuId: string;
  productName: string;
  productDescription: string;
  category: string;
  brand: string;
  attributes: Record<string, string>;
  priceCny: null | number;
  /** ISO 8601. */
  updatedAt: string;
  traceparent: string;
}

/** The content an LLM produced for one task attempt. */
export interface ContentGenerated {
  eventId: string;
  requestEventId: string;
  taskId: string;
  jobId: string;
  skuId: string;
  language: Language;
  attempt: number;
  maxAttempts: number;
  promptVersion: string;
  lane: Lane;
  source: SourceProduct;
  /** Languages to derive from this content once it passes the gate (set on English pivot tasks). */
  derivedLanguages: Language[];
  masterVersionId: null | string;
  /** The English master a pivot language derives from; kept so a regeneration derives from it again. */
  masterContent: null | ProductContent;
  content: ProductContent;
  provider: string;
  model: string;
  usage: TokenUsage;
  latencyMs: number;
  generatedAt: number;
  traceparent: string;
  /** The workflow's own verdict, kept next to the gate's so the two can be compared. */
  workflowReview: null | WorkflowReview;
  /** Content fields the provider did not return that a documented fallback filled (the H1 from the SEO title). */
  filledFields: string[];
}

/** A message a consumer could not process, with the reason and its original bytes and headers. */
export interface DeadLetter {
  eventId: string;
  sourceTopic: string;
  sourcePartition: number;
  sourceOffset: string;
  consumerGroup: string;
  /** Human-readable: what was wrong and what to do. */
  reason: string;
  errorCode: string;
  retriable: boolean;
  attempts: number;
  originalKey: null | Buffer;
  originalValue: null | Buffer;
  originalHeaders: Record<string, string>;
  skuId: null | string;
  jobId: null | string;
  language: null | string;
  failedAt: number;
  traceparent: string;
}

/** Ask the generator for one SKU in one language (one task attempt). */
export interface GenerationRequested {
  /** Idempotency key of this request. */
  eventId: string;
  /** Stable id of the (job, SKU, language) task across attempts. */
  taskId: string;
  jobId: string;
  skuId: string;
  language: Language;
  /** 1-based. */
  attempt: number;
  maxAttempts: number;
  promptVersion: string;
  lane: Lane;
  source: SourceProduct;
  /** Languages to derive from this content once it passes the gate (set on English pivot tasks). */
  derivedLanguages: Language[];
  /** English master version a pivot language derives from. */
  masterVersionId: null | string;
  masterContent: null | ProductContent;
  /** What the gate found wrong in the previous attempt. */
  feedback: null | string;
  /** Content fields (snake_case, as the gate's issues name them) a regeneration asks for; the others are kept from previousContent. Empty: every field. */
  regenerateFields: string[];
  /** The previous attempt's content, whose fields outside regenerateFields passed and are kept. */
  previousContent: null | ProductContent;
  requestedAt: number;
  traceparent: string;
}

export type IngestOutcome = 'requested' | 'unchanged' | 'stale';
export const IngestOutcomeValues = ['requested', 'unchanged', 'stale'] as const;

export type IssueSeverity = 'critical' | 'warning' | 'info';
export const IssueSeverityValues = ['critical', 'warning', 'info'] as const;

/** The job ledger stopped (budget cap reached) or resumed admitting generation for a job. The generator parks the requests of a job that is not admitted and republishes them when it is again. */
export interface JobAdmissionChanged {
  eventId: string;
  jobId: string;
  admitted: boolean;
  /** budget, resumed, budget_raised …: why admission changed. */
  reason: string;
  /** Grows with every change of the job's admission; consumers ignore an event older than the last one applied. */
  sequence: number;
  budgetUsd: null | number;
  /** What the job had cost when admission changed. */
  costUsd: number;
  changedAt: number;
  traceparent: string;
}

export interface JudgedError {
  /** An MQM category of the spot-check vocabulary. */
  category: string;
  /** minor, major or critical. */
  severity: string;
  /** The content field the span is in. */
  field: string;
  /** The erroneous text as it appears in the field. */
  span: string;
  note: string;
}

export type JudgeOutcome = 'judged' | 'failed';
export const JudgeOutcomeValues = ['judged', 'failed'] as const;

/** One published version drawn for the automatic accuracy estimate: the generator asks its LLM judge to annotate the version's translation errors against its source (MQM typology) and answers with a TranslationJudged. */
export interface JudgeRequested {
  eventId: string;
  /** The judge sample the version was drawn in. */
  sampleId: string;
  jobId: string;
  versionId: string;
  skuId: string;
  language: Language;
  category: string;
  /** The generation attempt that produced the version. */
  attempt: number;
  promptVersion: string;
  /** The Chinese source listing. */
  source: SourceProduct;
  /** The English master a ja/es/de/fr version was translated from (null for English). */
  masterContent: null | ProductContent;
  /** The published content to judge. */
  content: ProductContent;
  requestedAt: number;
  traceparent: string;
}

/** Generation lane: priority for new SKUs from the catalogue, bulk for the backlog. */
export type Lane = 'priority' | 'bulk';
export const LaneValues = ['priority', 'bulk'] as const;

/** Target language of generated content. English is the pivot; the others derive from the English master. */
export type Language = 'en' | 'ja' | 'es' | 'de' | 'fr';
export const LanguageValues = ['en', 'ja', 'es', 'de', 'fr'] as const;

/** One localised content set for one SKU and language. */
export interface ProductContent {
  translatedDescription: string;
  seoTitle: string;
  metaDescription: string;
  h1: string;
  /** Value-focused copy. */
  marketingCopyA: string;
  /** Emotion-focused copy. */
  marketingCopyB: string;
  /** Promotion-focused copy. */
  marketingCopyC: string;
  suggestedKeywords: string[];
}

/** The generator group held its provider endpoint on a failure no retry can fix (a wrong key, an exhausted quota, an unknown model, a workflow contract mismatch, an endpoint unreachable for too long), or lifted the hold. While held nothing is sent and every unfinished job waits for a person. */
export interface ProviderHoldChanged {
  eventId: string;
  /** The endpoint held: the generator group's limiter key (LLM_RATE_LIMITER_KEY). Also the message key. */
  holdKey: string;
  /** dify, openai, anthropic … */
  provider: string;
  /** true: held from now on; false: the hold was lifted. */
  held: boolean;
  /** provider_auth, provider_quota, provider_model, provider_contract, provider_unreachable: what held it (on a release, the hold that was lifted). */
  reason: string;
  /** The provider's own code (invalid_api_key, insufficient_quota …). */
  errorCode: string;
  /** The provider's message, as it answered. */
  message: string;
  /** What a person does to lift the hold. */
  action: string;
  /** When the hold began. */
  heldAt: number;
  changedAt: number;
  /** Who held it (the generator instance) or released it (probe, or operator with a note). */
  changedBy: string;
  /** Grows with every change in the order they were committed; consumers ignore an event older than the last one applied for the key. */
  sequence: number;
  traceparent: string;
}

export type PublicationAction = 'activated' | 'deactivated' | 'rolled_back';
export const PublicationActionValues = ['activated', 'deactivated', 'rolled_back'] as const;

export interface QualityIssue {
  rule: string;
  severity: IssueSeverity;
  field: string;
  span: null | string;
  message: string;
  suggestion: string;
}

/** The quality gate's verdict on one generated content set, carrying the content it judged. */
export interface QualityVerdictIssued {
  eventId: string;
  generatedEventId: string;
  taskId: string;
  jobId: string;
  skuId: string;
  language: Language;
  attempt: number;
  maxAttempts: number;
  promptVersion: string;
  lane: Lane;
  source: SourceProduct;
  /** Languages to derive from this content once it passes the gate (set on English pivot tasks). */
  derivedLanguages: Language[];
  masterVersionId: null | string;
  /** The English master a pivot language derives from; kept so a regeneration derives from it again. */
  masterContent: null | ProductContent;
  content: ProductContent;
  provider: string;
  model: string;
  usage: TokenUsage;
  score: number;
  verdict: Verdict;
  issues: QualityIssue[];
  checkedAt: number;
  traceparent: string;
}

/** What the ingester did with one valid catalogue event for a job: requested generation, or skipped it because the source text and prompt version were unchanged (or a newer record was already known). Lets the job ledger count skipped tasks as done. */
export interface SkuIngested {
  eventId: string;
  jobId: string;
  skuId: string;
  outcome: IngestOutcome;
  lane: Lane;
  /** Every language the job wants for this SKU, English (the pivot) first. */
  languages: Language[];
  promptVersion: string;
  sourceHash: string;
  /** The English generation request published, when outcome is requested. */
  requestEventId: null | string;
  ingestedAt: number;
  traceparent: string;
}

/** The Chinese source listing a generation works from, as the ingester validated it. */
export interface SourceProduct {
  productName: string;
  productDescription: string;
  category: string;
  brand: string;
  attributes: Record<string, string>;
  /** SHA-256 of the normalised source fields; drives change detection on replay. */
  sourceHash: string;
}

/** Tokens an LLM call consumed, as the provider reported them. */
export interface TokenUsage {
  promptTokens: number;
  completionTokens: number;
  /** Price the provider itself reported (Dify total_price). */
  reportedPriceAmount: null | number;
  reportedPriceCurrency: null | string;
  /** Of promptTokens, those read from the provider's prompt cache (OpenAI prompt_tokens_details.cached_tokens, Anthropic cache_read_input_tokens), priced at the cached input rate. */
  cachedPromptTokens: number;
  /** Of promptTokens, those written to the provider's prompt cache (Anthropic cache_creation_input_tokens), priced at the cache-write rate. */
  cacheWriteTokens: number;
}

/** The LLM judge's MQM annotation of one published version (or why it could not give one). The version store scores it. */
export interface TranslationJudged {
  eventId: string;
  /** The JudgeRequested this answers. */
  requestEventId: string;
  sampleId: string;
  jobId: string;
  versionId: string;
  skuId: string;
  language: Language;
  /** failed: the provider refused or the answer could not be read; failureReason says which. */
  outcome: JudgeOutcome;
  failureReason: string;
  errors: JudgedError[];
  provider: string;
  model: string;
  usage: TokenUsage;
  judgedAt: number;
  traceparent: string;
}

/** One LLM call's tokens as the cost meter priced them (entered in its token ledger): what a job's cost is made of. Published once per usage event and again on a redelivery, with the same eventId. */
export interface UsagePriced {
  eventId: string;
  /** The UsageRecorded event priced: the key consumers deduplicate on. */
  usageEventId: string;
  taskId: string;
  jobId: string;
  skuId: string;
  language: Language;
  attempt: number;
  promptVersion: string;
  provider: string;
  model: string;
  promptTokens: number;
  completionTokens: number;
  /** What the call is charged, in USD. */
  costUsd: number;
  /** provider_reported, price_table:<version> or price_table:<version>:fallback. */
  priceSource: string;
  /** The price table in force when the usage was recorded. */
  priceTableVersion: string;
  /** succeeded, or the provider error code. */
  outcome: string;
  recordedAt: number;
  traceparent: string;
  /** How the call was billed: interactive, or batch (priced at the model's batch rates). */
  billing: string;
}

/** Tokens spent by one LLM call (or one workflow run) for one task attempt, successful or not. */
export interface UsageRecorded {
  eventId: string;
  taskId: string;
  jobId: string;
  skuId: string;
  language: Language;
  attempt: number;
  promptVersion: string;
  provider: string;
  model: string;
  usage: TokenUsage;
  /** succeeded, or the provider error code. */
  outcome: string;
  recordedAt: number;
  traceparent: string;
  /** Calls of this bill that only re-asked for an answer that failed validation (0 when the provider enforced the shape). */
  repairCalls: number;
  /** What the call was for: generation (content and regenerations) or judge (the automatic accuracy estimate). Events from before this field are generation. */
  purpose: string;
  /** How the call was billed: interactive, or batch (the provider's Batch API, billed at its batch rates). */
  billing: string;
}

export type Verdict = 'pass' | 'regenerate' | 'human_review';
export const VerdictValues = ['pass', 'regenerate', 'human_review'] as const;

/** A content version became (or stopped being) what the catalogue should show for a SKU and language. */
export interface VersionPublished {
  eventId: string;
  versionId: string;
  versionNumber: number;
  jobId: string;
  skuId: string;
  language: Language;
  attempt: number;
  promptVersion: string;
  action: PublicationAction;
  content: null | ProductContent;
  score: number;
  masterVersionId: null | string;
  publishedAt: number;
  traceparent: string;
  /** Grows with every change the version store publishes, in the order it made them. A consumer applies an event only when its sequence is higher than the last one it applied for the SKU and language (versionNumber does not order a rollback, which brings an older version back). 0 on events from before this field. */
  sequence: number;
}

/** A quality judgement the provider's own workflow made (the design's Dify workflow reports one). */
export interface WorkflowReview {
  /** 0–100 as the workflow reported it. */
  score: null | number;
  issues: string[];
}
