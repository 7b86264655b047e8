import { anthropicCachePolicy, OPENAI_CACHE_POLICY, PromptCache } from './prompt-cache';

describe('PromptCache', () => {
  it('never caches a prefix below the minimum length', () => {
    const cache = new PromptCache();
    cache.use('short', 1000, 0, OPENAI_CACHE_POLICY);
    expect(cache.use('short', 1000, 1, OPENAI_CACHE_POLICY)).toEqual({ read: 0, written: 0 });
  });

  it('writes on the first use, reads in 128-token steps within the lifetime, and forgets after it', () => {
    const cache = new PromptCache();
    expect(cache.use('p', 1300, 0, OPENAI_CACHE_POLICY)).toEqual({ read: 0, written: 1280 });
    expect(cache.use('p', 1300, 60_000, OPENAI_CACHE_POLICY)).toEqual({ read: 1280, written: 0 });
    // Each hit refreshes the entry: 5 min after the last use is still a hit, 5 min + 1 ms after is not.
    expect(cache.use('p', 1300, 360_000, OPENAI_CACHE_POLICY).read).toBe(1280);
    expect(cache.use('p', 1300, 660_001, OPENAI_CACHE_POLICY)).toEqual({ read: 0, written: 1280 });
  });

  it('applies the longer minimum of Haiku 4.5', () => {
    const cache = new PromptCache();
    const haiku = anthropicCachePolicy('claude-haiku-4-5');
    cache.use('p', 2000, 0, haiku);
    expect(cache.use('p', 2000, 1, haiku).read).toBe(0);
    const sonnet = anthropicCachePolicy('claude-sonnet-4-5');
    cache.use('q', 2000, 0, sonnet);
    expect(cache.use('q', 2000, 1, sonnet)).toEqual({ read: 2000, written: 0 });
  });
});
