import { Inject, Injectable, BeforeApplicationShutdown, OnApplicationBootstrap } from '@nestjs/common';
import type { DataSource, EntityManager } from 'typeorm';
import {
  derivedEventId,
  Language,
  PublicationAction,
  Topics,
  VersionPublished,
} from '@content-pipeline/contracts';
import { KafkaRuntime, OutboxRelay, SERVICE_DATA_SOURCE } from '@content-pipeline/nest-runtime';
import { enqueueOutboxEvents } from '@content-pipeline/persistence';
import { JsonLogger } from '@content-pipeline/observability';
import type { ContentVersion } from '../content-version/content-version.entity';

/** Where the version store's published events wait for the relay, written in the transaction of their change. */
export const VERSION_OUTBOX_TABLE = 'version_store.outbox';

/**
 * Tells the catalogue what to show: one VersionPublished per activation, deactivation or rollback. The event is
 * written to the outbox in the transaction that makes the change, and relayed to Kafka from there in commit order
 * with the outbox row's id as its `sequence`: a change is announced exactly when it commits, and a redelivered
 * message that repeats the change announces nothing new.
 */
@Injectable()
export class VersionPublication implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly relay: OutboxRelay<VersionPublished>;

  constructor(@Inject(SERVICE_DATA_SOURCE) dataSource: DataSource, kafka: KafkaRuntime, logger: JsonLogger) {
    this.relay = new OutboxRelay(dataSource, kafka, logger, {
      table: VERSION_OUTBOX_TABLE,
      topic: Topics.versionPublished,
      toValue: (stored, sequence) => ({ ...stored, sequence }),
    });
  }

  onApplicationBootstrap(): void {
    this.relay.start();
  }

  beforeApplicationShutdown(): Promise<void> {
    return this.relay.stop();
  }

  /**
   * Queues the event of a change inside its transaction. `changeId` makes the event id unique per change (an
   * audit row id); without it the id is the one the automatic activation has always used, so a redelivered verdict
   * queues nothing new. Returns the event id.
   */
  async enqueue(
    manager: EntityManager,
    version: ContentVersion,
    action: PublicationAction,
    options: { changeId?: string; traceparent?: string } = {},
  ): Promise<string> {
    const [eventId] = await this.enqueueAll(manager, [{ version, action, ...options }]);
    return eventId;
  }

  /** Several changes of one transaction, in order. Returns their event ids. */
  async enqueueAll(
    manager: EntityManager,
    changes: readonly {
      version: ContentVersion;
      action: PublicationAction;
      changeId?: string;
      traceparent?: string;
    }[],
  ): Promise<string[]> {
    const entries = changes.map(({ version, action, changeId, traceparent }) => {
      const eventId =
        changeId === undefined
          ? derivedEventId('version-published', version.versionId, action)
          : derivedEventId('version-published', version.versionId, action, changeId);
      const value: VersionPublished = {
        eventId,
        versionId: version.versionId,
        versionNumber: version.versionNumber,
        jobId: version.jobId,
        skuId: version.skuId,
        language: version.language as Language,
        attempt: version.attempt,
        promptVersion: version.promptVersion,
        action,
        content: action === 'deactivated' ? null : version.content,
        score: version.score,
        masterVersionId: version.masterVersionId,
        publishedAt: Date.now(),
        traceparent: traceparent ?? '',
        // Set by the relay from the outbox row.
        sequence: 0,
      };
      return { eventId, key: version.skuId, value };
    });
    await enqueueOutboxEvents(manager, VERSION_OUTBOX_TABLE, entries);
    return entries.map((entry) => entry.eventId);
  }
}
