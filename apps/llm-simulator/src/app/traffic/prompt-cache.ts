import { createHash } from 'node:crypto';

/** How one provider's prompt cache behaves, from its documentation. */
export interface PromptCachePolicy {
  /** Prefixes shorter than this are never cached. */
  minTokens: number;
  /** An entry unused for this long is gone; every hit refreshes it. */
  ttlMs: number;
  /** Cached tokens are reported in steps of this many (OpenAI: 128); 1 = exact. */
  granularity: number;
}

/**
 * OpenAI: automatic for prompts of 1,024 tokens or more, hits reported in 128-token steps, entries evicted after
 * 5–10 minutes of inactivity (the simulator takes 5); writes cost nothing extra.
 */
export const OPENAI_CACHE_POLICY: PromptCachePolicy = {
  minTokens: 1024,
  ttlMs: 5 * 60_000,
  granularity: 128,
};

/**
 * Anthropic: only a prefix marked with `cache_control`, at least 1,024 tokens on Sonnet 4.5 (4,096 on Haiku 4.5),
 * five-minute lifetime refreshed on every read; a write is billed at 1.25× the input rate, a read at 0.1×.
 */
export function anthropicCachePolicy(model: string): PromptCachePolicy {
  const minTokens = /haiku-4|opus-4-5|opus-4-6/.test(model) ? 4096 : 1024;
  return { minTokens, ttlMs: 5 * 60_000, granularity: 1 };
}

/** What the cache did for one request's prefix. */
export interface PrefixCacheUse {
  /** Tokens served from the cache. */
  read: number;
  /** Tokens written to the cache (a miss on a cacheable prefix). */
  written: number;
}

/**
 * The simulated provider-side prompt cache: prefixes by content hash with their last use. Bounded, oldest out, as
 * a real cache evicts under pressure.
 */
export class PromptCache {
  private readonly lastUsed = new Map<string, number>();

  constructor(private readonly maxEntries = 10_000) {}

  /** Looks up (and stores or refreshes) the prefix `text` of `tokens` tokens at `now`. */
  use(text: string, tokens: number, now: number, policy: PromptCachePolicy): PrefixCacheUse {
    if (tokens < policy.minTokens) return { read: 0, written: 0 };
    const cacheable = Math.floor(tokens / policy.granularity) * policy.granularity;
    const key = createHash('sha256').update(text).digest('hex');
    const previous = this.lastUsed.get(key);
    this.lastUsed.delete(key);
    this.lastUsed.set(key, now);
    if (this.lastUsed.size > this.maxEntries) {
      const oldest = this.lastUsed.keys().next().value;
      if (oldest !== undefined) this.lastUsed.delete(oldest);
    }
    if (previous !== undefined && now - previous <= policy.ttlMs) return { read: cacheable, written: 0 };
    return { read: 0, written: cacheable };
  }
}
