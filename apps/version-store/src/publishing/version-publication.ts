import { Injectable } from '@nestjs/common';
import { derivedEventId, Language, PublicationAction, Topics } from '@content-pipeline/contracts';
import { KafkaRuntime } from '@content-pipeline/nest-runtime';
import type { ContentVersion } from '../content-version/content-version.entity';

/** Tells the catalogue what to show: one VersionPublished per activation, deactivation or rollback. */
@Injectable()
export class VersionPublication {
  constructor(private readonly kafka: KafkaRuntime) {}

  /**
   * `changeId` makes the event id unique per change (an audit row id); without it the id is the one the
   * automatic activation has always used, so a redelivered verdict republishes the same event.
   */
  async publish(
    version: ContentVersion,
    action: PublicationAction,
    options: { changeId?: string; traceparent?: string } = {},
  ): Promise<string> {
    const eventId =
      options.changeId === undefined
        ? derivedEventId('version-published', version.versionId, action)
        : derivedEventId('version-published', version.versionId, action, options.changeId);
    await this.kafka.publish(
      Topics.versionPublished,
      {
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
        traceparent: options.traceparent ?? '',
      },
      { key: version.skuId },
    );
    return eventId;
  }
}
