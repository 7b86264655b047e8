/** Kafka header names the pipeline sets; values are UTF-8 strings. */
export const Headers = {
  eventId: 'x-event-id',
  traceparent: 'traceparent',
  attempts: 'x-delivery-attempts',
  notBefore: 'x-not-before',
  originalTopic: 'x-original-topic',
  originalPartition: 'x-original-partition',
  originalOffset: 'x-original-offset',
  lastError: 'x-last-error',
  /** Set by whoever publishes catalogue events for a job (backlog file, replay): the job they belong to. */
  jobId: 'x-job-id',
  /** priority | bulk: overrides the ingester's choice of lane. */
  lane: 'x-lane',
  /** Comma-separated languages a job wants (English, the pivot, is always generated): overrides PIVOT_LANGUAGES. */
  languages: 'x-languages',
  /** Prompt version a job asks for (v1, v2, …): overrides the ingester's PROMPT_VERSION. */
  promptVersion: 'x-prompt-version',
} as const;
