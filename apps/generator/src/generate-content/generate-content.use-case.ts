import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
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
import { KafkaRuntime } from '@content-pipeline/nest-runtime';
import type { GenerationAttempt } from '../generation-attempt/generation-attempt.entity';
import { GeneratorMetrics } from '../generator.metrics';
import { GuardedContentProvider } from './guarded-content.provider';
import { JobAdmissionGate } from '../job-admission/job-admission.gate';
import { ProviderHold } from '../provider-hold/provider-hold';
import { toContractContent, toGenerationInput } from './content-mapping';
import {
  GENERATION_ATTEMPT_REPOSITORY,
  GenerationAttemptRepository,
  NewGenerationAttempt,
} from './generation-attempt.repository';

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

/** The stored form of one generation: the result as produced, for the request it answers, billed as it was. */
export function toNewAttempt(
  request: GenerationRequested,
  result: GenerationResult,
  billing: 'interactive' | 'batch',
): NewGenerationAttempt {
  return {
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
      cachedPromptTokens: result.usage.cachedPromptTokens ?? 0,
      cacheWriteTokens: result.usage.cacheWriteTokens ?? 0,
    },
    latencyMs: Math.round(result.latencyMs),
    contentEventId: derivedEventId('content-generated', request.eventId),
    workflowReview: result.workflowReview ?? null,
    filledFields: result.fallbackFields ?? [],
    repairCalls: result.repairCalls ?? 0,
    billing,
  };
}

/**
 * Generates the content of one task attempt: one provider call (through breaker, shared rate limiter and
 * timeouts), the result stored, then published with its token usage. Idempotent on the request's event id.
 */
@Injectable()
export class GenerateContentUseCase {
  constructor(
    @Inject(GENERATION_ATTEMPT_REPOSITORY) private readonly attempts: GenerationAttemptRepository,
    private readonly provider: GuardedContentProvider,
    private readonly kafka: KafkaRuntime,
    private readonly admission: JobAdmissionGate,
    private readonly metrics: GeneratorMetrics,
    private readonly hold: ProviderHold,
  ) {}

  async execute(
    request: GenerationRequested,
    lane: Lane,
    signal: AbortSignal,
  ): Promise<'generated' | 'republished' | 'parked' | 'new_attempt'> {
    if (await this.attempts.isStored(request.eventId)) {
      const stored = await this.attempts.find(request.eventId);
      if (!stored) throw new TransientError('A stored generation could not be read back', 'database_error');
      await this.publish(request, stored);
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
          async () => !(await this.attempts.isStored(request.eventId)),
        );
        break;
      } catch (error) {
        if (error instanceof ProviderError && error.billed) {
          await this.meterFailedCall(request, error.code, error.billed);
          if (error.billed.repairCalls) {
            this.metrics.repairCalls.inc(
              { provider: this.provider.providerName, lane },
              error.billed.repairCalls,
            );
          }
        }
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
      const done = await this.attempts.find(request.eventId);
      if (done) await this.publish(request, done);
      return 'republished';
    }
    const attempt = toNewAttempt(request, result, 'interactive');
    this.reportProviderOutput(result, lane);
    // Null: a concurrent delivery of the same request won the insert; its stored result is the one to publish.
    const winner = (await this.store(attempt)) ?? (await this.attempts.find(request.eventId)) ?? attempt;
    await this.publish(request, winner);
    return 'generated';
  }

  /**
   * A batch answered this request: stored and published exactly as an interactive result (same topics, same gate),
   * billed as batch. Idempotent like `execute`: a result already stored (a re-read batch, an interactive fallback
   * that finished first) is republished, never stored twice.
   */
  async completeFromBatch(
    request: GenerationRequested,
    result: GenerationResult,
  ): Promise<'generated' | 'republished'> {
    const stored = await this.attempts.find(request.eventId);
    if (stored) {
      await this.publish(request, stored);
      return 'republished';
    }
    const attempt = toNewAttempt(request, result, 'batch');
    this.reportProviderOutput(result, 'bulk');
    const winner = (await this.store(attempt)) ?? (await this.attempts.find(request.eventId)) ?? attempt;
    await this.publish(request, winner);
    return 'generated';
  }

  /** A batch answer that was billed but unusable: metered at batch rates under its reason, like any billed failure. */
  async meterBatchFailure(
    request: GenerationRequested,
    reason: string,
    bill: { model: string; promptTokens: number; completionTokens: number },
    batchKey: string,
  ): Promise<void> {
    await this.publishUsage(request, {
      // One bill per batch line: a re-read of the same batch reproduces the id, so it is metered once.
      eventId: derivedEventId('usage-recorded-batch-failure', request.eventId, batchKey),
      provider: this.provider.providerName,
      model: bill.model,
      usage: {
        promptTokens: bill.promptTokens,
        completionTokens: bill.completionTokens,
        reportedPriceAmount: null,
        reportedPriceCurrency: null,
        cachedPromptTokens: 0,
        cacheWriteTokens: 0,
      },
      outcome: reason.split(':')[0],
      recordedAt: Date.now(),
      repairCalls: 0,
      billing: 'batch',
    });
  }

  /**
   * Repair calls, and fields the provider did not return, per provider: ~0 repairs is what schema-enforced output
   * buys; the same field missing on every call is a workflow contract to fix, not bad luck.
   */
  private reportProviderOutput(result: GenerationResult, lane: Lane): void {
    const provider = result.provider;
    if (result.repairCalls) this.metrics.repairCalls.inc({ provider, lane }, result.repairCalls);
    for (const field of result.fallbackFields ?? []) {
      this.metrics.outputFieldsMissing.inc({ provider, field, handling: 'fallback' });
    }
    for (const field of result.missingFields ?? []) {
      this.metrics.outputFieldsMissing.inc({ provider, field, handling: 'gate' });
    }
  }

  /** Stores the attempt unless one for the same request is there already (then null). */
  private async store(attempt: NewGenerationAttempt): Promise<GenerationAttempt | null> {
    try {
      return await this.attempts.store(attempt);
    } catch (error) {
      throw new TransientError('Could not store the generation', 'database_error', { cause: error });
    }
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
        cachedPromptTokens: billed.usage.cachedPromptTokens ?? 0,
        cacheWriteTokens: billed.usage.cacheWriteTokens ?? 0,
      },
      outcome: failureCode,
      recordedAt: Date.now(),
      repairCalls: billed.repairCalls ?? 0,
      billing: 'interactive',
    });
  }

  /** The request's task, with what one call was billed. */
  private async publishUsage(
    request: GenerationRequested,
    bill: Pick<
      UsageRecorded,
      'eventId' | 'provider' | 'model' | 'usage' | 'outcome' | 'recordedAt' | 'repairCalls' | 'billing'
    >,
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
        purpose: 'generation',
      },
      { key: request.skuId },
    );
  }

  private async publish(
    request: GenerationRequested,
    attempt: NewGenerationAttempt & { createdAt?: Date },
  ): Promise<void> {
    await this.publishUsage(request, {
      eventId: derivedEventId('usage-recorded', request.eventId),
      provider: attempt.provider,
      model: attempt.model,
      usage: attempt.usage,
      outcome: 'succeeded',
      recordedAt: attempt.createdAt?.getTime() ?? Date.now(),
      repairCalls: attempt.repairCalls ?? 0,
      billing: attempt.billing ?? 'interactive',
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
      workflowReview: attempt.workflowReview ?? null,
      filledFields: attempt.filledFields ?? [],
    };
    await this.kafka.publish(Topics.contentGenerated, generated, { key: request.skuId });
  }
}
