import type {
  CatalogSkuUpserted,
  ContentGenerated,
  DeadLetter,
  GenerationRequested,
  JobAdmissionChanged,
  ProviderHoldChanged,
  JudgeRequested,
  QualityVerdictIssued,
  SkuIngested,
  TranslationJudged,
  UsagePriced,
  UsageRecorded,
  VersionPublished,
} from './generated/types';
import { isSkuId } from './id-formats';
import { CHECKABLE_FIELDS, MQM_CATEGORIES, MQM_SEVERITIES } from './spot-check-vocabulary';

/**
 * Domain invariants the Avro schema cannot express. A decoded event that breaks one is not retried: it is
 * dead-lettered with these problems as the reason. Each validator returns the list of problems (empty: valid).
 */
export type EventValidator<TValue> = (value: TValue) => string[];

/** The most generator attempts any task may be given. */
export const MAX_ATTEMPTS_CEILING = 20;

interface Envelope {
  eventId: string;
  skuId: string;
  jobId: string;
  attempt: number;
  promptVersion: string;
  maxAttempts?: number;
}

function envelopeProblems(event: Envelope): string[] {
  const problems: string[] = [];
  if (!event.eventId.trim()) problems.push('eventId is empty');
  problems.push(...skuIdProblems(event.skuId));
  if (!event.jobId.trim()) problems.push('jobId is empty');
  if (!event.promptVersion.trim()) problems.push('promptVersion is empty');
  const ceiling = event.maxAttempts ?? MAX_ATTEMPTS_CEILING;
  if (!Number.isInteger(event.attempt) || event.attempt < 1 || event.attempt > ceiling) {
    problems.push(`attempt ${event.attempt} is outside 1..${ceiling}`);
  }
  if (
    event.maxAttempts !== undefined &&
    (event.maxAttempts < 1 || event.maxAttempts > MAX_ATTEMPTS_CEILING)
  ) {
    problems.push(`maxAttempts ${event.maxAttempts} is outside 1..${MAX_ATTEMPTS_CEILING}`);
  }
  return problems;
}

function sourceProblems(source: {
  productName: string;
  productDescription: string;
  sourceHash: string;
}): string[] {
  const problems: string[] = [];
  if (!source.productName.trim()) problems.push('source.productName is empty');
  if (!source.productDescription.trim()) problems.push('source.productDescription is empty');
  if (!source.sourceHash.trim()) problems.push('source.sourceHash is empty');
  return problems;
}

function usageProblems(usage: { promptTokens: number; completionTokens: number }): string[] {
  return usage.promptTokens < 0 || usage.completionTokens < 0 ? ['token counts must not be negative'] : [];
}

function skuIdProblems(skuId: string): string[] {
  return isSkuId(skuId) ? [] : [`skuId ${JSON.stringify(skuId.slice(0, 80))} is not a SKU id`];
}

export const validateCatalogSkuUpserted: EventValidator<CatalogSkuUpserted> = (event) =>
  skuIdProblems(event.skuId);

export const validateGenerationRequested: EventValidator<GenerationRequested> = (event) => [
  ...envelopeProblems(event),
  ...sourceProblems(event.source),
  ...(event.language !== 'en' && !event.masterContent
    ? ['a derived language needs its English masterContent']
    : []),
];

export const validateContentGenerated: EventValidator<ContentGenerated> = (event) => [
  ...envelopeProblems(event),
  ...sourceProblems(event.source),
  ...usageProblems(event.usage),
];

export const validateQualityVerdictIssued: EventValidator<QualityVerdictIssued> = (event) => [
  ...envelopeProblems(event),
  ...sourceProblems(event.source),
  ...usageProblems(event.usage),
  ...(event.score < 0 || event.score > 100 ? [`score ${event.score} is outside 0..100`] : []),
];

export const validateUsageRecorded: EventValidator<UsageRecorded> = (event) => [
  ...envelopeProblems(event),
  ...usageProblems(event.usage),
];

export const validateUsagePriced: EventValidator<UsagePriced> = (event) => [
  ...envelopeProblems(event),
  ...(event.usageEventId.trim() ? [] : ['usageEventId is empty']),
  ...usageProblems(event),
  ...(Number.isFinite(event.costUsd) && event.costUsd >= 0
    ? []
    : [`costUsd ${event.costUsd} must be a finite amount of at least 0`]),
  ...(event.priceSource.trim() ? [] : ['priceSource is empty']),
];

export const validateVersionPublished: EventValidator<VersionPublished> = (event) => [
  ...envelopeProblems(event),
  ...(event.versionNumber < 1 ? [`versionNumber ${event.versionNumber} must be ≥ 1`] : []),
];

export const validateDeadLetter: EventValidator<DeadLetter> = (event) =>
  event.reason.trim() ? [] : ['reason is empty'];

