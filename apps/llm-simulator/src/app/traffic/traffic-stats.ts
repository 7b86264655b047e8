/** Which API a request spoke. */
export type SimulatedApi = 'dify' | 'openai' | 'anthropic' | 'other';

/** Which batch API answered a batched request. */
export type SimulatedBatchApi = 'openai_batch' | 'anthropic_batch';

interface Counter {
  requests: number;
  promptTokens: number;
  completionTokens: number;
  totalTokens: number;
}

interface SecondBucket {
  second: number;
  requests: number;
  tokens: number;
  /** Counted by separate input and output limits (Anthropic ITPM / OTPM), where they apply. */
  inputTokens: number;
  outputTokens: number;
}

const HISTOGRAM_SECONDS = 3_600;
const WINDOW_SECONDS = 60;

function emptyCounter(): Counter {
  return { requests: 0, promptTokens: 0, completionTokens: 0, totalTokens: 0 };
}

/**
 * Requests and tokens served, as totals by API and HTTP status, per second for the last hour, in the current
 * sliding 60-s window, and the worst 60-s window seen since the last reset (of requests and of tokens).
 */
export class TrafficStats {
  private startedAt = Date.now();
  private totals = emptyCounter();
  private byApiStatus = new Map<string, Counter>();
  private buckets: SecondBucket[] = [];
  private worstRequests = { count: 0, endedAt: 0 };
  private worstTokens = { count: 0, endedAt: 0 };

  constructor(private readonly now: () => number = Date.now) {}

  /**
   * Records one answered request and the tokens it billed; the per-second and window figures count `chargedTokens`
   * (what the API's rate limit counts) when given.
   */
  record(
    api: SimulatedApi,
    status: number,
    promptTokens: number,
    completionTokens: number,
    chargedTokens?: number,
    countedApart?: { inputTokens: number; outputTokens: number },
  ): void {
    const total = promptTokens + completionTokens;
    for (const counter of [this.totals, this.counterFor(api, status)]) {
      counter.requests += 1;
      counter.promptTokens += promptTokens;
      counter.completionTokens += completionTokens;
      counter.totalTokens += total;
    }
    const bucket = this.bucketFor(Math.floor(this.now() / 1000));
    bucket.requests += 1;
    bucket.tokens += chargedTokens ?? total;
    bucket.inputTokens += countedApart?.inputTokens ?? 0;
    bucket.outputTokens += countedApart?.outputTokens ?? 0;
    const window = this.currentWindow();
    if (window.requests > this.worstRequests.count)
      this.worstRequests = { count: window.requests, endedAt: bucket.second };
    if (window.tokens > this.worstTokens.count)
      this.worstTokens = { count: window.tokens, endedAt: bucket.second };
  }

  /**
   * Records one request answered inside a batch: in the totals and by API, but not in the per-second figures,
   * which are what the interactive rate limit counts (batches have their own queue limits).
   */
  recordBatched(
    api: SimulatedBatchApi,
    status: number,
    promptTokens: number,
    completionTokens: number,
  ): void {
    for (const counter of [this.totals, this.counterFor(api, status)]) {
      counter.requests += 1;
      counter.promptTokens += promptTokens;
      counter.completionTokens += completionTokens;
      counter.totalTokens += promptTokens + completionTokens;
    }
  }

  /** Sums over the last 60 seconds, this one included. */
  currentWindow(): { requests: number; tokens: number } {
    const from = Math.floor(this.now() / 1000) - WINDOW_SECONDS + 1;
    let requests = 0;
    let tokens = 0;
    for (let i = this.buckets.length - 1; i >= 0 && this.buckets[i].second >= from; i--) {
      requests += this.buckets[i].requests;
      tokens += this.buckets[i].tokens;
    }
    return { requests, tokens };
  }

  /** JSON served at `GET /_sim/stats`. */
  snapshot(): Record<string, unknown> {
    const byApi: Record<string, Record<string, Counter>> = {};
    for (const [key, counter] of this.byApiStatus) {
      const [api, status] = key.split(':');
      (byApi[api] ??= {})[status] = { ...counter };
    }
    return {
      since: new Date(this.startedAt).toISOString(),
      totals: { ...this.totals, byApi },
      window60s: this.currentWindow(),
      worst60s: {
        requests: this.worstRequests.count,
        requestsWindowEndedAt: this.worstRequests.endedAt
          ? new Date(this.worstRequests.endedAt * 1000).toISOString()
          : null,
        tokens: this.worstTokens.count,
        tokensWindowEndedAt: this.worstTokens.endedAt
          ? new Date(this.worstTokens.endedAt * 1000).toISOString()
          : null,
      },
      perSecond: this.buckets.map((b) => ({
        t: b.second,
        requests: b.requests,
        tokens: b.tokens,
        inputTokens: b.inputTokens,
        outputTokens: b.outputTokens,
      })),
    };
  }

  /** Back to zero. */
  reset(): void {
    this.startedAt = this.now();
    this.totals = emptyCounter();
    this.byApiStatus.clear();
    this.buckets = [];
    this.worstRequests = { count: 0, endedAt: 0 };
    this.worstTokens = { count: 0, endedAt: 0 };
  }

  private counterFor(api: SimulatedApi | SimulatedBatchApi, status: number): Counter {
    const key = `${api}:${status}`;
    let counter = this.byApiStatus.get(key);
    if (!counter) {
      counter = emptyCounter();
      this.byApiStatus.set(key, counter);
    }
    return counter;
  }

  private bucketFor(second: number): SecondBucket {
    const last = this.buckets[this.buckets.length - 1];
    if (last && last.second === second) return last;
    const bucket = { second, requests: 0, tokens: 0, inputTokens: 0, outputTokens: 0 };
    this.buckets.push(bucket);
    while (this.buckets.length > 0 && this.buckets[0].second <= second - HISTOGRAM_SECONDS)
      this.buckets.shift();
    return bucket;
  }
}
