import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Admin, Kafka, logLevel } from 'kafkajs';

/** What the bench reads of the machine and the broker while a run goes: CPU, peak RSS, consumer lag. */

export interface ProcessSample {
  cpuSeconds: number;
  peakRssMb: number;
  rssMb: number;
}

const CLOCK_TICKS = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim());

/** The process and its children (PostgreSQL's work happens in backend processes forked by the postmaster). */
function processTree(pid: number): number[] {
  try {
    const children = execFileSync('pgrep', ['-P', String(pid)], { encoding: 'utf8' })
      .split('\n')
      .filter(Boolean)
      .map(Number);
    return [pid, ...children.flatMap(processTree)];
  } catch {
    return [pid];
  }
}

/** CPU and memory of a process with its children: CPU seconds and RSS summed, peak RSS (VmHWM) summed. */
export function sampleProcess(pid: number | undefined): ProcessSample | undefined {
  if (!pid) return undefined;
  const samples = processTree(pid)
    .map(sampleOne)
    .filter((sample): sample is ProcessSample => sample !== undefined);
  if (samples.length === 0) return undefined;
  return {
    cpuSeconds: samples.reduce((sum, sample) => sum + sample.cpuSeconds, 0),
    peakRssMb: samples.reduce((sum, sample) => sum + sample.peakRssMb, 0),
    rssMb: samples.reduce((sum, sample) => sum + sample.rssMb, 0),
  };
}

function sampleOne(pid: number): ProcessSample | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const cpuSeconds = (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (name: string) => Number(new RegExp(`${name}:\\s+(\\d+) kB`).exec(status)?.[1] ?? 0);
    return { cpuSeconds, peakRssMb: kb('VmHWM') / 1024, rssMb: kb('VmRSS') / 1024 };
  } catch {
    return undefined;
  }
}

export function infraPid(root: string, name: string): number | undefined {
  try {
    return Number(readFileSync(join(root, '.infra', 'pids', `${name}.pid`), 'utf8').trim());
  } catch {
    return undefined;
  }
}

export function directoryMb(path: string): number {
  try {
    return Number(execFileSync('du', ['-sk', path], { encoding: 'utf8' }).split('\t')[0]) / 1024;
  } catch {
    return Number.NaN;
  }
}

/** Groups the bench itself creates (census, replay watch, dead-letter follower): not part of the pipeline's lag. */
const OWN_GROUP = /^(e2e-|bench-|census-)/;

/**
 * Consumer lag per consumer group of the pipeline, read from the broker: for every partition a group has
 * committed on, end offset − committed offset (from the low watermark where it never committed).
 */
export class LagSampler {
  private readonly admin: Admin;

  constructor(brokers: string[]) {
    this.admin = new Kafka({ clientId: 'bench-lag', brokers, logLevel: logLevel.NOTHING }).admin();
  }

  connect(): Promise<void> {
    return this.admin.connect();
  }

  disconnect(): Promise<void> {
    return this.admin.disconnect();
  }

  async lagByGroup(): Promise<Map<string, number>> {
    const { groups } = await this.admin.listGroups();
    const ends = new Map<string, Promise<Map<number, { high: bigint; low: bigint }>>>();
    const endsOf = (topic: string) => {
      let found = ends.get(topic);
      if (!found) {
        found = this.admin
          .fetchTopicOffsets(topic)
          .then(
            (offsets) =>
              new Map(
                offsets.map((o) => [o.partition, { high: BigInt(o.high), low: BigInt(o.low) }] as const),
              ),
          );
        ends.set(topic, found);
      }
      return found;
    };
    const lags = new Map<string, number>();
    for (const { groupId } of groups.filter((group) => !OWN_GROUP.test(group.groupId))) {
      const committed = await this.admin.fetchOffsets({ groupId });
      let lag = 0n;
      for (const { topic, partitions } of committed) {
        if (partitions.every((p) => p.offset === '-1')) continue;
        const topicEnds = await endsOf(topic);
        for (const { partition, offset } of partitions) {
          const end = topicEnds.get(partition);
          if (!end) continue;
          const position = offset === '-1' ? end.low : BigInt(offset);
          if (end.high > position) lag += end.high - position;
        }
      }
      lags.set(groupId, Number(lag));
    }
    return lags;
  }
}

/** Requests the LLM simulator answered since it started, by its own count (`GET /_sim/stats`). */
export async function simulatorRequests(port: number): Promise<number> {
  const stats = (await (await fetch(`http://127.0.0.1:${port}/_sim/stats`)).json()) as {
    totals: { requests: number };
  };
  return stats.totals.requests;
}
