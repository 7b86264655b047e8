import { setMaxListeners } from 'node:events';
import { hostname } from 'node:os';
import { ProviderError } from '@content-pipeline/llm-providers';
import type { GeneratorMetrics } from '../generator.metrics';
import { ContractMismatchDetector } from './contract-mismatch.detector';
import { HOLD_ACTIONS, HOLD_REASONS, HoldReason, holdReasonFor } from './hold-reason';
import type { HoldRecord, ProviderHoldStore } from './provider-hold.store';

export interface HoldSettings {
  /** How often an instance reads the stored hold (another instance may have set or lifted it). */
  pollMs: number;
  /** How often, while held, one instance of the group sends a probe call. */
  probeIntervalMs: number;
  /** How long the breaker may stay open (flapping half-open included) before the endpoint counts as unreachable. */
  unreachableAfterMs: number;
  /** Identical unusable answers on distinct tasks in a row that mean a workflow contract mismatch. */
  contractFailures: number;
}

type Log = (level: 'info' | 'warn' | 'error', message: string, context: Record<string, unknown>) => void;

/** Thrown to a task waiting for the hold when the service shuts down: the message is abandoned, uncommitted. */
export class HoldAbandonedError extends Error {}

/**
 * The group-wide hold of the provider endpoint. A failure no retry can fix holds it (in PostgreSQL, for every
 * instance): the consumer pauses (`onHeldChange`), calls about to be sent wait, and a failed task waits for the
 * release and tries again instead of going to the dead-letter topic — its offset stays uncommitted meanwhile, so
 * a restart redelivers it. A probe call (one instance per interval) or an operator lifts the hold.
 */
export class ProviderHold {
  private record: HoldRecord | undefined;
  private readonly waiters = new Set<() => void>();
  private readonly contract: ContractMismatchDetector;
  private readonly instance = `${hostname()}:${process.pid}`;
  private pollTimer?: NodeJS.Timeout;
  private probeTimer?: NodeJS.Timeout;
  private unreachableTimer?: NodeJS.Timeout;
  private probing = false;

  constructor(
    private readonly store: ProviderHoldStore,
    readonly provider: string,
    private readonly settings: HoldSettings,
    private readonly metrics: GeneratorMetrics,
    private readonly onHeldChange: (held: boolean) => void,
    private readonly probe: () => Promise<void>,
    private readonly log: Log,
  ) {
    this.contract = new ContractMismatchDetector(settings.contractFailures);
    for (const reason of HOLD_REASONS) metrics.providerHeld.set({ provider, reason }, 0);
  }

  get isHeld(): boolean {
    return this.record?.held ?? false;
  }

  /** Reads the stored hold, then keeps reading it and probing while held. */
  async start(): Promise<void> {
    await this.refresh();
    this.pollTimer = setInterval(() => void this.refresh().catch(() => undefined), this.settings.pollMs);
    this.pollTimer.unref();
    // One interval after start at the earliest: a restarted instance does not probe before a person could look.
    this.probeTimer = setInterval(() => void this.probeIfDue(), this.settings.probeIntervalMs);
    this.probeTimer.unref();
  }

  stop(): void {
    clearInterval(this.pollTimer);
    clearInterval(this.probeTimer);
    clearTimeout(this.unreachableTimer);
  }

  /** The stored hold as every instance sees it. */
  async current(): Promise<HoldRecord> {
    await this.refresh();
    return this.record as HoldRecord;
  }

  /** Resolves at once when not held, else when the hold is lifted; rejects when `signal` aborts. */
  untilReleased(signal: AbortSignal): Promise<void> {
    if (!this.isHeld) return Promise.resolve();
    return new Promise((resolve, reject) => {
      if (signal.aborted) return reject(new HoldAbandonedError('task abandoned while the provider was held'));
      const released = () => {
        signal.removeEventListener('abort', aborted);
        resolve();
      };
      const aborted = () => {
        this.waiters.delete(released);
        reject(new HoldAbandonedError('task abandoned while the provider was held'));
      };
      setMaxListeners(0, signal);
      signal.addEventListener('abort', aborted, { once: true });
      this.waiters.add(released);
    });
  }

