import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import { Registry } from 'prom-client';
import { migrateServices, testInfrastructure, uniqueRunTag } from '@content-pipeline/testing';
import { GeneratorMetrics } from '../src/generator.metrics';
import { PriorityClaimStore } from '../src/lanes/priority-claim.store';
import { LlmAdmission } from '../src/rate-limiting/llm-admission';
import { LlmBudgetStore } from '../src/rate-limiting/llm-budget.store';

const infra = testInfrastructure();
const pools: Pool[] = [];

function pool(): Pool {
  const created = new Pool({ connectionString: infra.databaseUrl, max: 2, connectionTimeoutMillis: 1_000 });
  created.on('error', () => undefined);
  pools.push(created);
  return created;
}

beforeAll(() => migrateServices(['generator'], infra.serviceEnv));

afterAll(async () => {
  await Promise.all(pools.map((p) => p.end().catch(() => undefined)));
});

/** One generator instance's admission against the shared row and the group's claims (120 RPM: a call per 500 ms). */
async function instance(key: string): Promise<{ admission: LlmAdmission; claims: PriorityClaimStore }> {
  const db = pool();
  const store = new LlmBudgetStore(db, key);
  await store.ensureRow();
  const claims = new PriorityClaimStore(db, key, randomUUID());
  const admission = new LlmAdmission(
    store,
    {
      configured: { requestsPerWindow: 120, tokensPerWindow: 10_000_000 },
      burstRatio: 0.005,
      minTokenBurst: 4_096,
    },
    new GeneratorMetrics(new Registry()),
    () => undefined,
    () => undefined,
    claims,
  );
  return { admission, claims };
}

describe('the priority lane across instances', () => {
  it("gives a priority call the group's next slot ahead of the bulk calls other instances have queued", async () => {
    const key = uniqueRunTag('priority-it');
    const [a, b, c] = await Promise.all([instance(key), instance(key), instance(key)]);
    const signal = new AbortController().signal;
    const backlogAbort = new AbortController();
    const bulkSlots: number[] = [];
    const backlog = [b, c].flatMap(({ admission }) =>
      Array.from({ length: 12 }, () =>
        admission
          .acquire(100, 'bulk', backlogAbort.signal)
          .then(() => bulkSlots.push(Date.now()))
          .catch(() => undefined),
      ),
    );
    try {
      await new Promise((resolve) => setTimeout(resolve, 2_000));
      // The group's lag poll sees the new SKU, then its call reaches instance a.
      [a, b, c].forEach(({ admission }) => admission.notePriorityUnderWay(true));
      const askedAt = Date.now();
      await a.admission.acquire(100, 'priority', signal);
      const grantedAt = Date.now();
      // Behind at most the bulk slots already promised (100 ms ahead now, up to 1 s before the lag was seen).
      expect(grantedAt - askedAt).toBeLessThan(1_700);
      // No bulk call that asked after the claim was written got a slot before the priority call.
      expect(bulkSlots.filter((at) => at > askedAt + 1_100 && at < grantedAt)).toEqual([]);
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(await b.claims.claimedByOthers()).toBe(false);
      // Bulk takes the slots priority leaves.
      const before = bulkSlots.length;
      await new Promise((resolve) => setTimeout(resolve, 1_600));
      expect(bulkSlots.length - before).toBeGreaterThanOrEqual(2);
    } finally {
      backlogAbort.abort();
      await Promise.all(backlog);
      await Promise.all([a, b, c].map(({ admission }) => admission.close()));
    }
  }, 30_000);

  it('lets a claim of an instance that stopped renewing it lapse', async () => {
    const key = uniqueRunTag('priority-it');
    const db = pool();
    const crashed = new PriorityClaimStore(db, key, 'crashed');
    const other = new PriorityClaimStore(db, key, 'other');
    await crashed.claim(300);
    expect(await other.claimedByOthers()).toBe(true);
    expect(await crashed.claimedByOthers()).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(await other.claimedByOthers()).toBe(false);
    await crashed.claim(60_000);
    await crashed.drop();
    expect(await other.claimedByOthers()).toBe(false);
  });
});
