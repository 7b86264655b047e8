import {
  PRICE_TABLE_2026_11,
  PRICE_TABLE_2026_12,
  PRICE_TABLES,
  priceTableAt,
  tokensCost,
  type PriceTable,
} from '@content-pipeline/pricing';
import { costOfUsage } from './usage-cost';

const usage = (promptTokens: number, completionTokens: number, reported: number | null = null) => ({
  promptTokens,
  completionTokens,
  reportedPriceAmount: reported,
  reportedPriceCurrency: reported === null ? null : 'USD',
  cachedPromptTokens: 0,
  cacheWriteTokens: 0,
});

describe('costOfUsage', () => {
  it('prices tokens with the table for a listed model', () => {
    expect(costOfUsage('gpt-4o-mini', usage(1_000_000, 500_000), PRICE_TABLE_2026_11)).toMatchObject({
      costUsd: 0.45,
      tableCostUsd: 0.45,
      priceSource: 'price_table:2026-11',
      tableVersion: '2026-11',
      currency: 'USD',
    });
  });

  it('prefers the price the provider reported, and still computes the table price for audit', () => {
    expect(costOfUsage('gpt-4o-mini', usage(1_000, 1_000, 0.0123), PRICE_TABLE_2026_11)).toMatchObject({
      costUsd: 0.0123,
      priceSource: 'provider_reported',
      tableCostUsd: 0.00075,
    });
  });

  it('ignores a reported price in another currency', () => {
    expect(
      costOfUsage(
        'gpt-4o-mini',
        { ...usage(1_000_000, 0), reportedPriceAmount: 1, reportedPriceCurrency: 'CNY' },
        PRICE_TABLE_2026_11,
      ).priceSource,
    ).toBe('price_table:2026-11');
  });

  it('prices a batch call at the model batch rates, half the list price, and says so', () => {
    expect(costOfUsage('gpt-4o-mini', usage(1_000_000, 500_000), PRICE_TABLE_2026_12, 'batch')).toMatchObject(
      {
        costUsd: 0.225,
        priceSource: 'price_table:2026-12:batch',
      },
    );
    expect(costOfUsage('claude-sonnet-4-5', usage(1_000_000, 0), PRICE_TABLE_2026_12, 'batch').costUsd).toBe(
      1.5,
    );
  });

  it('prices a batch call at list when the table has no batch rates for the model', () => {
    const table: PriceTable = {
      ...PRICE_TABLE_2026_11,
      models: { m: { inputPerMillion: 1, outputPerMillion: 1 } },
    };
    expect(costOfUsage('m', usage(1_000_000, 0), table, 'batch')).toMatchObject({
      costUsd: 1,
      priceSource: 'price_table:2026-11',
    });
  });

  it('falls back for an unknown model and says so', () => {
    expect(costOfUsage('mystery-model', usage(2_000_000, 0), PRICE_TABLE_2026_11)).toMatchObject({
      costUsd: 0.3,
      priceSource: 'price_table:2026-11:fallback',
    });
  });
});

describe('tokensCost', () => {
  it('is exact for the demo’s token counts (no float drift)', () => {
    // The README demo: 3,238,565 prompt + 503,892 completion tokens at $0.15 / $0.60 per million.
    expect(tokensCost(3_238_565, 503_892, { inputPerMillion: 0.15, outputPerMillion: 0.6 })).toBe(0.78811995);
  });
});

describe('prompt-cache pricing (price table 2026-12)', () => {
  it('prices cache reads at the cached rate and the rest of the prompt at the input rate (OpenAI)', () => {
    const cost = costOfUsage(
      'gpt-4o-mini',
      { ...usage(2_000_000, 0), cachedPromptTokens: 1_000_000 },
      PRICE_TABLE_2026_12,
    );
    expect(cost.costUsd).toBe(0.225);
    expect(cost.priceSource).toBe('price_table:2026-12');
  });

  it('prices Anthropic cache writes at 1.25× and reads at 0.1× the input rate', () => {
    const cost = costOfUsage(
      'claude-sonnet-4-5',
      { ...usage(3_000_000, 0), cachedPromptTokens: 1_000_000, cacheWriteTokens: 1_000_000 },
      PRICE_TABLE_2026_12,
    );
    expect(cost.costUsd).toBe(3 + 0.3 + 3.75);
  });

  it('never lets cache tokens beyond the prompt tokens price below zero', () => {
    expect(tokensCost(100, 0, PRICE_TABLE_2026_12.models['gpt-4o-mini'], { read: 500, written: 500 })).toBe(
      0.0000075,
    );
  });

  it('keeps every input and output rate of 2026-11, so costs recorded before it do not move', () => {
    for (const [model, price] of Object.entries(PRICE_TABLE_2026_11.models)) {
      expect(PRICE_TABLE_2026_12.models[model]).toMatchObject(price);
    }
    expect(PRICE_TABLES.map((t) => t.version)).toEqual(['2026-11', '2026-12']);
  });
});

describe('priceTableAt', () => {
  const older: PriceTable = { ...PRICE_TABLE_2026_11, version: '2026-01', effectiveFrom: '2026-01-01' };
  const newer: PriceTable = { ...PRICE_TABLE_2026_11, version: '2027-01', effectiveFrom: '2027-01-01' };

  it('picks the version in force when the usage was recorded', () => {
    const tables = [older, PRICE_TABLE_2026_11, newer];
    expect(priceTableAt(new Date('2026-06-30T23:59:59Z'), tables).version).toBe('2026-01');
    expect(priceTableAt(new Date('2026-11-01T00:00:00Z'), tables).version).toBe('2026-11');
    expect(priceTableAt(new Date('2027-03-01T00:00:00Z'), tables).version).toBe('2027-01');
  });

  it('uses the oldest version for usage older than every table', () => {
    expect(priceTableAt(new Date('2020-01-01T00:00:00Z'), [older, newer]).version).toBe('2026-01');
  });
});
