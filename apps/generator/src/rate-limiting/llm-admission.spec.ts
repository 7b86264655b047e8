import { Registry } from 'prom-client';
import { ADMISSION_HORIZON_MS, BULK_HORIZON_WHILE_PRIORITY_MS } from '@content-pipeline/rate-limiting';
import { GeneratorMetrics } from '../generator.metrics';
import { LlmAdmission, PriorityClaims } from './llm-admission';
import type { AdmissionResult, LlmBudgetStore } from './llm-budget.store';

/**
 * A shared budget of one call per `intervalMs` (a stand-in for the database row every instance admits against),
 * and the group's claims table.
 */
class SharedBudget {
  readonly admitted: { instance: string; horizonMs: number }[] = [];
  readonly claims = new Map<string, number>();
  private nextFreeMs = 0;

  constructor(private readonly intervalMs: number) {}

  storeFor(instance: string): LlmBudgetStore {
    return {
      admit: async (_cost: unknown, _limits: unknown, horizonMs: number): Promise<AdmissionResult> => {
        const now = Date.now();
        if (this.nextFreeMs > now + horizonMs)
          return { admitted: false, waitMs: this.nextFreeMs - now - horizonMs, blockedBy: 'requests' };
        const startInMs = Math.max(0, this.nextFreeMs - now);
        this.nextFreeMs = Math.max(this.nextFreeMs, now) + this.intervalMs;
        this.admitted.push({ instance, horizonMs });
        return { admitted: true, atMs: now, startInMs, tokenIntervalMs: 1, outputIntervalMs: null };
      },
      release: async () => undefined,
      correctTokens: async () => undefined,
      totals: async () => ({ requests: 0, tokens: 0, atMs: Date.now() }),
    } as unknown as LlmBudgetStore;
  }

  claimsFor(instance: string): PriorityClaims & { writes: number } {
    const claims = {
      writes: 0,
      claim: async (ttlMs: number) => {
        claims.writes += 1;
        this.claims.set(instance, Date.now() + ttlMs);
      },
      drop: async () => {
        this.claims.delete(instance);
      },
      claimedByOthers: async () =>
        [...this.claims].some(([owner, until]) => owner !== instance && until > Date.now()),
    };
    return claims;
  }
}

function instance(budget: SharedBudget, name: string) {
  const claims = budget.claimsFor(name);
  const admission = new LlmAdmission(
    budget.storeFor(name),
    {
      configured: { requestsPerWindow: 120, tokensPerWindow: 200_000 },
      burstRatio: 0.005,
      minTokenBurst: 4_096,
    },
    new GeneratorMetrics(new Registry()),
    () => undefined,
    () => undefined,
    claims,
  );
  const signal = new AbortController().signal;
  return {
    admission,
    claims,
    acquire: (lane: 'priority' | 'bulk') => admission.acquire(100, lane, signal),
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('LlmAdmission across the group', () => {
  const admissions: LlmAdmission[] = [];
  afterEach(async () => {
    await Promise.all(admissions.splice(0).map((admission) => admission.close()));
  });

  it('claims the group before a priority call asks for its slot, and drops the claim once none waits', async () => {
    const budget = new SharedBudget(10);
    const a = instance(budget, 'a');
    admissions.push(a.admission);
    await a.acquire('priority');
    expect(a.claims.writes).toBe(1);
    await sleep(20);
    expect(budget.claims.has('a')).toBe(false);
  });

  it("holds another instance's bulk calls while a priority claim is live, and lets them go once it is dropped", async () => {
    const budget = new SharedBudget(10);
    budget.claims.set('a', Date.now() + 60_000);
    const b = instance(budget, 'b');
    admissions.push(b.admission);
    let admitted = false;
    const bulk = b.acquire('bulk').then(() => (admitted = true));
    await sleep(300);
    expect(admitted).toBe(false);
    expect(budget.admitted).toHaveLength(0);
    budget.claims.delete('a');
    await bulk;
    expect(budget.admitted).toEqual([{ instance: 'b', horizonMs: ADMISSION_HORIZON_MS }]);
  });

  it('lets bulk take slots only just ahead while the group has priority work under way', async () => {
    const budget = new SharedBudget(10);
    const b = instance(budget, 'b');
    admissions.push(b.admission);
    await b.acquire('bulk');
    b.admission.notePriorityUnderWay(true);
    await b.acquire('bulk');
    expect(budget.admitted.map((call) => call.horizonMs)).toEqual([
      ADMISSION_HORIZON_MS,
      BULK_HORIZON_WHILE_PRIORITY_MS,
    ]);
  });
});
