import { Pool } from 'pg';
import { migrateServices, testInfrastructure, uniqueRunTag } from '@content-pipeline/testing';
import { LearnedCallSizes, LearnedCallSizeStore } from '../src/rate-limiting/learned-call-sizes';

const infra = testInfrastructure();
const pools: Pool[] = [];

function instance(scope: string, warnings: string[] = []): LearnedCallSizes {
  const db = new Pool({ connectionString: infra.databaseUrl, max: 2, connectionTimeoutMillis: 1_000 });
  db.on('error', () => undefined);
  pools.push(db);
  return new LearnedCallSizes(new LearnedCallSizeStore(db, scope), 2_048, (message) =>
    warnings.push(message),
  );
}

beforeAll(() => migrateServices(['generator'], infra.serviceEnv));

afterAll(async () => {
  await Promise.all(pools.map((p) => p.end().catch(() => undefined)));
});

describe('call sizes learned by the group', () => {
  it('sizes a started instance’s first calls from what a running one learned, per model', async () => {
    const scope = uniqueRunTag('anthropic:sizes-it');
    const running = instance(scope);
    await running.start();
    for (const length of [280, 300, 310, 295]) {
      running.outputCaps.record('content:de:v1', length, false);
      running.forecast.record('content:de:v1:output', length);
    }
    await running.stop();

    const started = instance(scope);
    expect(started.outputCaps.capFor('content:de:v1')).toEqual({ maxOutputTokens: 2_048, sized: false });
    await started.start();
    // 310 × 1.1 + 32.
    expect(started.outputCaps.capFor('content:de:v1')).toEqual({ maxOutputTokens: 373, sized: true });
    expect(started.forecast.expected('content:de:v1:output')).toBeCloseTo(296.25);
    await started.stop();

    const otherModel = instance(uniqueRunTag('anthropic:other-model-it'));
    await otherModel.start();
    expect(otherModel.outputCaps.capFor('content:de:v1').sized).toBe(false);
    await otherModel.stop();
  });

  it('keeps the mean resting on more calls when an instance that knows less writes', async () => {
    const scope = uniqueRunTag('openai:sizes-it');
    const seasoned = instance(scope);
    for (let i = 0; i < 40; i++) seasoned.forecast.record('content:fr:v1', 700);
    await seasoned.share();
    const newcomer = instance(scope);
    for (let i = 0; i < 3; i++) newcomer.forecast.record('content:fr:v1', 5_000);
    await newcomer.share();
    expect(newcomer.forecast.expected('content:fr:v1')).toBe(700);
    const third = instance(scope);
    await third.share();
    expect(third.forecast.expected('content:fr:v1')).toBe(700);
  });

  it('learns on its own when the table cannot be reached, with a warning', async () => {
    const warnings: string[] = [];
    const db = new Pool({
      connectionString: 'postgres://nobody:wrong@127.0.0.1:1/none',
      connectionTimeoutMillis: 500,
    });
    db.on('error', () => undefined);
    pools.push(db);
    const cut = new LearnedCallSizes(new LearnedCallSizeStore(db, 'unreachable'), 2_048, (m) =>
      warnings.push(m),
    );
    await cut.start();
    for (const length of [200, 210, 220]) cut.outputCaps.record('content:en:v1', length, false);
    expect(cut.outputCaps.capFor('content:en:v1').sized).toBe(true);
    await cut.stop();
    expect(warnings[0]).toMatch(/could not share learned call sizes/i);
  });
});
