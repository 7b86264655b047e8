/**
 * Answers of a kind seen before its `max_tokens` is sized from them: until then a call gets the configured maximum.
 * Few, because every call before that holds the configured maximum of an output budget (on Anthropic's 80,000 OTPM
 * that is 39 calls a minute at 2,048); a cap sized from too few answers shows as a truncated answer, resent.
 */
const SAMPLES_TO_SIZE = 3;
/** The longest of this many recent answers is what the cap covers. */
const RECENT = 64;
/**
 * Room above the longest recent answer: a tenth more, and a few tokens for short answers. Every token of room is
 * held by Anthropic against its output limit while the call runs (and charged by OpenAI at admission), so it is
 * budget no answer uses: a quarter more held ~1.6× the mean answer and cost Anthropic's output budget the
 * headroom of ~2,000 tokens in flight at 80,000 OTPM.
 */
const HEADROOM_PERCENT = 110;
const HEADROOM_TOKENS = 32;

/**
 * A kind not yet sized borrows from the kinds of its step that are: this many times their longest recent answer.
 * The same step in another language or prompt version answers alike within a factor well under two (the
 * simulator's content answers: English ~280 tokens, German ~320, Japanese ~360), and a borrowed cap that is too
 * small shows as a truncated answer, resent with twice the room. Without it every kind's first calls went with the
 * configured maximum: on Anthropic's output limit each held 2,048 while it ran, and with three instances and five
 * languages the ~50 cold calls at start-up went one at a time, the io regime's slow first minute.
 */
const BORROWED_FACTOR = 2;

/** The `max_tokens` one call is sent with. */
export interface OutputCap {
  maxOutputTokens: number;
  /** True when sized from observed answers (below the configured maximum); false: the configured maximum. */
  sized: boolean;
}

/**
 * `max_tokens` per kind of call (its step, language and prompt version), sized from the answers such calls
 * actually gave: the longest of the last {@link RECENT} with headroom, never above the configured maximum. OpenAI
 * charges its token limit with the prompt plus `max_tokens` at admission and Anthropic estimates its output limit
 * from `max_tokens` until the answer ends, so a configured maximum far above real answers spends budget on tokens
 * never generated. A cap too small shows as a truncated answer (`finish_reason: length`, `stop_reason: max_tokens`):
 * the caller resends it once with the configured maximum, and the truncation doubles the kind's cap, so the next
 * calls of the kind are not cut either.
 */
export class OutputTokenCaps {
  private readonly kinds = new Map<string, number[]>();

  constructor(private readonly configuredMax: number) {}

  /**
   * The cap for the next call of `kind` (`step:…`): from its own recent answers, else borrowed from the sized kinds
   * of the same step, else the configured maximum.
   */
  capFor(kind: string): OutputCap {
    const recent = this.kinds.get(kind);
    if (recent && recent.length >= SAMPLES_TO_SIZE)
      return this.within(Math.ceil((Math.max(...recent) * HEADROOM_PERCENT) / 100) + HEADROOM_TOKENS);
    const step = stepOf(kind);
    let longest = 0;
    for (const [other, answers] of this.kinds)
      if (stepOf(other) === step && answers.length >= SAMPLES_TO_SIZE)
        longest = Math.max(longest, ...answers);
    return longest > 0
      ? this.within(Math.ceil(longest * BORROWED_FACTOR) + HEADROOM_TOKENS)
      : { maxOutputTokens: this.configuredMax, sized: false };
  }

  /**
   * Records a finished call's answer length. A truncated answer says the kind needs more than it got: it counts as
   * twice its length (at most the configured maximum) until {@link RECENT} later answers have pushed it out.
   */
  record(kind: string, completionTokens: number, truncated: boolean): void {
    const recent = this.kinds.get(kind) ?? [];
    recent.push(truncated ? Math.min(this.configuredMax, 2 * completionTokens) : completionTokens);
    if (recent.length > RECENT) recent.shift();
    this.kinds.set(kind, recent);
  }

  /** Each kind's recent answers (copies), for the instances of the group to share. */
  recentAnswers(): Map<string, readonly number[]> {
    return new Map([...this.kinds].map(([kind, answers]) => [kind, [...answers]]));
  }

  /**
   * Takes the answers another instance saw for `kind` when they are more than this instance's own: a started or
   * restarted instance sizes its first calls from the group's answers instead of the configured maximum.
   */
  adopt(kind: string, answers: readonly number[]): void {
    const valid = answers.filter((tokens) => Number.isFinite(tokens) && tokens >= 0).slice(-RECENT);
    if (valid.length > (this.kinds.get(kind)?.length ?? 0))
      this.kinds.set(
        kind,
        valid.map((tokens) => Math.min(this.configuredMax, tokens)),
      );
  }

  private within(cap: number): OutputCap {
    return cap >= this.configuredMax
      ? { maxOutputTokens: this.configuredMax, sized: false }
      : { maxOutputTokens: cap, sized: true };
  }
}

const stepOf = (kind: string): string => kind.split(':', 1)[0];