export const validateSkuIngested: EventValidator<SkuIngested> = (event) => [
  ...(event.eventId.trim() ? [] : ['eventId is empty']),
  ...(event.jobId.trim() ? [] : ['jobId is empty']),
  ...skuIdProblems(event.skuId),
  ...(event.promptVersion.trim() ? [] : ['promptVersion is empty']),
  ...(event.sourceHash.trim() ? [] : ['sourceHash is empty']),
  // The job ledger counts one task per language; English is the pivot every other language derives from.
  ...(event.languages[0] === 'en' && !event.languages.slice(1).includes('en')
    ? []
    : [`languages [${event.languages.join(', ')}] must start with English, once`]),
  ...(event.outcome === 'requested' && !event.requestEventId?.trim()
    ? ['a requested outcome needs the requestEventId it published']
    : []),
];

export const validateJobAdmissionChanged: EventValidator<JobAdmissionChanged> = (event) => [
  ...(event.eventId.trim() ? [] : ['eventId is empty']),
  ...(event.jobId.trim() ? [] : ['jobId is empty']),
  ...(event.reason.trim() ? [] : ['reason is empty']),
  // Consumers keep the highest sequence applied; the first change of a job is 1.
  ...(Number.isInteger(event.sequence) && event.sequence >= 1
    ? []
    : [`sequence ${event.sequence} must be ≥ 1`]),
  ...(event.costUsd >= 0 ? [] : [`costUsd ${event.costUsd} must not be negative`]),
  ...(event.budgetUsd === null || event.budgetUsd >= 0
    ? []
    : [`budgetUsd ${event.budgetUsd} must not be negative`]),
];

/** The reasons the generator holds its provider endpoint for; a consumer shows them to a person. */
export const PROVIDER_HOLD_REASONS = [
  'provider_auth',
  'provider_quota',
  'provider_model',
  'provider_contract',
  'provider_unreachable',
] as const;

export const validateProviderHoldChanged: EventValidator<ProviderHoldChanged> = (event) => [
  ...(event.eventId.trim() ? [] : ['eventId is empty']),
  ...(event.holdKey.trim() ? [] : ['holdKey is empty']),
  ...(event.provider.trim() ? [] : ['provider is empty']),
  // Kept a string in the schema so a new reason is not a breaking change; today's consumers know these.
  ...((PROVIDER_HOLD_REASONS as readonly string[]).includes(event.reason)
    ? []
    : [`reason ${JSON.stringify(event.reason)} is not one of ${PROVIDER_HOLD_REASONS.join(', ')}`]),
  ...(event.action.trim() ? [] : ['action is empty: a person must be told what to do']),
  ...(Number.isInteger(event.sequence) && event.sequence >= 1
    ? []
    : [`sequence ${event.sequence} must be ≥ 1`]),
  ...(event.changedAt >= event.heldAt ? [] : ['changedAt is before heldAt']),
];

const JUDGED_CATEGORIES: readonly string[] = MQM_CATEGORIES;
const JUDGED_SEVERITIES: readonly string[] = MQM_SEVERITIES;
const JUDGEABLE_FIELDS: readonly string[] = CHECKABLE_FIELDS;

function judgeEnvelopeProblems(event: { eventId: string; skuId: string; jobId: string; versionId: string }) {
  return [
    ...(event.eventId.trim() ? [] : ['eventId is empty']),
    ...skuIdProblems(event.skuId),
    ...(event.jobId.trim() ? [] : ['jobId is empty']),
    ...(event.versionId.trim() ? [] : ['versionId is empty']),
  ];
}

export const validateJudgeRequested: EventValidator<JudgeRequested> = (event) => [
  ...judgeEnvelopeProblems(event),
  ...(event.sampleId.trim() ? [] : ['sampleId is empty']),
  ...sourceProblems(event.source),
];

export const validateTranslationJudged: EventValidator<TranslationJudged> = (event) => [
  ...judgeEnvelopeProblems(event),
  ...(event.requestEventId.trim() ? [] : ['requestEventId is empty']),
  ...usageProblems(event.usage),
  ...(event.outcome === 'failed' && !event.failureReason.trim()
    ? ['a failed judgement needs a failureReason']
    : []),
  ...event.errors.flatMap((error, index) => [
    ...(JUDGED_CATEGORIES.includes(error.category)
      ? []
      : [`errors[${index}].category ${JSON.stringify(error.category.slice(0, 40))} is not an MQM category`]),
    ...(JUDGED_SEVERITIES.includes(error.severity)
      ? []
      : [
          `errors[${index}].severity ${JSON.stringify(error.severity.slice(0, 40))} is not minor, major or critical`,
        ]),
    ...(JUDGEABLE_FIELDS.includes(error.field)
      ? []
      : [`errors[${index}].field ${JSON.stringify(error.field.slice(0, 40))} is not a checkable field`]),
  ]),
];
