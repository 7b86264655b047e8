import type { DataSource } from 'typeorm';
import {
  derivedEventId,
  Topics,
  type JudgeRequested,
  type TranslationJudged,
  type UsageRecorded,
} from '@content-pipeline/contracts';
import { PipelineError, TransientError } from '@content-pipeline/kafka-runtime';
import {
  CallNotAdmittedError,
  JUDGE_PROMPT_VERSION,
  JudgeChatClient,
  ProviderError,
  type AdmittedCall,
  type CallAdmission,
  type JudgeReply,
} from '@content-pipeline/llm-providers';
import type { KafkaRuntime } from '@content-pipeline/nest-runtime';
import type { ProviderCircuitBreaker } from '../circuit-breaker/provider-circuit-breaker';
import { toPipelineError } from '../generate-content/generate-content.use-case';
import type { GeneratorMetrics } from '../generator.metrics';
import type { ProviderHold } from '../provider-hold/provider-hold';
import type { LlmAdmission } from '../rate-limiting/llm-admission';
import type { JudgeConfig } from './judge.config';
import type { JudgeMetrics } from './judge.metrics';

const YIELD_POLL_MS = 250;

interface StoredJudgement {
  judged: TranslationJudged;
  usage: UsageRecorded | null;
}

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done, { once: true });
  });

/**
 * Answers one judge request: ONE LLM call through the generator's own guards — provider hold, circuit breaker and
 * the shared rate limiter (bulk lane, queued only once generation stops queueing or after `yieldMaxMs`) — then the
 * judgement and the call's usage (purpose `judge`, so the cost meter prices it) are stored and published. Stored
 * first: a redelivered request republishes what was stored and pays for nothing. A provider's refusal or an
 * unreadable answer is a failed judgement, recorded and published like any other; only retriable failures retry.
 */
