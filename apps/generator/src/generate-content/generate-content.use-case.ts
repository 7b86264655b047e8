import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, Repository } from 'typeorm';
import {
  ContentGenerated,
  derivedEventId,
  generationTopicFor,
  GenerationRequested,
  Topics,
  UsageRecorded,
} from '@content-pipeline/contracts';
import { InvalidMessageError, PipelineError, TransientError } from '@content-pipeline/kafka-runtime';
import { nextAttemptAfterContentFailure } from '@content-pipeline/generation-tasks';
import { GenerationResult, ProviderError } from '@content-pipeline/llm-providers';
import type { Lane } from '@content-pipeline/rate-limiting';
import { KafkaRuntime, SERVICE_DATA_SOURCE } from '@content-pipeline/nest-runtime';
import { StatementBatcher, valuesList } from '@content-pipeline/persistence';
import { GenerationAttempt } from '../generation-attempt/generation-attempt.entity';
import { GuardedContentProvider } from './guarded-content.provider';
import { JobAdmissionGate } from '../job-admission';
import { ProviderHold } from '../provider-hold/provider-hold';
import { toContractContent, toGenerationInput } from './content-mapping';

/** Maps a provider failure onto the runtime's retry semantics, keeping the provider's code. */
export function toPipelineError(error: unknown): PipelineError {
  if (!(error instanceof ProviderError)) {
    return new TransientError(
      `Provider call failed: ${(error as Error).message ?? String(error)}`,
      'provider_unexpected',
    );
  }
  if (error.kind === 'fatal') {
    return new InvalidMessageError(
      `Provider refused the request (not retriable): ${error.message}`,
      `provider_${error.code}`,
      {
        cause: error,
      },
    );
  }
  return new TransientError(`Provider ${error.kind}: ${error.message}`, `provider_${error.code}`, {
    cause: error,
  });
}

const STATEMENT_BATCH_SIZE = 256;

/**
 * Generates the content of one task attempt: one provider call (through breaker, shared rate limiter and
 * timeouts), the result stored, then published with its token usage. Idempotent on the request's event id.
 */
@Injectable()
export class GenerateContentUseCase {
  private readonly attempts: Repository<GenerationAttempt>;
  // Every request is looked up and stored once; requests handled at the same time share the round trip.
  private readonly storedLookups = new StatementBatcher<string, boolean>({
    keyOf: (requestEventId) => requestEventId,
    maxBatchSize: STATEMENT_BATCH_SIZE,
    runBatch: (requestEventIds) => this.findStored(requestEventIds),
  });
  private readonly inserts = new StatementBatcher<GenerationAttempt, Date | null>({
    keyOf: (attempt) => attempt.requestEventId,
    maxBatchSize: STATEMENT_BATCH_SIZE,
    runBatch: (attempts) => this.insertAll(attempts),
  });

