import { admitCall, BudgetSpec, BudgetState, budgetLimits, reconcileTokens } from '../budget';
import { TimedAmount, worstWindow } from '../sliding-window';

/** Seeded uniform [0, 1) generator, so a failing simulation can be replayed. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface GroupSimulation {
  spec: BudgetSpec;
  instances: number;
  concurrency: number;
  durationMs: number;
  random: () => number;
  /** Switch the backlog off for 10–40 s now and then, so the limiter goes idle with calls in flight. */
  idleGaps: boolean;
  /** Slots up to this far ahead (see `admitCall`): a call reaches the provider at its slot. 0 by default. */
  horizonMs?: number;
  /**
   * Reserve the mean of what calls use (the generator's learned forecast) instead of prompt + maximum output, and
   * settle the error either way. `measured`: calls spread around their mean as the simulator's Dify runs do
   * (standard deviation ~150 tokens); `heavy`: the default spread, one answer in twenty at the maximum output.
   */
  forecast?: 'measured' | 'heavy';
}

interface SimEvent {
  at: number;
  run: () => void;
}

/** A binary min-heap of timed events. */
class Agenda {
  private readonly heap: SimEvent[] = [];

  get size(): number {
    return this.heap.length;
  }

  push(event: SimEvent): void {
    const heap = this.heap;
    heap.push(event);
    let i = heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (heap[parent].at <= heap[i].at) break;
      [heap[parent], heap[i]] = [heap[i], heap[parent]];
      i = parent;
    }
  }

  pop(): SimEvent {
    const heap = this.heap;
    const top = heap[0];
    const last = heap.pop() as SimEvent;
    if (heap.length > 0) {
      heap[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < heap.length && heap[l].at < heap[m].at) m = l;
        if (r < heap.length && heap[r].at < heap[m].at) m = r;
        if (m === i) break;
        [heap[m], heap[i]] = [heap[i], heap[m]];
        i = m;
      }
    }
    return top;
  }
}

/** What a call below uses beyond its prompt estimate on average (heavy spread: −175 + 5 % × 2,048 + 95 % × 550). */
const MEAN_BEYOND_PROMPT = -175 + 0.05 * 2_048 + 0.95 * 550;

/**
 * Discrete-event simulation of a consumer group sharing one budget state (the database row: every admission and
 * reconciliation is atomic on it). Every worker reserves prompt + maximum output, is billed less, and reconciles
 * when its call completes after a log-normal latency with a long tail (some calls take minutes).
 */
export function simulateGroup(sim: GroupSimulation) {
  const limits = budgetLimits(sim.spec);
  let state: BudgetState = { requestTatMs: 0, tokenTatMs: 0, outputTokenTatMs: 0, cooldownUntilMs: 0 };
  const agenda = new Agenda();
  const requests: TimedAmount[] = [];
  const tokens: TimedAmount[] = [];
  const rnd = sim.random;
  const start = 1_700_000_000_000;
  const end = start + sim.durationMs;
  let backlogUntil = Number.POSITIVE_INFINITY;
  let backlogFrom = start;

  if (sim.idleGaps) {
    const schedule = (from: number) => {
      const busy = 30_000 + rnd() * 120_000;
      const idle = 10_000 + rnd() * 30_000;
      backlogUntil = from + busy;
      backlogFrom = from + busy + idle;
      if (backlogFrom < end) agenda.push({ at: backlogFrom, run: () => schedule(backlogFrom) });
    };
    schedule(start);
  }
  const hasBacklog = (now: number) => now < backlogUntil || now >= backlogFrom;

  const latencyMs = () => {
    if (rnd() < 0.02) return 5_000 + rnd() * 115_000;
    const z = Math.sqrt(-2 * Math.log(Math.max(rnd(), 1e-12))) * Math.cos(2 * Math.PI * rnd());
    return Math.exp(Math.log(1_000) + 0.45 * z);
  };

  const work = (now: number) => {
    if (now >= end) return;
    if (!hasBacklog(now)) {
      agenda.push({
        at: Math.max(now + 500, backlogFrom),
        run: () => work(Math.max(now + 500, backlogFrom)),
      });
      return;
    }
    const promptEstimate = 2_500 + Math.round(rnd() * 2_000);
    const maxOutput = 2_048;
    const actual =
      sim.forecast === 'measured'
        ? promptEstimate + MEAN_BEYOND_PROMPT + Math.round((rnd() + rnd() + rnd() - 1.5) * 300)
        : promptEstimate -
          Math.round(rnd() * 350) +
          (rnd() < 0.05 ? maxOutput : 200 + Math.round(rnd() * 700));
    const reserved = promptEstimate + (sim.forecast ? MEAN_BEYOND_PROMPT : maxOutput);
    const attempt = (at: number) => {
      const decision = admitCall(state, at, { requests: 1, tokens: reserved }, limits, sim.horizonMs ?? 0);
      if (!decision.admitted) {
        const retryAt = at + decision.waitMs + rnd() * 5;
        agenda.push({ at: retryAt, run: () => attempt(retryAt) });
        return;
      }
      state = decision.state;
      // Sent at its slot, up to a few ms late (timers, event loop).
      const sentAt = at + decision.startInMs + (decision.startInMs > 0 ? rnd() * 5 : 0);
      requests.push({ atMs: sentAt, amount: 1 });
      tokens.push({ atMs: sentAt, amount: actual });
      const doneAt = sentAt + latencyMs();
      agenda.push({
        at: doneAt,
        run: () => {
          state = reconcileTokens(state, doneAt, reserved, actual, limits);
          work(doneAt);
        },
      });
    };
    const firstTry = now + 0.5 + rnd() * 2.5;
    agenda.push({ at: firstTry, run: () => attempt(firstTry) });
  };

  for (let i = 0; i < sim.instances * sim.concurrency; i += 1) {
    const at = start + rnd() * 1_000;
    agenda.push({ at, run: () => work(at) });
  }
  while (agenda.size > 0) {
    const event = agenda.pop();
    if (event.at > end + 200_000) break;
    event.run();
  }

  const steadyFrom = start + 60_000;
  const steadyTo = end - 60_000;
  const steadyTokens = tokens
    .filter((t) => t.atMs >= steadyFrom && t.atMs < steadyTo)
    .reduce((sum, t) => sum + t.amount, 0);
  return {
    worstRequests: worstWindow(requests, sim.spec.windowMs).total,
    worstTokens: worstWindow(tokens, sim.spec.windowMs).total,
    steadyTokenUtilisation:
      steadyTokens / ((sim.spec.tokensPerWindow * (steadyTo - steadyFrom)) / sim.spec.windowMs),
    calls: requests.length,
  };
}
