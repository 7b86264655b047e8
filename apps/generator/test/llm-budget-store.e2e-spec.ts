import { Pool } from 'pg';
import { budgetLimits, TimedAmount, worstWindow } from '@content-pipeline/rate-limiting';
import { migrateServices, testInfrastructure, uniqueRunTag } from '@content-pipeline/testing';
import { GeneratorMetrics } from '../src/generator.metrics';
import { LlmAdmission } from '../src/rate-limiting/llm-admission';
import { LlmBudgetStore } from '../src/rate-limiting/llm-budget.store';
import { Registry } from 'prom-client';

const infra = testInfrastructure();
const pools: Pool[] = [];

function pool(url = infra.databaseUrl): Pool {
  const created = new Pool({ connectionString: url, max: 2, connectionTimeoutMillis: 1_000 });
  created.on('error', () => undefined);
  pools.push(created);
  return created;
}

beforeAll(() => migrateServices(['generator'], infra.serviceEnv));

afterAll(async () => {
  await Promise.all(pools.map((p) => p.end().catch(() => undefined)));
});

// A 4-s window instead of 60 s keeps the test short; the statement does not know the window length.
const spec = {
  requestsPerWindow: 40,
  tokensPerWindow: 40_000,
  requestBurst: 4,
  tokenBurst: 4_000,
  tokenMargin: 4_000,
  windowMs: 4_000,
};
const limits = budgetLimits(spec);

describe('the PostgreSQL LLM budget', () => {
  it('never admits more than the budget in any window, whatever the number of concurrent clients', async () => {
    const key = uniqueRunTag('limiter-it');
    const stores = Array.from({ length: 6 }, () => new LlmBudgetStore(pool(), key));
    await stores[0].ensureRow();
    const requests: TimedAmount[] = [];
    const tokens: TimedAmount[] = [];
    const until = Date.now() + 10_000;
    await Promise.all(
      stores.flatMap((store) =>
        Array.from({ length: 4 }, async () => {
          while (Date.now() < until) {
            const reserved = 1_000 + Math.round(Math.random() * 1_000);
            const result = await store.admit({ requests: 1, tokens: reserved }, limits);
            if (!result.admitted) {
              await new Promise((resolve) => setTimeout(resolve, Math.min(result.waitMs, 200)));
              continue;
            }
            const actual = Math.round(reserved * (0.5 + Math.random() * 0.5));
            requests.push({ atMs: result.atMs, amount: 1 });
            tokens.push({ atMs: result.atMs, amount: actual });
            await new Promise((resolve) => setTimeout(resolve, 50 + Math.random() * 300));
            await store.correctTokens(actual - reserved, result.tokenIntervalMs);
          }
        }),
      ),
    );
    expect(worstWindow(requests, spec.windowMs).total).toBeLessThanOrEqual(spec.requestsPerWindow);
    expect(worstWindow(tokens, spec.windowMs).total).toBeLessThanOrEqual(spec.tokensPerWindow);
    // And the budget is used: tokens bind here (≈ 1,125 per call against 40 calls per window).
    const totalTokens = tokens.reduce((sum, t) => sum + t.amount, 0);
    expect(totalTokens / ((spec.tokensPerWindow * 10_000) / spec.windowMs)).toBeGreaterThan(0.75);
  }, 30_000);

  it('holds every call during a 429 cooldown set by any instance', async () => {
    const key = uniqueRunTag('limiter-it');
    const [one, other] = [new LlmBudgetStore(pool(), key), new LlmBudgetStore(pool(), key)];
    await one.ensureRow();
    await one.cooldown(1_500);
    const held = await other.admit({ requests: 1, tokens: 10 }, limits);
    expect(held).toMatchObject({ admitted: false, blockedBy: 'cooldown' });
    expect(held.admitted ? 0 : held.waitMs).toBeGreaterThan(1_000);
  });

  it('fails closed: no admission while the store is unreachable, and the consumer is told to pause', async () => {
    const unreachable = infra.databaseUrl.replace(/:(\d+)\//, ':4599/');
    const store = new LlmBudgetStore(pool(unreachable), uniqueRunTag('limiter-it'));
    await expect(store.admit({ requests: 1, tokens: 10 }, limits)).rejects.toThrow();
    const availability: boolean[] = [];
    const admission = new LlmAdmission(
      store,
      {
        configured: { requestsPerWindow: 60, tokensPerWindow: 60_000 },
        burstRatio: 0.05,
        minTokenBurst: 100,
      },
      new GeneratorMetrics(new Registry()),
      (available) => availability.push(available),
      () => undefined,
    );
    const controller = new AbortController();
    const outcome = admission.acquire(10, 'bulk', controller.signal).then(
      () => 'admitted',
      () => 'gave up',
    );
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    expect(availability).toEqual([false]);
    controller.abort();
    expect(await outcome).toBe('gave up');
    await admission.close();
  }, 15_000);

  it('admits the calls waiting together in one statement, never more at once than the burst', async () => {
    const key = uniqueRunTag('limiter-it');
    const statements: string[] = [];
    const counted = pool();
    const store = new LlmBudgetStore(
      {
        query: (sql: string, parameters?: unknown[]) => {
          statements.push(sql);
          return counted.query(sql, parameters).then((result) => result.rows);
        },
      },
      key,
    );
    await store.ensureRow();
    const admissionFor = (requestsPerWindow: number) =>
      new LlmAdmission(
        store,
        {
          configured: { requestsPerWindow, tokensPerWindow: 100_000_000 },
          burstRatio: 0.05,
          minTokenBurst: 1_000,
        },
        new GeneratorMetrics(new Registry()),
        () => undefined,
        () => undefined,
      );
    const signal = new AbortController().signal;

    // A generous budget: 200 waiting calls cost a handful of statements, not 200.
    const generous = admissionFor(1_000_000);
    statements.length = 0;
    const reservations = await Promise.all(
      Array.from({ length: 200 }, (_, index) => generous.acquire(100 + index, 'bulk', signal)),
    );
    const admits = statements.filter((sql) => sql.includes('RETURNING v.admitted')).length;
    expect(reservations).toHaveLength(200);
    expect(admits).toBeLessThanOrEqual(Math.ceil(200 / 32) + 2);
    const [row] = (
      await counted.query(
        'SELECT requests_admitted, tokens_charged FROM generator.llm_rate_limiter WHERE limiter_key = $1',
        [key],
      )
    ).rows as { requests_admitted: string; tokens_charged: string }[];
    expect(Number(row.requests_admitted)).toBe(200);
    expect(Number(row.tokens_charged)).toBe(200 * 100 + (199 * 200) / 2);
    reservations.forEach((reservation) => generous.settle(reservation, 50));
    await generous.close();
    const [settled] = (
      await counted.query('SELECT tokens_charged FROM generator.llm_rate_limiter WHERE limiter_key = $1', [
        key,
      ])
    ).rows as { tokens_charged: string }[];
    expect(Number(settled.tokens_charged)).toBe(200 * 50);

    // A tight one (burst of 3 requests): ten waiting calls are admitted three at a time at most.
    const tight = admissionFor(60);
    const giveUp = new AbortController();
    let admitted = 0;
    const waiting = Array.from({ length: 10 }, () =>
      tight.acquire(10, 'bulk', giveUp.signal).then(
        () => (admitted += 1),
        () => undefined,
      ),
    );
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(admitted).toBe(3);
    giveUp.abort();
    await Promise.all(waiting);
    await tight.close();
  }, 30_000);
});
