import {
  validateCatalogSkuUpserted,
  validateContentGenerated,
  validateDeadLetter,
  validateGenerationRequested,
  validateJobAdmissionChanged,
  validateProviderHoldChanged,
  validateJudgeRequested,
  validateQualityVerdictIssued,
  validateSkuIngested,
  validateTranslationJudged,
  validateUsagePriced,
  validateUsageRecorded,
  validateVersionPublished,
} from './event-validation';
import { defineTopic, TopicDefinition } from './topic-definition';
import type {
  CatalogSkuUpserted,
  ContentGenerated,
  DeadLetter,
  GenerationRequested,
  JobAdmissionChanged,
  JudgeRequested,
  Lane,
  ProviderHoldChanged,
  QualityVerdictIssued,
  SkuIngested,
  TranslationJudged,
  UsagePriced,
  UsageRecorded,
  VersionPublished,
} from './generated/types';
import {
  CatalogSkuUpsertedSchema,
  ContentGeneratedSchema,
  DeadLetterSchema,
  GenerationRequestedSchema,
  QualityVerdictIssuedSchema,
  UsagePricedSchema,
  UsageRecordedSchema,
  VersionPublishedSchema,
  JobAdmissionChangedSchema,
  ProviderHoldChangedSchema,
  SkuIngestedSchema,
  JudgeRequestedSchema,
  TranslationJudgedSchema,
} from './generated/schemas';

/**
 * The topic catalogue. Names follow `<domain>.<visibility>.<entity>.<event>.<version>`; a breaking change
 * gets a new version suffix and a new topic, a compatible one evolves the subject (BACKWARD).
 */
export const Topics = {
  catalogSkuUpserted: defineTopic<CatalogSkuUpserted>(
    'catalog.public.sku.upserted.v1',
    CatalogSkuUpsertedSchema,
    'SKU created or changed, published by the product catalogue (Avro, or the catalogue’s plain JSON). System of record for replay.',
    validateCatalogSkuUpserted,
  ),
  generationRequestedPriority: defineTopic<GenerationRequested>(
    'content.internal.generation.requested-priority.v1',
    GenerationRequestedSchema,
    'Generation tasks for new SKUs: served ahead of the backlog.',
    validateGenerationRequested,
  ),
  generationRequestedBulk: defineTopic<GenerationRequested>(
    'content.internal.generation.requested-bulk.v1',
    GenerationRequestedSchema,
    'Generation tasks for the backlog.',
    validateGenerationRequested,
  ),
  contentGenerated: defineTopic<ContentGenerated>(
    'content.internal.content.generated.v1',
    ContentGeneratedSchema,
    'Content an LLM produced for one task attempt.',
    validateContentGenerated,
  ),
  qualityVerdictIssued: defineTopic<QualityVerdictIssued>(
    'content.internal.quality.verdict-issued.v1',
    QualityVerdictIssuedSchema,
    'The quality gate’s score, issues and verdict, with the content judged.',
    validateQualityVerdictIssued,
  ),
  versionPublished: defineTopic<VersionPublished>(
    'content.public.version.published.v1',
    VersionPublishedSchema,
    'A content version activated, deactivated or rolled back: what the catalogue shows.',
    validateVersionPublished,
  ),
  usageRecorded: defineTopic<UsageRecorded>(
    'content.internal.usage.recorded.v1',
    UsageRecordedSchema,
    'Tokens spent per LLM call, for the cost meter.',
    validateUsageRecorded,
  ),
  usagePriced: defineTopic<UsagePriced>(
    'cost.internal.usage.priced.v1',
    UsagePricedSchema,
    'One LLM call priced by the cost meter (tokens, cost, price source): what the job service adds up per job.',
    validateUsagePriced,
  ),
  deadLetter: defineTopic<DeadLetter>(
    'pipeline.internal.message.dead-lettered.v1',
    DeadLetterSchema,
    'Messages no consumer could process: reason, error code, original bytes and headers.',
    validateDeadLetter,
  ),
  skuIngested: defineTopic<SkuIngested>(
    'content.internal.sku.ingested.v1',
    SkuIngestedSchema,
    'What the ingester did with a valid catalogue event of a job (requested, or skipped as unchanged or stale).',
    validateSkuIngested,
  ),
  jobAdmissionChanged: defineTopic<JobAdmissionChanged>(
    'content.internal.job.admission-changed.v1',
    JobAdmissionChangedSchema,
    'A job stopped (budget cap reached) or resumed admitting generation; the generator parks or releases its requests.',
    validateJobAdmissionChanged,
  ),
  providerHoldChanged: defineTopic<ProviderHoldChanged>(
    'content.internal.provider.hold-changed.v1',
    ProviderHoldChangedSchema,
    'The generator group held its provider endpoint (a failure that needs a person) or lifted the hold; the job service shows it on every unfinished job.',
    validateProviderHoldChanged,
  ),
  judgeRequested: defineTopic<JudgeRequested>(
    'quality.internal.judge.requested.v1',
    JudgeRequestedSchema,
    'A published version drawn for the automatic accuracy estimate, with its source and content: the generator’s LLM judge annotates its errors (MQM).',
    validateJudgeRequested,
  ),
  translationJudged: defineTopic<TranslationJudged>(
    'quality.internal.translation.judged.v1',
    TranslationJudgedSchema,
    'The LLM judge’s MQM error annotation of one published version, or why it failed; the version store scores and stores it.',
    validateTranslationJudged,
  ),
} as const;

export type TopicKey = keyof typeof Topics;

export const ALL_TOPICS: readonly TopicDefinition<unknown>[] = Object.values(Topics);

const TOPICS_BY_NAME = new Map(ALL_TOPICS.map((topic) => [topic.name, topic]));

/** The catalogue's topic of that name (a name in a decorator or an `emit`), or undefined if there is none. */
export function topicNamed(name: string): TopicDefinition<unknown> | undefined {
  return TOPICS_BY_NAME.get(name);
}

/** The generation-request topic of a lane. */
export function generationTopicFor(lane: Lane): TopicDefinition<GenerationRequested> {
  return lane === 'priority' ? Topics.generationRequestedPriority : Topics.generationRequestedBulk;
}

/**
 * Retry topic of one consumer group: holds the original bytes unchanged, with headers saying when the
 * message is due again and how many attempts it has had. Not a contract topic: only its owner reads it.
 */
export function retryTopicFor(consumerGroup: string): string {
  return `pipeline.internal.retry.${consumerGroup}.v1`;
}

/** The consumer group that reads a group's retry topic (kept apart so waiting for a delayed message holds nothing else). */
export function retryConsumerGroupFor(consumerGroup: string): string {
  return `${consumerGroup}.retry`;
}
