import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown, Optional } from '@nestjs/common';
import { GenerationRequested, Topics } from '@content-pipeline/contracts';
import {
  buildLocalizationMessages,
  contentOutputFor,
  requestedFieldsOf,
  type BatchProviderClient,
  type BatchRequest,
} from '@content-pipeline/llm-providers';
import { KafkaRuntime } from '@content-pipeline/nest-runtime';
import { JsonLogger } from '@content-pipeline/observability';
import { toGenerationInput } from '../generate-content/content-mapping';
import { GenerateContentUseCase } from '../generate-content/generate-content.use-case';
import {
  GENERATION_ATTEMPT_REPOSITORY,
  type GenerationAttemptRepository,
} from '../generate-content/generation-attempt.repository';
import type { GeneratorConfig } from '../generator.config';
import { BATCH_CLIENT, GENERATOR_CONFIG } from '../generator.tokens';
import { JobAdmissionGate } from '../job-admission/job-admission.gate';
import { customIdOf, planBatches } from './batch-assembler';
import { mapBatchLine } from './batch-result.mapping';
import { BatchLaneStore, type BatchRequestRow, type ProviderBatchRow } from './batch-lane.store';

/** At most this many queued requests are read per flush (a few full batches' worth at the documented limits). */
const FLUSH_READ_LIMIT = 100_000;

/**
 * The batch lane. Bulk requests for a derived language (ja/es/de/fr, written from the English master, so one call
 * each) are taken into Postgres and answered through the provider's Batch API at its batch price; English masters
 * (extraction + content, and the gate of the other four) and, by default, regenerations stay interactive. The
 * priority lane never comes here.
 *
 * Ticks (one instance at a time, by advisory lock): flush queued requests into batches when full or old enough;
 * poll open batches; read the results of ended ones into the same topics as interactive results; retry what
 * expired, errored or was cancelled in a later batch, or hand it back to the interactive lane.
 */
