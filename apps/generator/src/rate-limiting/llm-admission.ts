import { setMaxListeners } from 'node:events';
import {
  admissionBudgetSpec,
  batchCapacity,
  BudgetCost,
  BudgetLimits,
  budgetLimits,
  BUDGET_WINDOW_MS,
  BULK_YIELD_RECHECK_MS,
  BurstPolicy,
  cooldownFromHints,
  effectiveBudget,
  GroupLanePriority,
  Lane,
  LaneQueue,
  PerWindowBudget,
  PRIORITY_CLAIM_TTL_MS,
  ProviderBudgetHints,
  takeBatch,
} from '@content-pipeline/rate-limiting';
import type { GeneratorMetrics } from '../generator.metrics';
import type { LlmBudgetStore } from './llm-budget.store';

export interface LlmAdmissionOptions extends BurstPolicy {
  configured: PerWindowBudget;
}

/** A granted admission: what to reconcile or give back later. */
export interface LlmReservation {
  tokens: number;
  tokenIntervalMs: number;
  requestIntervalMs: number;
  /** With a separate output budget: the output tokens reserved, and at what interval (else 0 and null). */
  outputTokens: number;
  outputIntervalMs: number | null;
}

/** What one call reserves: tokens, and output tokens apart where the provider limits them apart. */
export interface CallTokens {
  tokens: number;
  outputTokens?: number;
}

interface Waiter {
  /** Tokens to reserve, sized when the call reaches the head of the queue (a forecast learned meanwhile counts). */
  size: () => CallTokens;
  requests: number;
  lane: Lane;
  since: number;
  resolve: (reservation: LlmReservation) => void;
  reject: (error: Error) => void;
  /** Set while an admitted call waits for its slot: the task gave up, the call will not be sent. */
  abandonSlot?: () => void;
}

const MAX_SLEEP_MS = 1_000;
/** Calls admitted together by one statement, at most (and never beyond either burst). */
const MAX_BATCH_CALLS = 32;
/** Token settlements are summed over this long and written as one statement. */
const SETTLE_FLUSH_MS = 100;
const STORE_RETRY_MS = 1_000;
const UTILISATION_SAMPLE_MS = 5_000;

/** The group's priority claims on the shared budget (`PriorityClaimStore`). */
export interface PriorityClaims {
  claim(ttlMs: number): Promise<void>;
  drop(): Promise<void>;
  claimedByOthers(): Promise<boolean>;
}

/** Thrown to a waiting call when its task is abandoned (shutdown). */
export class AdmissionAbortedError extends Error {}

/**
 * This instance's side of the shared budget. Calls wait in a local queue, priority lane first, and one admission
 * loop takes them to the database row in order, the calls at the head of the queue together — one statement per
 * attempt, however many calls wait, so hundreds of in-flight tasks cost no more database load than one. An
 * admission may come with a slot up to `ADMISSION_HORIZON_MS` ahead: the call is handed out at its slot, so
 * it reaches the provider when the shared rule scheduled it.
 * Settlements of billed tokens are summed and written every {@link SETTLE_FLUSH_MS}. Waiting happens inside the
 * message handler, never in the batch loop, so the consumer keeps heartbeating.
 *
 * Priority goes first across the group, not only here ({@link GroupLanePriority}): with a priority call at the head
 * of the queue the loop claims the group's next slots, and with a bulk call at the head it asks for no slot while
 * another instance's claim is live, and takes slots only just ahead while the group has priority work under way.
 *
 * Fails closed: while the database cannot be reached nothing is admitted, `onStoreAvailability(false)` pauses the
 * consumer, and the loop probes every second until the store answers again.
 */
export class LlmAdmission {
  private readonly queue = new LaneQueue<Waiter>();
  private pumping = false;
  private storeAvailable = true;
  private budget: PerWindowBudget;
  private limits: BudgetLimits;
  private announcedLimits = '';
  private samples: { requests: number; tokens: number; atMs: number }[] = [];
  private readonly sampler: NodeJS.Timeout;
  private wake?: () => void;
  /** Net token corrections not yet written, by the intervals they were reserved at. */
  private readonly unsettled = new Map<
    string,
    { tokenIntervalMs: number; outputIntervalMs: number | null; tokens: number; outputTokens: number }
  >();
  private settleTimer?: NodeJS.Timeout;
  private readonly lanes = new GroupLanePriority();
  private priorityUnderWay = false;
  /** Another instance's claim as last read, and when (read at most every {@link BULK_YIELD_RECHECK_MS}). */
  private othersClaim = { claimed: false, readAtMs: -Infinity };

