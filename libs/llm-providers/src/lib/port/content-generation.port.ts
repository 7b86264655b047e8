import type { Language } from '@content-pipeline/languages';

/** An output language of the pipeline (the language catalogue's `Language`). */
export type TargetLanguage = Language;

/** Localised product content for one SKU and one language. */
export interface ProductContent {
  translated_description: string;
  seo_title: string;
  meta_description: string;
  h1: string;
  marketing_copy_a: string;
  marketing_copy_b: string;
  marketing_copy_c: string;
  suggested_keywords: string[];
}

/** Content with every field empty: the base a partial answer is merged onto, or a stand-in master. Never mutate it. */
export const EMPTY_PRODUCT_CONTENT: ProductContent = {
  translated_description: '',
  seo_title: '',
  meta_description: '',
  h1: '',
  marketing_copy_a: '',
  marketing_copy_b: '',
  marketing_copy_c: '',
  suggested_keywords: [],
};

/** The name of one field of {@link ProductContent}. */
export type ContentFieldName = keyof ProductContent;

/** Language-neutral facts pulled from the Chinese source once per SKU and shared by the five languages. */
export interface CoreExtraction {
  core_features: string[];
  target_audience: string;
  key_benefits: string[];
  technical_specs: Record<string, string>;
  unique_selling_point: string;
}

/** What the generator asks a provider for: one SKU in one language. */
export interface GenerationInput {
  skuId: string;
  productName: string;
  productDescription: string;
  category: string;
  brand?: string;
  attributes: Record<string, string>;
  targetLanguage: TargetLanguage;
  /** The English master, for ja/es/de/fr. */
  sourceContent?: ProductContent;
  /** Regeneration feedback from the quality gate. */
  feedback?: string;
  /**
   * The fields a regeneration asks for; the others are kept from `previousContent`. Absent or empty: every field.
   * Honoured by prompt sets that support it (v2); under v1 a regeneration rewrites the whole set, as it always did.
   */
  regenerateFields?: readonly ContentFieldName[];
  /** The previous attempt's content, which a field-only regeneration completes. */
  previousContent?: ProductContent;
  attempt: number;
  promptVersion: string;
  user?: string;
}

/** Tokens billed for one generation, summed over every HTTP call it took. */
export interface TokenUsage {
  promptTokens: number;
  completionTokens: number;
  totalTokens: number;
  /**
   * Of `promptTokens`, those the provider read from its prompt cache (OpenAI `prompt_tokens_details.cached_tokens`,
   * Anthropic `cache_read_input_tokens`), billed at the cached input rate. Absent: none reported.
   */
  cachedPromptTokens?: number;
  /** Of `promptTokens`, those written to the cache (Anthropic `cache_creation_input_tokens`), billed at the write rate. */
  cacheWriteTokens?: number;
  /** A price the provider itself reported (Dify does), as opposed to one computed from a price list. */
  reportedPrice?: { amount: number; currency: string };
}

/** Rate-limit state the provider disclosed in its last response headers. */
export interface RateLimitHints {
  remainingRequests?: number;
  remainingTokens?: number;
  resetRequestsMs?: number;
  resetTokensMs?: number;
  retryAfterMs?: number;
  limitRequests?: number;
  limitTokens?: number;
  /** Anthropic's input and output token limits (`anthropic-ratelimit-input-tokens-*`, `…-output-tokens-*`). */
  limitInputTokens?: number;
  remainingInputTokens?: number;
  resetInputTokensMs?: number;
  limitOutputTokens?: number;
  remainingOutputTokens?: number;
  resetOutputTokensMs?: number;
}

/** Names of the provider families behind the port. */
export type ProviderName = 'dify' | 'openai' | 'anthropic';

/** A successful generation. */
export interface GenerationResult {
  content: ProductContent;
  extraction?: CoreExtraction;
  usage: TokenUsage;
  provider: ProviderName;
  model: string;
  providerRunId?: string;
  latencyMs: number;
  rateLimit?: RateLimitHints;
  /** HTTP calls made, retries of a repair included. */
  calls: number;
  /** Of those, calls that re-asked for an answer that failed validation (0 when the provider enforced the shape). */
  repairCalls?: number;
  /** The workflow's own verdict, when it reports one (the design's Dify workflow does). */
  workflowReview?: WorkflowReview;
  /** Text fields the provider did not return, left empty so the gate reports each on its field. */
  missingFields?: string[];
  /** Fields the provider did not return that a documented fallback filled (the H1 from the SEO title). */
  fallbackFields?: string[];
}

/** A quality judgement the provider's own workflow made, kept next to the gate's for comparison. */
export interface WorkflowReview {
  /** 0–100 as the workflow reported it, or null when it reported issues only. */
  score: number | null;
  issues: string[];
}

/** One HTTP call a generation is about to send, as the caller's admission sees it. */
export interface PlannedCall {
  /** The step: the core extraction, the content, a repair turn, or a whole Dify workflow run. */
  step: 'extraction' | 'content' | 'repair' | 'workflow';
  /** The call's prompt as counted locally (a Dify run: the chat workflow's prompts, as an estimate). */
  promptTokens: number;
  /**
   * The same request again because its answer was cut off at the `max_tokens` the admission sized for it: the
   * admission sizes it again, with the truncation counted.
   */
  resendOfTruncated?: boolean;
}

/** What the provider counted for one call. */
export interface CallUsage {
  /** Every input token, cache reads and writes included. */
  promptTokens: number;
  completionTokens: number;
  /** Of the input, tokens read from the provider's prompt cache (Anthropic: not counted by its input limit). */
  cacheReadTokens?: number;
}

/** An admitted call, told what the provider billed for it once it answered. */
export interface AdmittedCall {
  /**
   * The `max_tokens` to send the call with, when the admission sized it below the configured maximum from the
   * answers such calls gave (undefined: the configured maximum).
   */
  maxOutputTokens?: number;
  billed(usage: CallUsage, rateLimit?: RateLimitHints, truncated?: boolean): void;
}

/**
 * Waits until the caller's rate limiter lets one HTTP call go, just before it is sent. May reject with a
 * `CallNotAdmittedError`, which the adapter passes on unchanged: the call was not sent.
 */
export type CallAdmission = (call: PlannedCall) => Promise<AdmittedCall>;

/** Per-call options. */
export interface GenerateOptions {
  signal?: AbortSignal;
  /** Asked before each HTTP call of the generation (an extraction, the content, a repair), each at its own turn. */
  admitCall?: CallAdmission;
}

/**
 * The port the generator service codes against. Implementations throw {@link ProviderError} and nothing else.
 */
export interface ContentGenerationProvider {
  readonly name: string;
  generate(input: GenerationInput, options: GenerateOptions): Promise<GenerationResult>;
  /**
   * What an operator should know about how the pipeline meets this provider (the Dify workflow's inputs, whether
   * regenerations carry feedback), for the start-up log. May call the provider.
   */
  describeContract?(): Promise<ContractNote[]>;
}

/** One line of {@link ContentGenerationProvider.describeContract}. */
export interface ContractNote {
  level: 'info' | 'warn';
  message: string;
}
