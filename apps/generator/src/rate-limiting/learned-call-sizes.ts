import type { ProviderConfig } from '@content-pipeline/llm-providers';
import { OutputTokenCaps, UsageForecast } from '@content-pipeline/rate-limiting';
import { rowsOf, type SqlRunner } from './llm-budget.store';

/** How often an instance writes what it learned and reads what the others did. */
const SHARE_EVERY_MS = 5_000;

/** Whose answers the sizes are: the model (a Dify workflow's is behind its URL). */
export function learnedCallSizeScope(provider: ProviderConfig): string {
  return provider.kind === 'dify' ? `dify:${provider.baseUrl}` : `${provider.kind}:${provider.model}`;
}

interface LearnedRow {
  measure: 'forecast' | 'answers';
  kind: string;
  mean: number | null;
  samples: number;
  answers: number[] | null;
}

/**
 * What every instance of the group learned about its kinds of calls (table `generator.llm_learned_call_size`),
 * scoped to the model that answers them: answer lengths belong to a model and its prompts, not to a budget.
 */
export class LearnedCallSizeStore {
  constructor(
    private readonly sql: SqlRunner,
    readonly scope: string,
  ) {}

  async read(): Promise<LearnedRow[]> {
    return rowsOf<LearnedRow>(
      await this.sql.query(
        `SELECT measure, kind, mean, samples, answers FROM generator.llm_learned_call_size WHERE scope = $1`,
        [this.scope],
      ),
    );
  }

  /** One statement for every row; a row another instance wrote with more samples is kept. */
  async write(rows: readonly LearnedRow[]): Promise<void> {
    if (rows.length === 0) return;
    await this.sql.query(
      `INSERT INTO generator.llm_learned_call_size AS stored (scope, measure, kind, mean, samples, answers)
       SELECT $1, r.measure, r.kind, r.mean, r.samples, r.answers
         FROM jsonb_to_recordset($2::jsonb) AS r(measure text, kind text, mean float8, samples int, answers jsonb)
       ON CONFLICT (scope, measure, kind) DO UPDATE
         SET mean = excluded.mean, samples = excluded.samples, answers = excluded.answers, updated_at = now()
         WHERE excluded.samples >= stored.samples OR stored.updated_at < now() - interval '10 minutes'`,
      [this.scope, JSON.stringify(rows)],
    );
  }
}

/**
 * This instance's forecasts and `max_tokens` caps, shared with the group: a started or restarted instance begins
 * with what the others learned instead of the configured maximum. Without it each instance's first calls of every
 * kind reserved the maximum output (2,048 for answers of ~300): on Anthropic's output limit the first minute after
 * a start ran at a fraction of the budget, and so did the minute after an instance was replaced. Sharing is best
 * effort: an unreachable table leaves each instance learning on its own.
 */
export class LearnedCallSizes {
  readonly forecast = new UsageForecast();
  readonly outputCaps: OutputTokenCaps;
  private timer?: NodeJS.Timeout;
  private sharing?: Promise<void>;

  constructor(
    private readonly store: LearnedCallSizeStore,
    maxOutputTokens: number,
    private readonly warn: (message: string, context: Record<string, unknown>) => void,
  ) {
    this.outputCaps = new OutputTokenCaps(maxOutputTokens);
  }

  /** Reads the group's sizes (before the first call), then shares every {@link SHARE_EVERY_MS}. */
  async start(): Promise<void> {
    await this.share();
    this.timer = setInterval(() => void this.share(), SHARE_EVERY_MS);
    this.timer.unref();
  }

  /** Called by Nest on shutdown: what this instance learned last is kept for the next one. */
  onApplicationShutdown(): Promise<void> {
    return this.stop();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.sharing;
    await this.share();
  }

  /** Writes what this instance knows, then adopts what the group knows better. One share at a time. */
  share(): Promise<void> {
    this.sharing ??= this.exchange().finally(() => (this.sharing = undefined));
    return this.sharing;
  }

  private async exchange(): Promise<void> {
    try {
      await this.store.write(this.rows());
      for (const row of await this.store.read()) {
        if (row.measure === 'forecast' && row.mean !== null)
          this.forecast.adopt(row.kind, { mean: row.mean, samples: row.samples });
        if (row.measure === 'answers' && Array.isArray(row.answers))
          this.outputCaps.adopt(row.kind, row.answers);
      }
    } catch (error) {
      this.warn('Could not share learned call sizes with the group', {
        scope: this.store.scope,
        error: (error as Error).message,
      });
    }
  }

  private rows(): LearnedRow[] {
    const rows: LearnedRow[] = [];
    for (const [kind, { mean, samples }] of this.forecast.learned())
      rows.push({ measure: 'forecast', kind, mean, samples, answers: null });
    for (const [kind, answers] of this.outputCaps.recentAnswers())
      rows.push({ measure: 'answers', kind, mean: null, samples: answers.length, answers: [...answers] });
    return rows;
  }
}
