import { PRICE_TABLE_2026_11 } from './price-table';
import { costOfUsage } from './usage-cost';

const usage = (promptTokens: number, completionTokens: number, reported: number | null = null) => ({
  promptTokens,
  completionTokens,
  reportedPriceAmount: reported,
  reportedPriceCurrency: reported === null ? null : 'USD',
});

describe('costOfUsage', () => {
  it('prices tokens with the table for a listed model', () => {
    expect(costOfUsage('gpt-4o-mini', usage(1_000_000, 500_000), PRICE_TABLE_2026_11)).toEqual({
      costUsd: 0.45,
      priceSource: 'price_table:2026-11',
    });
  });

  it('prefers the price the provider reported', () => {
    expect(costOfUsage('whatever', usage(10, 10, 0.0123), PRICE_TABLE_2026_11)).toEqual({
      costUsd: 0.0123,
      priceSource: 'provider_reported',
    });
  });

  it('falls back for an unknown model and says so', () => {
    expect(costOfUsage('mystery-model', usage(2_000_000, 0), PRICE_TABLE_2026_11)).toEqual({
      costUsd: 0.3,
      priceSource: 'price_table:2026-11:fallback',
    });
  });
});