  /** A usable answer came back. */
  succeeded(): void {
    this.contract.succeeded();
  }

  /**
   * Holds the endpoint when `error` is a failure no retry can fix (or the latest of identical unusable answers
   * that mean a contract mismatch); true when the task should wait for the release and try again.
   */
  async holdIfNeeded(error: unknown, task: string): Promise<boolean> {
    const reason =
      holdReasonFor(error) ?? (this.contract.failed(error, task) ? 'provider_contract' : undefined);
    if (!reason) return false;
    const providerError = error as ProviderError;
    await this.hold(reason, providerError.code, providerError.message);
    return true;
  }

  /** The breaker opened or closed: open for longer than the patience holds the endpoint as unreachable. */
  breakerOpen(open: boolean): void {
    if (!open) {
      clearTimeout(this.unreachableTimer);
      this.unreachableTimer = undefined;
      return;
    }
    this.unreachableTimer ??= setTimeout(() => {
      this.unreachableTimer = undefined;
      void this.hold(
        'provider_unreachable',
        'breaker_open',
        `${this.provider}: circuit breaker open for more than ${Math.round(this.settings.unreachableAfterMs / 1000)} s`,
      ).catch(() => undefined);
    }, this.settings.unreachableAfterMs);
    this.unreachableTimer.unref();
  }

  /** Lifts the hold (an operator, or a probe that succeeded); false when it was not held. */
  async release(by: string): Promise<boolean> {
    const released = await this.store.release(by);
    if (released) this.log('info', 'Provider hold released', { provider: this.provider, by });
    await this.refresh();
    return released;
  }

  /** An operator asks for the next probe now. */
  async probeNow(): Promise<void> {
    await this.store.probeNow();
    void this.probeIfDue();
  }

  private async hold(reason: HoldReason, code: string, message: string): Promise<void> {
    for (;;) {
      try {
        const { record, newlyHeld } = await this.store.hold(
          reason,
          code,
          message,
          this.instance,
          this.settings.probeIntervalMs,
        );
        if (newlyHeld) {
          this.log('error', 'Provider held: nothing more is sent until the cause is fixed', {
            provider: this.provider,
            reason,
            code,
            error: message,
            action: HOLD_ACTIONS[reason],
          });
        }
        this.apply(record);
        return;
      } catch (error) {
        // The hold must be recorded before the task waits for it; the database is back in a moment.
        this.log('warn', 'Provider hold not recorded yet; retrying', { error: (error as Error).message });
        await new Promise((resolve) => setTimeout(resolve, 1_000));
      }
    }
  }

  private async refresh(): Promise<void> {
    this.apply(await this.store.read());
  }

  private apply(record: HoldRecord): void {
    const wasHeld = this.isHeld;
    const previousReason = this.record?.reason;
    this.record = record;
    if (record.held && (!wasHeld || previousReason !== record.reason)) {
      for (const reason of HOLD_REASONS)
        this.metrics.providerHeld.set({ provider: this.provider, reason }, reason === record.reason ? 1 : 0);
    }
    if (record.held === wasHeld) return;
    this.onHeldChange(record.held);
    if (!record.held) {
      for (const reason of HOLD_REASONS)
        this.metrics.providerHeld.set({ provider: this.provider, reason }, 0);
      this.contract.succeeded();
      const waiting = [...this.waiters];
      this.waiters.clear();
      waiting.forEach((resume) => resume());
    }
  }

  private async probeIfDue(): Promise<void> {
    if (!this.isHeld || this.probing) return;
    this.probing = true;
    try {
      if (!(await this.store.claimProbe(this.settings.probeIntervalMs))) return;
      try {
        await this.probe();
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        this.log('warn', 'Provider probe failed: still held', { provider: this.provider, error: message });
        await this.store.probeFailed(message);
        return;
      }
      await this.release('probe');
    } catch (error) {
      this.log('warn', 'Provider probe could not run', { error: (error as Error).message });
    } finally {
      this.probing = false;
    }
  }
}
