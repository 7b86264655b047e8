import { Inject, Injectable } from '@nestjs/common';
import { retryTopicFor, Topics } from '@content-pipeline/contracts';
import { sleep, totalGroupLag } from '@content-pipeline/kafka-runtime';
import { KafkaRuntime } from '@content-pipeline/nest-runtime';
import { JsonLogger } from '@content-pipeline/observability';
import { INGESTER_CONFIG } from '../ingester.tokens';
import type { IngesterConfig } from '../ingester.config';
import { CatalogEventOutcome, catalogSubscription } from '../ingest-sku/catalog-subscription';
import { IngestSkuUseCase } from '../ingest-sku/ingest-sku.use-case';
import { CatchUpDetector, ReplayOptions } from './replay-options';

export const REPLAY_OPTIONS = Symbol('REPLAY_OPTIONS');

export type ReplaySummary = Record<CatalogEventOutcome, number> & { jobId: string; groupId: string };

const POLL_MS = 1_000;
const QUIET_MS = 3_000;

/**
 * Re-reads the catalogue topic (the system of record) through the replay's own consumer group, with the
 * replay's job and lane overriding the events' headers, until the group has caught up. The ingest use case
 * requests generation only for SKUs whose source text or prompt version changed, so replaying an
 * unchanged catalogue publishes no generation request at all.
 */
@Injectable()
export class CatalogReplayRunner {
  private readonly counts: Record<CatalogEventOutcome, number> = {
    requested: 0,
    unchanged: 0,
    stale: 0,
    invalid: 0,
    before_since: 0,
  };

  constructor(
    private readonly kafka: KafkaRuntime,
    private readonly ingest: IngestSkuUseCase,
    private readonly logger: JsonLogger,
    @Inject(INGESTER_CONFIG) private readonly config: IngesterConfig,
    @Inject(REPLAY_OPTIONS) private readonly options: ReplayOptions,
  ) {}

  async run(progress: (summary: ReplaySummary, lag: number) => void): Promise<ReplaySummary> {
    const { options } = this;
    const runner = await this.kafka.startConsumer({
      groupId: options.groupId,
      concurrency: this.config.concurrency,
      fromBeginning: true,
      subscriptions: [
        catalogSubscription(
          this.kafka.codec,
          this.ingest,
          (outcome) => {
            this.counts[outcome] += 1;
          },
          {
            forced: {
              jobId: options.jobId,
              lane: options.lane,
              ...(options.derivedLanguages ? { derivedLanguages: options.derivedLanguages } : {}),
              ...(options.promptVersion ? { promptVersion: options.promptVersion } : {}),
            },
            sinceMs: options.sinceMs,
            skipInvalid: true,
          },
        ),
      ],
    });
    const detector = new CatchUpDetector(QUIET_MS);
    for (;;) {
      const lag =
        (await totalGroupLag(this.kafka.admin, options.groupId, Topics.catalogSkuUpserted.name)) +
        (await totalGroupLag(this.kafka.admin, options.groupId, retryTopicFor(options.groupId)));
      progress(this.summary(), lag);
      if (runner.failure) throw new Error(`replay consumer crashed: ${runner.failure.message}`);
      if (detector.observe(lag, runner.inFlightCount, Date.now())) break;
      await sleep(POLL_MS);
    }
    this.logger.info('Catalogue replay caught up', { ...this.summary() });
    return this.summary();
  }

  private summary(): ReplaySummary {
    return { jobId: this.options.jobId, groupId: this.options.groupId, ...this.counts };
  }
}