  constructor(
    @Inject(SERVICE_DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly provider: GuardedContentProvider,
    private readonly kafka: KafkaRuntime,
    private readonly admission: JobAdmissionGate,
    private readonly hold: ProviderHold,
  ) {
    this.attempts = dataSource.getRepository(GenerationAttempt);
  }

  async execute(
    request: GenerationRequested,
    lane: Lane,
    signal: AbortSignal,
  ): Promise<'generated' | 'republished' | 'parked' | 'new_attempt'> {
    // Plain statements on this path: it runs for every request, and the ORM's query building costs more CPU here
    // than the database does.
    if (await this.isStored(request.eventId)) {
      await this.publish(request, await this.attempts.findOneByOrFail({ requestEventId: request.eventId }));
      return 'republished';
    }
    // A job paused at its budget cap spends nothing more: its requests wait until it is admitted again.
    if (await this.admission.parkIfPaused(request)) return 'parked';
    let result: GenerationResult | 'not_needed';
    for (;;) {
      try {
        result = await this.provider.generate(
          toGenerationInput(request),
          lane,
          signal,
          async () => !(await this.isStored(request.eventId)),
        );
        break;
      } catch (error) {
        if (error instanceof ProviderError && error.billed)
          await this.meterFailedCall(request, error.code, error.billed);
        // A failure no retry can fix holds the provider for the whole group: this task waits for the release
        // (uncommitted, so a restart redelivers it) and tries again, instead of going to the dead-letter topic.
        if (await this.hold.holdIfNeeded(error, request.taskId)) continue;
        if (error instanceof ProviderError && error.kind === 'content_failure') {
          return this.requestNewAttempt(request, lane, error);
        }
        throw toPipelineError(error);
      }
    }
    if (result === 'not_needed') {
      const done = await this.attempts.findOneBy({ requestEventId: request.eventId });
      if (done) await this.publish(request, done);
      return 'republished';
    }
    const attempt = this.attempts.create({
      requestEventId: request.eventId,
      taskId: request.taskId,
      jobId: request.jobId,
      skuId: request.skuId,
      language: request.language,
      attempt: request.attempt,
      provider: result.provider,
      model: result.model,
      content: toContractContent(result.content),
      usage: {
        promptTokens: result.usage.promptTokens,
        completionTokens: result.usage.completionTokens,
        reportedPriceAmount: result.usage.reportedPrice?.amount ?? null,
        reportedPriceCurrency: result.usage.reportedPrice?.currency ?? null,
      },
      latencyMs: Math.round(result.latencyMs),
      contentEventId: derivedEventId('content-generated', request.eventId),
    });
    let winner = attempt;
    if (!(await this.store(attempt))) {
      // A concurrent delivery of the same request won the insert; its stored result is the one to publish.
      winner = (await this.attempts.findOneBy({ requestEventId: request.eventId })) ?? attempt;
    }
    await this.publish(request, winner);
    return 'generated';
  }

  private isStored(requestEventId: string): Promise<boolean> {
    return this.storedLookups.submit(requestEventId);
  }

  private async findStored(requestEventIds: readonly string[]): Promise<boolean[]> {
    const rows = await this.dataSource.query<{ request_event_id: string }[]>(
      'SELECT request_event_id FROM generator.generation_attempt WHERE request_event_id = ANY($1::text[])',
      [requestEventIds],
    );
    const stored = new Set(rows.map((row) => row.request_event_id));
    return requestEventIds.map((id) => stored.has(id));
  }

  /** Stores the attempt unless one for the same request is there already (then false). */
  private async store(attempt: GenerationAttempt): Promise<boolean> {
    let createdAt: Date | null;
    try {
      createdAt = await this.inserts.submit(attempt);
    } catch (error) {
      throw new TransientError('Could not store the generation', 'database_error', { cause: error });
    }
    if (createdAt === null) return false;
    attempt.createdAt = createdAt;
    return true;
  }

  private async insertAll(attempts: readonly GenerationAttempt[]): Promise<(Date | null)[]> {
    const { sql, parameters } = valuesList(
      attempts,
      (attempt) => [
        attempt.requestEventId,
        attempt.taskId,
        attempt.jobId,
        attempt.skuId,
        attempt.language,
        attempt.attempt,
        attempt.provider,
        attempt.model,
        JSON.stringify(attempt.content),
        JSON.stringify(attempt.usage),
        attempt.latencyMs,
        attempt.contentEventId,
      ],
      {
        rowSql: ([request, task, job, sku, language, number, provider, model, content, usage, ...rest]) =>
          `(${request}, ${task}, ${job}, ${sku}, ${language}, ${number}::int, ${provider}, ${model}, ${content}::jsonb, ${usage}::jsonb, ${rest.join(', ')})`,
      },
    );
    const rows = await this.dataSource.query<{ request_event_id: string; created_at: Date }[]>(
      `INSERT INTO generator.generation_attempt
         (request_event_id, task_id, job_id, sku_id, language, attempt, provider, model, content, usage,
          latency_ms, content_event_id)
       VALUES ${sql}
       ON CONFLICT (request_event_id) DO NOTHING
       RETURNING request_event_id, created_at`,
      parameters,
    );
    const created = new Map(rows.map((row) => [row.request_event_id, row.created_at]));
    return attempts.map((attempt) => created.get(attempt.requestEventId) ?? null);
  }

  /**
   * The model answered, but unusably (broken JSON, a failed workflow run): that attempt is spent. Asking the
   * same attempt again would only repeat it, so the next attempt is requested with what went wrong as
   * feedback; after the last one the task is dead-lettered with the reason (and can be resumed).
   */
  private async requestNewAttempt(
    request: GenerationRequested,
    lane: Lane,
    error: ProviderError,
  ): Promise<'new_attempt'> {
    const next = nextAttemptAfterContentFailure(request, `${error.code}: ${error.message}`, Date.now());
    if (!next) {
      throw new InvalidMessageError(
        `Attempt ${request.attempt} of ${request.maxAttempts} produced unusable output (${error.code}): ${error.message}`,
        `provider_${error.code}`,
        { cause: error },
      );
    }
    await this.kafka.publish(generationTopicFor(lane), next, { key: request.skuId });
    return 'new_attempt';
  }

  /**
   * A call that failed after the provider billed it (a failed workflow run, an answer still invalid after its
   * repair) is metered too, under the failure's code. Each such call is its own bill, hence a fresh event id.
   */
  private async meterFailedCall(
    request: GenerationRequested,
    failureCode: string,
    billed: NonNullable<ProviderError['billed']>,
  ): Promise<void> {
    await this.publishUsage(request, {
      eventId: randomUUID(),
      provider: this.provider.providerName,
      model: billed.model,
      usage: {
        promptTokens: billed.usage.promptTokens,
        completionTokens: billed.usage.completionTokens,
        reportedPriceAmount: billed.usage.reportedPrice?.amount ?? null,
        reportedPriceCurrency: billed.usage.reportedPrice?.currency ?? null,
      },
      outcome: failureCode,
      recordedAt: Date.now(),
    });
  }

  /** The request's task, with what one call was billed. */
  private async publishUsage(
    request: GenerationRequested,
    bill: Pick<UsageRecorded, 'eventId' | 'provider' | 'model' | 'usage' | 'outcome' | 'recordedAt'>,
  ): Promise<void> {
    await this.kafka.publish(
      Topics.usageRecorded,
      {
        ...bill,
        taskId: request.taskId,
        jobId: request.jobId,
        skuId: request.skuId,
        language: request.language,
        attempt: request.attempt,
        promptVersion: request.promptVersion,
        traceparent: request.traceparent,
      },
      { key: request.skuId },
    );
  }

  private async publish(request: GenerationRequested, attempt: GenerationAttempt): Promise<void> {
    await this.publishUsage(request, {
      eventId: derivedEventId('usage-recorded', request.eventId),
      provider: attempt.provider,
      model: attempt.model,
      usage: attempt.usage,
      outcome: 'succeeded',
      recordedAt: attempt.createdAt?.getTime() ?? Date.now(),
    });
    const generated: ContentGenerated = {
      eventId: attempt.contentEventId,
      requestEventId: request.eventId,
      taskId: request.taskId,
      jobId: request.jobId,
      skuId: request.skuId,
      language: request.language,
      attempt: request.attempt,
      maxAttempts: request.maxAttempts,
      promptVersion: request.promptVersion,
      lane: request.lane,
      source: request.source,
      derivedLanguages: request.derivedLanguages,
      masterVersionId: request.masterVersionId,
      masterContent: request.masterContent,
      content: attempt.content,
      provider: attempt.provider,
      model: attempt.model,
      usage: attempt.usage,
      latencyMs: attempt.latencyMs,
      generatedAt: attempt.createdAt?.getTime() ?? Date.now(),
      traceparent: request.traceparent,
    };
    await this.kafka.publish(Topics.contentGenerated, generated, { key: request.skuId });
  }
}
