import { Kafka, logLevel } from 'kafkajs';
import {
  GenerationRequested,
  QualityVerdictIssued,
  SkuIngested,
  TopicDefinition,
  Topics,
  VersionPublished,
} from '@content-pipeline/contracts';
import { AvroCodec } from '@content-pipeline/kafka-runtime';
import { LANGUAGES } from '@content-pipeline/languages';
import { PipelineUnderTest } from '@content-pipeline/testing';

/**
 * The independent count: what the output topics and the version store's table hold for a job, compared with the
 * SKU × language ids the bench published. Nothing here asks a service for its own counters.
 */

const IDLE_END_MS = 15_000;

interface JobEvent {
  eventId: string;
  jobId: string;
}

/**
 * Reads `topic` from the beginning up to the end offsets it has when the read starts, decoding each value and
 * handing those of `jobId` to `visit`. Returns events read for the job and how many of them repeated an event id
 * already seen (copies a consumer of the topic would receive twice).
 */
export async function readTopicForJob<T extends JobEvent>(
  brokers: string[],
  codec: AvroCodec,
  topic: TopicDefinition<T>,
  jobId: string,
  visit: (value: T) => void,
): Promise<{ events: number; copies: number }> {
  const kafka = new Kafka({ clientId: 'bench-census', brokers, logLevel: logLevel.NOTHING });
  const admin = kafka.admin();
  await admin.connect();
  const ends = await admin.fetchTopicOffsets(topic.name);
  await admin.disconnect();
  const remaining = new Map(
    ends
      .filter((end) => BigInt(end.high) > BigInt(end.low))
      .map((end) => [end.partition, BigInt(end.high)] as const),
  );
  const seen = new Set<string>();
  let events = 0;
  let copies = 0;
  if (remaining.size === 0) return { events, copies };
  const groupId = `census-${topic.name}-${Date.now().toString(36)}`;
  const consumer = kafka.consumer({ groupId, maxBytes: 16 * 1024 * 1024 });
  await consumer.connect();
  await consumer.subscribe({ topic: topic.name, fromBeginning: true });
  let finish: () => void = () => undefined;
  const finished = new Promise<void>((resolveFinished) => (finish = resolveFinished));
  // Transaction markers occupy offsets no message is delivered for: a partition whose last offsets are markers
  // never shows its end offset, so a read that has received nothing for a while is over too.
  let lastBatchAt = Date.now();
  const idle = setInterval(() => {
    if (Date.now() - lastBatchAt > IDLE_END_MS) finish();
  }, 1_000);
  await consumer.run({
    autoCommit: false,
    eachBatch: async ({ batch }) => {
      lastBatchAt = Date.now();
      const end = remaining.get(batch.partition);
      for (const message of batch.messages) {
        if (end === undefined || BigInt(message.offset) >= end) break;
        if (!message.value) continue;
        const value = await codec.decode(topic, message.value).catch(() => undefined);
        if (!value || value.jobId !== jobId) continue;
        events += 1;
        if (seen.has(value.eventId)) copies += 1;
        else seen.add(value.eventId);
        visit(value);
      }
      const last = batch.messages[batch.messages.length - 1];
      if (end !== undefined && last && BigInt(last.offset) + 1n >= end) {
        remaining.delete(batch.partition);
        if (remaining.size === 0) finish();
      }
    },
  });
  await finished;
  clearInterval(idle);
  await consumer.disconnect();
  const cleanup = kafka.admin();
  await cleanup.connect();
  await cleanup.deleteGroups([groupId]).catch(() => undefined);
  await cleanup.disconnect();
  return { events, copies };
}

/** What the count needs of a run: its job, the broker and codec to read topics with, and the database. */
export type CensusTarget = Pick<PipelineUnderTest, 'jobId' | 'codec' | 'query'> & {
  infra: Pick<PipelineUnderTest['infra'], 'kafkaBrokers'>;
};

export interface Census {
  expectedTasks: number;
  /** Tasks with a pass or human_review verdict on the verdict topic. */
  terminal: number;
  /** Derived-language tasks never requested because their SKU's English master went to human review. */
  blockedByMasterReview: number;
  /** Expected tasks in neither state: not finished. */
  lost: number;
  /** Passed tasks with no `activated` event on the public version topic. */
  passedNotActivated: number;
  verdicts: { events: number; copies: number; pass: number; humanReview: number; regenerate: number };
  published: { events: number; copies: number; activated: number };
  table: {
    rows: number;
    tasksCovered: number;
    tasksTerminal: number;
    lost: number;
    /** Rows beyond one per task, attempt and source text. */
    duplicated: number;
  };
}