  constructor(
    private readonly store: LlmBudgetStore,
    private readonly options: LlmAdmissionOptions,
    private readonly metrics: GeneratorMetrics,
    private readonly onStoreAvailability: (available: boolean) => void,
    private readonly log: (level: 'info' | 'warn', message: string, context: Record<string, unknown>) => void,
    private readonly claims?: PriorityClaims,
  ) {
    this.budget = options.configured;
    this.limits = this.limitsFor(this.budget);
    this.sampler = setInterval(() => void this.sampleUtilisation(), UTILISATION_SAMPLE_MS);
    this.sampler.unref();
  }

  /**
   * Whether the group has priority work under way (its lag on the priority topic, polled by the consumer): bulk
   * calls then take slots only just ahead, so a priority call arriving meanwhile gets the next one.
   */
  notePriorityUnderWay(underWay: boolean): void {
    this.priorityUnderWay = underWay;
  }

  /** Calls of `lane` queued here for admission. */
  waiting(lane: Lane): number {
    return this.queue.waiting(lane);
  }

  /**
   * Waits until the shared budget admits `requests` requests (one by default) of `tokens` estimated tokens — a
   * number, or a function asked when the call reaches the head of the queue. `ahead`: the next call of a
   * generation already under way, queued ahead of its lane's new generations.
   */
  acquire(
    tokens: number | CallTokens | (() => CallTokens),
    lane: Lane,
    signal: AbortSignal,
    requests = 1,
    ahead = false,
  ): Promise<LlmReservation> {
    if (signal.aborted) return Promise.reject(new AdmissionAbortedError('task abandoned before admission'));
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        size:
          typeof tokens === 'function'
            ? tokens
            : typeof tokens === 'number'
              ? () => ({ tokens })
              : () => tokens,
        requests,
        lane,
        since: performance.now(),
        resolve: (reservation) => {
          signal.removeEventListener('abort', onAbort);
          resolve(reservation);
        },
        reject,
      };
      const onAbort = () => {
        if (this.queue.remove(waiter) || waiter.abandonSlot) {
          waiter.abandonSlot?.();
          this.metrics.admissions.inc({ lane, outcome: 'abandoned' });
          reject(new AdmissionAbortedError('task abandoned while waiting for the rate limiter'));
        }
      };
      // Every waiting call listens to the one shutdown signal: hundreds of listeners are expected.
      setMaxListeners(0, signal);
      signal.addEventListener('abort', onAbort, { once: true });
      if (ahead) this.queue.pushAhead(lane, waiter);
      else this.queue.push(lane, waiter);
      this.wake?.();
      // Started on the next turn of the event loop, so calls queued in the same turn are admitted together.
      setImmediate(() => void this.pump());
    });
  }

  /**
   * Settles a sent call's reservation with the tokens it was billed, within {@link SETTLE_FLUSH_MS} (best effort:
   * the row survives a miss).
   */
  settle(reservation: LlmReservation, actualTokens: number, actualOutputTokens?: number): void {
    const correction = actualTokens - reservation.tokens;
    const outputCorrection =
      reservation.outputIntervalMs === null ? 0 : (actualOutputTokens ?? 0) - reservation.outputTokens;
    if (correction === 0 && outputCorrection === 0) return;
    const { tokenIntervalMs, outputIntervalMs } = reservation;
    const key = `${tokenIntervalMs}|${outputIntervalMs}`;
    const pending = this.unsettled.get(key) ?? {
      tokenIntervalMs,
      outputIntervalMs,
      tokens: 0,
      outputTokens: 0,
    };
    pending.tokens += correction;
    pending.outputTokens += outputCorrection;
    this.unsettled.set(key, pending);
    this.settleTimer ??= setTimeout(() => void this.flushSettlements(), SETTLE_FLUSH_MS);
  }

  /** Gives back an admission whose call was never sent. */
  async release(reservation: LlmReservation): Promise<void> {
    await this.bestEffort('release', () =>
      this.store.release(
        reservation.tokens,
        reservation.tokenIntervalMs,
        reservation.requestIntervalMs,
        reservation.outputTokens,
        reservation.outputIntervalMs,
      ),
    );
  }

  /** Holds the whole group for `durationMs` (a 429's Retry-After). */
  async cooldown(durationMs: number): Promise<void> {
    this.log('warn', 'Provider rate-limited us: group-wide cooldown', { durationMs });
    await this.bestEffort('cooldown', () => this.store.cooldown(durationMs));
  }

  /** Applies what the provider's rate-limit headers say: lower announced limits, nothing remaining. */
  async noteHints(hints: ProviderBudgetHints | undefined): Promise<void> {
    if (!hints) return;
    const lowered = effectiveBudget(this.options.configured, hints);
    const key = budgetKey(lowered);
    if (key !== budgetKey(this.options.configured) && key !== this.announcedLimits) {
      this.announcedLimits = key;
      this.log('warn', 'Provider announces lower limits than configured', { ...lowered });
      await this.bestEffort('lower limits', () =>
        this.store.lowerLimits(
          lowered.requestsPerWindow,
          lowered.tokensPerWindow,
          lowered.outputTokensPerWindow ?? null,
        ),
      );
    }
    const wait = cooldownFromHints(hints);
    if (wait > 0) await this.cooldown(wait);
  }

  async close(): Promise<void> {
    clearInterval(this.sampler);
    await this.flushSettlements();
  }

  private async flushSettlements(): Promise<void> {
    clearTimeout(this.settleTimer);
    this.settleTimer = undefined;
    const corrections = [...this.unsettled];
    this.unsettled.clear();
    for (const [, pending] of corrections) {
      await this.bestEffort('reconcile', () =>
        this.store.correctTokens(
          pending.tokens,
          pending.tokenIntervalMs,
          pending.outputTokens,
          pending.outputIntervalMs,
        ),
      );
    }
  }

  /** The waiters at the head of the queue that one statement may admit together without overshooting a burst. */
  private nextBatch(): { waiters: { waiter: Waiter; tokens: CallTokens }[]; cost: BudgetCost } {
    const sized = this.queue.head(MAX_BATCH_CALLS).map((waiter) => ({ waiter, tokens: waiter.size() }));
    const { batch, cost } = takeBatch(
      sized,
      (candidate) => candidate.tokens.tokens,
      batchCapacity(this.limits),
      (candidate) => candidate.waiter.requests,
      (candidate) => (this.limits.outputTokens ? (candidate.tokens.outputTokens ?? 0) : 0),
    );
    return { waiters: batch, cost };
  }

  private async pump(): Promise<void> {
    if (this.pumping) return;
    this.pumping = true;
    try {
      for (let batch = this.nextBatch(); batch.waiters.length > 0; batch = this.nextBatch()) {
        let sleepMs: number;
        const lane = batch.waiters[0].waiter.lane;
        if (lane === 'priority') await this.claimPriority();
        else {
          if (this.lanes.holdsClaim) await this.dropClaim();
          if (!(await this.bulkMayAsk())) {
            await this.sleep(BULK_YIELD_RECHECK_MS);
            continue;
          }
        }
        try {
          const requestIntervalMs = this.limits.requests.emissionIntervalMs;
          const result = await this.store.admit(
            batch.cost,
            this.limits,
            this.lanes.horizonFor(lane, this.priorityUnderWay),
          );
          this.storeIsAvailable(true);
          this.adoptProviderLimits(
            result.providerRpmLimit,
            result.providerTpmLimit,
            result.providerOutputTpmLimit,
          );
          if (result.admitted) {
            for (const { waiter, tokens } of batch.waiters) {
              const reservation: LlmReservation = {
                tokens: tokens.tokens,
                tokenIntervalMs: result.tokenIntervalMs,
                requestIntervalMs,
                outputTokens: result.outputIntervalMs === null ? 0 : (tokens.outputTokens ?? 0),
                outputIntervalMs: result.outputIntervalMs,
              };
              if (!this.queue.remove(waiter)) {
                // The task gave up while its admission was on the way: the call will not be sent.
                await this.release(reservation);
                continue;
              }
              this.metrics.admissions.inc({ lane: waiter.lane, outcome: 'admitted' });
              this.metrics.admissionWait.observe(
                { lane: waiter.lane },
                (performance.now() - waiter.since) / 1_000,
              );
              this.handOut(waiter, reservation, result.startInMs);
            }
            continue;
          }
          sleepMs = Math.min(MAX_SLEEP_MS, Math.max(1, result.waitMs));
        } catch (error) {
          this.storeIsAvailable(false, error);
          sleepMs = STORE_RETRY_MS;
        }
        await this.sleep(sleepMs);
      }
      if (this.lanes.holdsClaim) await this.dropClaim();
    } finally {
      this.pumping = false;
    }
  }

  /** Sleeps `ms`, or less if a priority call comes to the head of the queue meanwhile. */
  private async sleep(ms: number): Promise<void> {
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      // A new priority call may be admissible before the head's wait is over (it is cheaper or first).
      this.wake = () => {
        if (this.queue.waiting('priority') > 0 && this.queue.peek()?.lane === 'priority') {
          clearTimeout(timer);
          resolve();
        }
      };
    });
    this.wake = undefined;
  }

  /** Claims the group's next slots for the priority calls waiting here (renewed while they wait). */
  private async claimPriority(): Promise<void> {
    const claims = this.claims;
    if (!claims || !this.lanes.claimDue(Date.now())) return;
    this.lanes.claimWritten(Date.now());
    await this.bestEffort('priority claim', () => claims.claim(PRIORITY_CLAIM_TTL_MS));
  }

  private async dropClaim(): Promise<void> {
    const claims = this.claims;
    this.lanes.claimDropped();
    if (claims) await this.bestEffort('priority claim release', () => claims.drop());
  }

  /** Whether a bulk call at the head may ask for a slot: not while another instance claims priority. */
  private async bulkMayAsk(): Promise<boolean> {
    if (!this.claims) return true;
    const now = Date.now();
    if (now - this.othersClaim.readAtMs >= BULK_YIELD_RECHECK_MS) {
      // An unknown claim state counts as none: the budget itself still fails closed.
      const claimed = await this.claims.claimedByOthers().catch(() => false);
      this.othersClaim = { claimed, readAtMs: Date.now() };
    }
    return this.lanes.bulkMayAsk(this.othersClaim.claimed, now);
  }

  /** Gives the admitted call to its task at its slot; a task that gives up before then gives the admission back. */
  private handOut(waiter: Waiter, reservation: LlmReservation, startInMs: number): void {
    if (startInMs < 1) {
      waiter.resolve(reservation);
      return;
    }
    const slot = setTimeout(() => {
      waiter.abandonSlot = undefined;
      waiter.resolve(reservation);
    }, startInMs);
    waiter.abandonSlot = () => {
      clearTimeout(slot);
      waiter.abandonSlot = undefined;
      void this.release(reservation);
    };
  }

  private storeIsAvailable(available: boolean, error?: unknown): void {
    if (available === this.storeAvailable) return;
    this.storeAvailable = available;
    this.log(
      available ? 'info' : 'warn',
      available ? 'Budget store is back' : 'Budget store unreachable: no calls are admitted',
      {
        error: error instanceof Error ? error.message : undefined,
      },
    );
    this.onStoreAvailability(available);
  }

  private adoptProviderLimits(rpm?: number, tpm?: number, outputTpm?: number): void {
    const next = effectiveBudget(this.options.configured, {
      limitRequests: rpm,
      limitTokens: tpm,
      limitInputTokens: tpm,
      limitOutputTokens: outputTpm,
    });
    if (budgetKey(next) === budgetKey(this.budget)) return;
    this.budget = next;
    this.limits = this.limitsFor(next);
  }

  private limitsFor(budget: PerWindowBudget): BudgetLimits {
    return budgetLimits(admissionBudgetSpec(budget, this.options));
  }

  private async sampleUtilisation(): Promise<void> {
    try {
      const sample = await this.store.totals();
      this.samples.push(sample);
      while (this.samples.length > 0 && sample.atMs - this.samples[0].atMs > BUDGET_WINDOW_MS)
        this.samples.shift();
      const oldest = this.samples[0];
      const spanMs = sample.atMs - oldest.atMs;
      if (spanMs < UTILISATION_SAMPLE_MS) return;
      const scale = BUDGET_WINDOW_MS / spanMs;
      this.metrics.utilisation.set(
        { dimension: 'requests' },
        ((sample.requests - oldest.requests) * scale) / this.budget.requestsPerWindow,
      );
      this.metrics.utilisation.set(
        { dimension: this.budget.outputTokensPerWindow === undefined ? 'tokens' : 'input_tokens' },
        ((sample.tokens - oldest.tokens) * scale) / this.budget.tokensPerWindow,
      );
    } catch {
      // The admission loop reports an unreachable store; a missed sample only delays the gauge.
    }
  }

  private async bestEffort(what: string, action: () => Promise<void>): Promise<void> {
    try {
      await action();
    } catch (error) {
      this.log('warn', `Rate limiter ${what} not recorded`, { error: (error as Error).message });
    }
  }
}

/** A budget's numbers as one comparable string. */
function budgetKey(budget: PerWindowBudget): string {
  return `${budget.requestsPerWindow}/${budget.tokensPerWindow}/${budget.outputTokensPerWindow ?? '-'}`;
}