export class JudgeTranslationUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly kafka: KafkaRuntime,
    private readonly client: JudgeChatClient,
    private readonly admission: LlmAdmission,
    private readonly breaker: ProviderCircuitBreaker,
    private readonly hold: ProviderHold,
    private readonly generatorMetrics: GeneratorMetrics,
    private readonly metrics: JudgeMetrics,
    private readonly config: JudgeConfig,
  ) {}

  async execute(request: JudgeRequested, signal: AbortSignal): Promise<'judged' | 'failed' | 'republished'> {
    const stored = await this.find(request.eventId);
    if (stored) {
      await this.publish(stored);
      this.metrics.judgements.inc({ outcome: 'republished' });
      return 'republished';
    }
    let result: StoredJudgement;
    if (!this.config.enabled) {
      result = { judged: this.failed(request, 'the judge is disabled (JUDGE_ENABLED=false)'), usage: null };
    } else {
      result = await this.judge(request, signal);
    }
    const kept = await this.store(request.eventId, result);
    await this.publish(kept);
    this.metrics.judgements.inc({ outcome: kept.judged.outcome });
    return kept.judged.outcome;
  }

  private async judge(request: JudgeRequested, signal: AbortSignal): Promise<StoredJudgement> {
    await this.yieldToGeneration(signal);
    await this.hold.untilReleased(signal);
    const provider = this.client.provider;
    const started = performance.now();
    try {
      const reply = await this.breaker.run(
        () =>
          this.client.judge(
            {
              skuId: request.skuId,
              language: request.language,
              source: request.source,
              master: request.masterContent,
              content: request.content,
            },
            { signal, admitCall: this.admitCall(signal) },
          ),
        signal,
      );
      this.generatorMetrics.llmCalls.inc({ provider, outcome: 'succeeded', code: '' });
      this.generatorMetrics.llmCallDuration.observe(
        { provider, outcome: 'succeeded' },
        (performance.now() - started) / 1_000,
      );
      this.hold.succeeded();
      return this.fromReply(request, reply);
    } catch (error) {
      const cause = error instanceof CallNotAdmittedError ? error.cause : error;
      if (cause instanceof ProviderError) {
        this.generatorMetrics.llmCalls.inc({ provider, outcome: cause.kind, code: cause.code });
        if (cause.kind === 'rate_limited') await this.admission.cooldown(cause.retryAfterMs ?? 1_000);
        // Not worth retrying (a refusal, an answer the provider itself rejected): a failed judgement, billed.
        if (cause.kind === 'fatal' || cause.kind === 'content_failure') {
          return {
            judged: this.failed(request, `provider ${cause.kind}: ${cause.message}`),
            usage: cause.billed
              ? this.usage(request, {
                  provider,
                  model: cause.billed.model,
                  promptTokens: cause.billed.usage.promptTokens,
                  completionTokens: cause.billed.usage.completionTokens,
                  outcome: cause.code,
                })
              : null,
          };
        }
      }
      throw error instanceof PipelineError ? error : toPipelineError(cause);
    }
  }

  /** One admission on the shared budget, reserved for the prompt plus the judge's output limit, settled when billed. */
  private admitCall(signal: AbortSignal): CallAdmission {
    return async (call): Promise<AdmittedCall> => {
      const tokens = call.promptTokens + this.config.provider.maxOutputTokens;
      const reservation = await this.admission.acquire(tokens, 'bulk', signal);
      if (this.hold.isHeld || this.breaker.isOpen) {
        await this.admission.release(reservation);
        throw new TransientError(
          'the provider was held or the breaker opened while the judge waited',
          'judge_deferred',
        );
      }
      return {
        billed: (usage, rateLimit) => {
          this.admission.settle(reservation, usage.promptTokens + usage.completionTokens);
          void this.admission.noteHints(rateLimit);
        },
      };
    };
  }

  /**
   * Judge traffic must not starve generation: while generation calls queue for the shared budget the judge stands
   * back, up to `yieldMaxMs`, then queues behind them on the bulk lane.
   */
  private async yieldToGeneration(signal: AbortSignal): Promise<void> {
    const started = performance.now();
    while (
      !signal.aborted &&
      this.admission.waiting('priority') + this.admission.waiting('bulk') > 0 &&
      performance.now() - started < this.config.yieldMaxMs
    ) {
      await sleep(YIELD_POLL_MS, signal);
    }
    this.metrics.yieldedSeconds.observe((performance.now() - started) / 1_000);
  }

  private fromReply(request: JudgeRequested, reply: JudgeReply): StoredJudgement {
    const verdict = reply.verdict;
    const judged: TranslationJudged = {
      ...this.envelope(request),
      outcome: verdict.outcome,
      failureReason: verdict.outcome === 'failed' ? verdict.reason.slice(0, 1_000) : '',
      errors:
        verdict.outcome === 'judged'
          ? verdict.annotations.map((a) => ({
              category: a.category,
              severity: a.severity,
              field: a.field,
              span: a.span,
              note: a.note,
            }))
          : [],
      provider: reply.provider,
      model: reply.model,
      usage: {
        promptTokens: reply.promptTokens,
        completionTokens: reply.completionTokens,
        reportedPriceAmount: null,
        reportedPriceCurrency: null,
        cachedPromptTokens: 0,
        cacheWriteTokens: 0,
      },
    };
    return {
      judged,
      usage: this.usage(request, {
        provider: reply.provider,
        model: reply.model,
        promptTokens: reply.promptTokens,
        completionTokens: reply.completionTokens,
        outcome: verdict.outcome === 'judged' ? 'succeeded' : 'invalid_output',
      }),
    };
  }

  private envelope(request: JudgeRequested) {
    return {
      eventId: derivedEventId('translation-judged', request.eventId),
      requestEventId: request.eventId,
      sampleId: request.sampleId,
      jobId: request.jobId,
      versionId: request.versionId,
      skuId: request.skuId,
      language: request.language,
      judgedAt: Date.now(),
      traceparent: request.traceparent,
    };
  }

  private failed(request: JudgeRequested, reason: string): TranslationJudged {
    return {
      ...this.envelope(request),
      outcome: 'failed',
      failureReason: reason.slice(0, 1_000),
      errors: [],
      provider: this.client.provider,
      model: this.config.provider.model,
      usage: {
        promptTokens: 0,
        completionTokens: 0,
        reportedPriceAmount: null,
        reportedPriceCurrency: null,
        cachedPromptTokens: 0,
        cacheWriteTokens: 0,
      },
    };
  }

  private usage(
    request: JudgeRequested,
    bill: {
      provider: string;
      model: string;
      promptTokens: number;
      completionTokens: number;
      outcome: string;
    },
  ): UsageRecorded {
    return {
      eventId: derivedEventId('judge-usage', request.eventId),
      taskId: `judge:${request.versionId}`,
      jobId: request.jobId,
      skuId: request.skuId,
      language: request.language,
      attempt: Math.max(1, request.attempt),
      promptVersion: JUDGE_PROMPT_VERSION,
      provider: bill.provider,
      model: bill.model,
      usage: {
        promptTokens: bill.promptTokens,
        completionTokens: bill.completionTokens,
        reportedPriceAmount: null,
        reportedPriceCurrency: null,
        cachedPromptTokens: 0,
        cacheWriteTokens: 0,
      },
      outcome: bill.outcome,
      recordedAt: Date.now(),
      traceparent: request.traceparent,
      repairCalls: 0,
      purpose: 'judge',
      billing: 'interactive',
    };
  }

  private async find(requestEventId: string): Promise<StoredJudgement | undefined> {
    const rows = await this.dataSource.query<{ judged: TranslationJudged; usage: UsageRecorded | null }[]>(
      'SELECT judged, usage FROM generator.judgement WHERE request_event_id = $1',
      [requestEventId],
    );
    return rows[0];
  }

  /** Keeps the first judgement of a request: a concurrent delivery's call is paid for but not published twice. */
  private async store(requestEventId: string, result: StoredJudgement): Promise<StoredJudgement> {
    const inserted = await this.dataSource.query<unknown[]>(
      `INSERT INTO generator.judgement (request_event_id, judged, usage) VALUES ($1, $2::jsonb, $3::jsonb)
       ON CONFLICT (request_event_id) DO NOTHING RETURNING request_event_id`,
      [requestEventId, JSON.stringify(result.judged), result.usage ? JSON.stringify(result.usage) : null],
    );
    if (inserted.length > 0) return result;
    return (await this.find(requestEventId)) ?? result;
  }

  private async publish(stored: StoredJudgement): Promise<void> {
    if (stored.usage)
      await this.kafka.publish(Topics.usageRecorded, stored.usage, { key: stored.usage.skuId });
    await this.kafka.publish(Topics.translationJudged, stored.judged, { key: stored.judged.skuId });
  }
}