@Injectable()
export class BatchLane implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer?: NodeJS.Timeout;
  private lastPoll = 0;
  private ticking?: Promise<void>;
  private stopped = false;
  private readonly lane: GeneratorConfig['batchLane'];

  constructor(
    private readonly store: BatchLaneStore,
    @Optional() @Inject(BATCH_CLIENT) private readonly client: BatchProviderClient | null,
    private readonly generate: GenerateContentUseCase,
    @Inject(GENERATION_ATTEMPT_REPOSITORY) private readonly attempts: GenerationAttemptRepository,
    private readonly kafka: KafkaRuntime,
    private readonly admission: JobAdmissionGate,
    private readonly logger: JsonLogger,
    @Inject(GENERATOR_CONFIG) config: GeneratorConfig,
  ) {
    this.lane = config.batchLane;
  }

  get enabled(): boolean {
    return this.lane.enabled && this.client !== null;
  }

  /** Whether the lane would take this request (before looking at the database). */
  accepts(request: GenerationRequested): boolean {
    if (!this.enabled) return false;
    if (!request.masterContent) return false;
    return request.attempt === 1 || this.lane.regenerations === 'batch';
  }

  /**
   * Takes a bulk request into the lane: true when the lane has it (written to Postgres, so the caller may commit
   * its offset), false when it is to be generated interactively now (not batchable, already generated — the
   * interactive path republishes — or handed back by the lane).
   */
  async take(request: GenerationRequested): Promise<boolean> {
    if (!this.accepts(request)) return false;
    if (await this.attempts.isStored(request.eventId)) return false;
    const state = await this.store.enqueue(request, customIdOf(request.taskId, request.attempt));
    return state === 'queued' || state === 'submitted';
  }

  /** The interactive lane finished a request (a no-op for requests the lane never took). */
  async interactiveDone(request: GenerationRequested): Promise<void> {
    if (this.enabled && request.masterContent) await this.store.markDone(request.eventId);
  }

  /** A paused (or cancelled) job: its open batches are cancelled; its requests wait queued until it is admitted. */
  async jobPaused(jobId: string): Promise<void> {
    if (!this.enabled || !this.client) return;
    for (const batch of await this.store.openBatchesOfJob(jobId)) {
      if (!batch.providerBatchId) continue;
      try {
        await this.client.cancel(batch.providerBatchId);
        this.logger.info('Batch cancelled: its job was paused', { jobId, batchId: batch.providerBatchId });
      } catch (error) {
        this.logger.warn('Could not cancel a batch of a paused job', {
          jobId,
          batchId: batch.providerBatchId,
          error: (error as Error).message,
        });
      }
    }
  }

  onApplicationBootstrap(): void {
    if (this.lane.requested && !this.lane.enabled) {
      this.logger.warn(
        'LLM_BATCH_LANE is on but the provider has no batch API (Dify): the bulk lane stays interactive',
      );
    }
    if (!this.enabled) return;
    this.logger.info('Batch lane on: bulk derived-language requests go through the provider batch API', {
      provider: this.client?.provider,
      maxRequests: this.lane.maxRequests,
      maxBytes: this.lane.maxBytes,
      maxAgeMs: this.lane.maxAgeMs,
      pollMs: this.lane.pollMs,
      retry: this.lane.retry,
      regenerations: this.lane.regenerations,
    });
    this.timer = setInterval(() => {
      this.ticking ??= this.tick().finally(() => (this.ticking = undefined));
    }, this.lane.flushMs);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.ticking;
  }

  /** One round: recover, flush, and (every pollMs) poll. Exposed for tests. */
  async tick(): Promise<void> {
    try {
      await this.store.exclusively(async () => {
        await this.recover();
        await this.flush();
        if (Date.now() - this.lastPoll >= this.lane.pollMs) {
          this.lastPoll = Date.now();
          await this.poll();
        }
      });
    } catch (error) {
      this.logger.warn('Batch lane tick failed; retried on the next one', {
        error: (error as Error).message,
      });
    }
  }

  /** What a crash may have left half-done: unrecorded submissions, hand-backs not yet republished. */
  private async recover(): Promise<void> {
    for (const batch of await this.store.unsubmitted()) {
      await this.store.abandon(batch.id, 'submission interrupted');
    }
    for (const row of await this.store.handedToInteractive()) await this.handBack(row, row.tries, null);
  }

  private async flush(): Promise<void> {
    const client = this.client;
    if (!client || this.stopped) return;
    const queued = await this.store.queued(FLUSH_READ_LIMIT);
    if (queued.length === 0) return;
    const admitted = new Map<string, boolean>();
    const customIds = new Set<string>();
    const items = [];
    for (const row of queued) {
      if (!admitted.has(row.jobId)) admitted.set(row.jobId, await this.admission.isAdmitted(row.jobId));
      if (!admitted.get(row.jobId)) continue;
      // A custom id twice in one batch fails the whole batch (OpenAI) or its creation (Anthropic): a second request
      // for the same task attempt waits for a later flush.
      if (customIds.has(row.customId)) continue;
      customIds.add(row.customId);
      const request = this.batchRequest(row);
      items.push({
        id: row.requestEventId,
        bytes: client.requestBytes(request),
        queuedAt: row.queuedAt.getTime(),
        row,
        request,
      });
    }
    const { batches, oversized } = planBatches(items, this.lane, Date.now());
    for (const item of oversized) await this.handBack(item.row, item.row.tries, 'larger than a batch may be');
    for (const planned of batches) {
      if (this.stopped) return;
      const id = await this.store.openBatch(
        client.provider,
        planned.items.map((i) => i.id),
        planned.bytes,
      );
      try {
        const submitted = await client.submit(
          planned.items.map((i) => i.request),
          `content-pipeline-${id}`,
        );
        await this.store.markSubmitted(id, submitted.batchId, submitted.inputFileId);
        this.logger.info('Batch submitted', {
          batchId: submitted.batchId,
          requests: planned.items.length,
          bytes: planned.bytes,
          reason: planned.reason,
        });
      } catch (error) {
        await this.store.abandon(id, (error as Error).message);
        this.logger.warn('Batch submission failed; its requests wait for the next flush', {
          requests: planned.items.length,
          error: (error as Error).message,
        });
        return;
      }
    }
  }

  private async poll(): Promise<void> {
    const client = this.client;
    if (!client) return;
    for (const batch of await this.store.openBatches()) {
      if (this.stopped || !batch.providerBatchId) return;
      const progress = await client.poll(batch.providerBatchId);
      if (!progress.ended) {
        await this.store.noteStatus(batch.id, progress.providerStatus);
        continue;
      }
      await this.readResults(client, batch, progress.providerStatus);
    }
  }

  /**
   * Every request of an ended batch is settled: its content stored and published, or retried. A crash half-way
   * leaves the batch open and the unsettled requests `submitted`: the next poll reads the results again and
   * settles only those (storing and publishing are idempotent on the request's event id).
   */
  private async readResults(
    client: BatchProviderClient,
    batch: ProviderBatchRow,
    status: string,
  ): Promise<void> {
    const results = new Map(
      (await client.results(batch.providerBatchId as string)).map((r) => [r.customId, r]),
    );
    const latencyMs = batch.submittedAt ? Date.now() - batch.submittedAt.getTime() : 0;
    const counts = { generated: 0, retried: 0, interactive: 0 };
    for (const row of await this.store.submittedRequestsOf(batch.id)) {
      const outcome = mapBatchLine(
        results.get(row.customId),
        client.provider,
        latencyMs,
        toGenerationInput(row.request),
      );
      if (outcome.kind === 'content') {
        await this.generate.completeFromBatch(row.request, outcome.result);
        await this.store.settle(row.requestEventId, 'done', row.tries + 1, null);
        counts.generated += 1;
        continue;
      }
      if (outcome.billed) {
        await this.generate.meterBatchFailure(row.request, outcome.reason, outcome.billed, batch.id);
      }
      const tries = row.tries + (outcome.countsAsTry ? 1 : 0);
      if (outcome.interactive || this.lane.retry === 'interactive' || tries >= this.lane.maxTries) {
        await this.handBack(row, tries, outcome.reason);
        counts.interactive += 1;
      } else {
        await this.store.settle(row.requestEventId, 'queued', tries, outcome.reason);
        counts.retried += 1;
      }
    }
    await this.store.endBatch(batch.id, status);
    this.logger.info('Batch ended', { batchId: batch.providerBatchId, status, ...counts });
  }

  /**
   * Hands a request back to the interactive lane: marked first, then republished unchanged on the bulk topic (a
   * crash in between is caught by `recover`); the consumer sees the mark and generates it interactively.
   */
  private async handBack(row: BatchRequestRow, tries: number, reason: string | null): Promise<void> {
    await this.store.settle(row.requestEventId, 'to_interactive', tries, reason);
    await this.kafka.publish(Topics.generationRequestedBulk, row.request, { key: row.request.skuId });
    await this.store.settle(row.requestEventId, 'interactive', tries, null);
  }

  private batchRequest(row: BatchRequestRow): BatchRequest {
    const input = toGenerationInput(row.request);
    return {
      customId: row.customId,
      messages: buildLocalizationMessages(input, undefined),
      // A field-only regeneration (v2) asks for its fields alone; mapBatchLine completes it from the previous attempt.
      output: contentOutputFor(requestedFieldsOf(input)),
      user: input.user,
    };
  }
}
