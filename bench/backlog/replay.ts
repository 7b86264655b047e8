import { AvroCodec } from '@content-pipeline/kafka-runtime';
import { CatalogueSource, catalogueBatches } from './catalogue';
import { generationRequestWatch, ingestionWatch } from './census';

/** What a replay of the unchanged catalogue did, counted from the topics (and the simulator, when there is one). */
export interface ReplayOutcome {
  lines: number;
  publishSeconds: number;
  /** From the first line published to the ingester's last announcement of the replay job. */
  passedSeconds: number;
  announced: { requested: number; unchanged: number; stale: number };
  /** Generation requests of the replay job on both generation topics. */
  generationRequests: number;
  /** Requests the LLM simulator answered during the replay, by its own count (undefined without a simulator). */
  simulatorRequests?: number;
}

/**
 * Publishes the same catalogue again under a job of its own and waits until the ingester has announced every
 * line on the SKU-ingested topic. Nothing changed, so no generation request should be published for the job
 * (and, with a pipeline otherwise idle, the simulator should see no request at all).
 */
export async function replayCatalogue(
  target: {
    brokers: string[];
    codec: AvroCodec;
    publish: (lines: string[], jobId: string) => Promise<void>;
    simulatorRequests?: () => Promise<number>;
  },
  source: CatalogueSource,
  replayJob: string,
  lines: number,
): Promise<ReplayOutcome> {
  const ingested = ingestionWatch(target.brokers, target.codec, replayJob);
  const requested = generationRequestWatch(target.brokers, target.codec, replayJob);
  await ingested.watch.start();
  await requested.watch.start();
  try {
    const simulatorBefore = await target.simulatorRequests?.();
    const started = Date.now();
    for await (const batch of catalogueBatches(source, 2_000)) await target.publish(batch, replayJob);
    const published = Date.now();
    const deadline = Date.now() + Math.max(300_000, lines * 20);
    while (ingested.events() < lines && Date.now() < deadline)
      await new Promise((wait) => setTimeout(wait, 1_000));
    const passedAt = ingested.watch.lastEventAt || Date.now();
    // Anything the replay asked for would be on the generation topics, and at the simulator, within moments.
    await new Promise((wait) => setTimeout(wait, 15_000));
    const simulatorAfter = await target.simulatorRequests?.();
    return {
      lines,
      publishSeconds: (published - started) / 1000,
      passedSeconds: (passedAt - started) / 1000,
      announced: { ...ingested.outcomes },
      generationRequests: requested.counted.requests,
      simulatorRequests:
        simulatorBefore === undefined || simulatorAfter === undefined
          ? undefined
          : simulatorAfter - simulatorBefore,
    };
  } finally {
    await ingested.watch.stop();
    await requested.watch.stop();
  }
}

export function describeReplay(replayJob: string, outcome: ReplayOutcome): string {
  const { announced } = outcome;
  return (
    `replay (job ${replayJob}): ${outcome.lines} lines published in ${outcome.publishSeconds.toFixed(1)} s; ` +
    `${announced.requested + announced.unchanged + announced.stale}/${outcome.lines} announced by the ingester ` +
    `(${announced.unchanged} unchanged, ${announced.stale} stale, ${announced.requested} requested) ` +
    `${outcome.passedSeconds.toFixed(1)} s after the first line; generation requests on the generation topics for ` +
    `the replay job: ${outcome.generationRequests}` +
    (outcome.simulatorRequests === undefined
      ? ''
      : `; requests the simulator answered during the replay: ${outcome.simulatorRequests}`) +
    ' (goal 0)'
  );
}