/** Counts, from the verdict and public version topics and the version store's table, what became of each task. */
export async function census(pipeline: CensusTarget, skuIds: ReadonlySet<string>): Promise<Census> {
  const { kafkaBrokers } = pipeline.infra;
  const terminal = new Set<string>();
  const passed = new Set<string>();
  const masterInReview = new Set<string>();
  const verdictCounts = { pass: 0, humanReview: 0, regenerate: 0 };
  const verdictRead = await readTopicForJob<QualityVerdictIssued>(
    kafkaBrokers,
    pipeline.codec,
    Topics.qualityVerdictIssued,
    pipeline.jobId,
    (verdict) => {
      const task = `${verdict.skuId}:${verdict.language}`;
      if (verdict.verdict === 'regenerate') verdictCounts.regenerate += 1;
      else {
        terminal.add(task);
        if (verdict.verdict === 'pass') {
          verdictCounts.pass += 1;
          passed.add(task);
        } else {
          verdictCounts.humanReview += 1;
          if (verdict.language === 'en') masterInReview.add(verdict.skuId);
        }
      }
    },
  );
  const activated = new Set<string>();
  let activations = 0;
  const publishedRead = await readTopicForJob<VersionPublished>(
    kafkaBrokers,
    pipeline.codec,
    Topics.versionPublished,
    pipeline.jobId,
    (event) => {
      if (event.action !== 'activated') return;
      activations += 1;
      activated.add(`${event.skuId}:${event.language}`);
    },
  );

  const tableTerminal = new Set<string>();
  const tableCovered = new Set<string>();
  const rows = await pipeline.query<{ sku_id: string; language: string; terminal: boolean }>(
    `SELECT sku_id, language, bool_or(verdict <> 'regenerate') AS terminal
       FROM version_store.content_version WHERE job_id = $1 GROUP BY sku_id, language`,
    [pipeline.jobId],
  );
  for (const row of rows) {
    const task = `${row.sku_id}:${row.language}`;
    tableCovered.add(task);
    if (row.terminal) tableTerminal.add(task);
  }
  const [totals] = await pipeline.query<{ rows: string; distinct_attempts: string }>(
    `SELECT count(*) AS rows, count(DISTINCT (task_id, attempt, source_hash)) AS distinct_attempts
       FROM version_store.content_version WHERE job_id = $1`,
    [pipeline.jobId],
  );

  let expectedTasks = 0;
  let finished = 0;
  let blocked = 0;
  let lost = 0;
  let tableLost = 0;
  let passedNotActivated = 0;
  for (const skuId of skuIds) {
    for (const language of LANGUAGES) {
      expectedTasks += 1;
      const task = `${skuId}:${language}`;
      if (terminal.has(task)) finished += 1;
      else if (language !== 'en' && masterInReview.has(skuId)) blocked += 1;
      else lost += 1;
      if (!tableTerminal.has(task) && !(language !== 'en' && masterInReview.has(skuId))) tableLost += 1;
      if (passed.has(task) && !activated.has(task)) passedNotActivated += 1;
    }
  }
  return {
    expectedTasks,
    terminal: finished,
    blockedByMasterReview: blocked,
    lost,
    passedNotActivated,
    verdicts: { ...verdictRead, ...verdictCounts },
    published: { ...publishedRead, activated: activations },
    table: {
      rows: Number(totals.rows),
      tasksCovered: tableCovered.size,
      tasksTerminal: tableTerminal.size,
      lost: tableLost,
      duplicated: Number(totals.rows) - Number(totals.distinct_attempts),
    },
  };
}

/**
 * Follows topics from their current end, handing a job's events to `visit`: how the bench sees what a replay
 * caused (SKU-ingested announcements, generation requests) without asking any service.
 */
export class JobEventWatch<T extends JobEvent> {
  lastEventAt = 0;
  private readonly kafka: Kafka;
  private readonly groupId = `bench-watch-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}`;
  private consumer?: ReturnType<Kafka['consumer']>;

  constructor(
    brokers: string[],
    private readonly codec: AvroCodec,
    private readonly topics: readonly TopicDefinition<T>[],
    private readonly jobId: string,
    private readonly visit: (value: T) => void,
  ) {
    this.kafka = new Kafka({ clientId: 'bench-watch', brokers, logLevel: logLevel.NOTHING });
  }

  /** Places the watch's group at the topics' ends before anything is published, then starts reading. */
  async start(): Promise<void> {
    const admin = this.kafka.admin();
    await admin.connect();
    for (const topic of this.topics) {
      const ends = await admin.fetchTopicOffsets(topic.name);
      await admin.setOffsets({
        groupId: this.groupId,
        topic: topic.name,
        partitions: ends.map((end) => ({ partition: end.partition, offset: end.high })),
      });
    }
    await admin.disconnect();
    const byName = new Map(this.topics.map((topic) => [topic.name, topic]));
    this.consumer = this.kafka.consumer({ groupId: this.groupId });
    await this.consumer.connect();
    await this.consumer.subscribe({ topics: [...byName.keys()], fromBeginning: false });
    await this.consumer.run({
      eachMessage: async ({ topic, message }) => {
        const definition = byName.get(topic);
        if (!message.value || !definition) return;
        const value = await this.codec.decode(definition, message.value).catch(() => undefined);
        if (!value || value.jobId !== this.jobId) return;
        this.visit(value);
        this.lastEventAt = Date.now();
      },
    });
  }

  async stop(): Promise<void> {
    await this.consumer?.disconnect();
    const admin = this.kafka.admin();
    await admin.connect();
    await admin.deleteGroups([this.groupId]).catch(() => undefined);
    await admin.disconnect();
  }
}

/** The ingester's announcements of a job, by outcome, from the SKU-ingested topic. */
export function ingestionWatch(brokers: string[], codec: AvroCodec, jobId: string) {
  const outcomes = { requested: 0, unchanged: 0, stale: 0 };
  const watch = new JobEventWatch<SkuIngested>(brokers, codec, [Topics.skuIngested], jobId, (event) => {
    outcomes[event.outcome] += 1;
  });
  return { watch, outcomes, events: () => outcomes.requested + outcomes.unchanged + outcomes.stale };
}

/** Generation requests of a job on both lanes, from the generation topics. */
export function generationRequestWatch(brokers: string[], codec: AvroCodec, jobId: string) {
  const counted = { requests: 0 };
  const watch = new JobEventWatch<GenerationRequested>(
    brokers,
    codec,
    [Topics.generationRequestedBulk, Topics.generationRequestedPriority],
    jobId,
    () => (counted.requests += 1),
  );
  return { watch, counted };
}
