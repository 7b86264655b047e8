import { BATCH_PRICE_FACTOR, laneCost } from './lane-estimate';
import { PRICE_TABLE_2026_12 } from './price-table';

describe('laneCost', () => {
  const mini = PRICE_TABLE_2026_12.models['gpt-4o-mini'];
  const tokens = {
    promptTokens: 2_000_000,
    completionTokens: 1_000_000,
    cachedPromptTokens: 1_000_000,
    cacheWriteTokens: 0,
  };

  it('prices cache reads at the cached rate, or everything as plain input without the cache', () => {
    expect(laneCost(tokens, mini, 'interactive')).toBeCloseTo(0.15 + 0.075 + 0.6, 10);
    expect(laneCost(tokens, mini, 'interactive', false)).toBeCloseTo(0.3 + 0.6, 10);
  });

  it('bills the batch lane at half the interactive price, cache discount included', () => {
    expect(BATCH_PRICE_FACTOR).toBe(0.5);
    expect(laneCost(tokens, mini, 'batch')).toBeCloseTo((0.15 + 0.075 + 0.6) / 2, 10);
  });
});
