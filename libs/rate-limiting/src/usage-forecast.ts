/**
 * Samples of a kind of call before its forecast is trusted. Few: until then every call of the kind reserves the
 * maximum output and keeps it (on Anthropic's short answers, 40 % of the budget reaches the provider), and the
 * error of a mean of three calls (their spread is ~150 tokens on the simulator) is what the margin is for.
 */
const SAMPLES_TO_LEARN = 3;
/** After this many samples the mean follows recent calls (an exponential average of this span). */
const SPAN = 32;

/** A kind's mean and how many calls it rests on. */
export interface LearnedMean {
  mean: number;
  samples: number;
}

/**
 * What a kind of HTTP call (its step, language and prompt version) adds on top of its prompt estimate by the
 * provider's count, learned from finished calls: a running mean over the first {@link SPAN} calls, then an
 * exponential average, so a changed prompt or model is followed within a few dozen calls. Reserving the mean
 * instead of the maximum output keeps the admission charge close to what the provider counts; the error of each
 * call is settled afterwards.
 */
export class UsageForecast {
  private readonly kinds = new Map<string, LearnedMean>();

  /** The mean of `kind` once {@link SAMPLES_TO_LEARN} calls of it finished, else undefined. */
  expected(kind: string): number | undefined {
    const learned = this.kinds.get(kind);
    return learned && learned.samples >= SAMPLES_TO_LEARN ? learned.mean : undefined;
  }

  /** Each kind's mean and the calls it rests on, for the instances of the group to share. */
  learned(): Map<string, LearnedMean> {
    return new Map([...this.kinds].map(([kind, learned]) => [kind, { ...learned }]));
  }

  /** Takes another instance's mean for `kind` when it rests on more calls than this instance's own. */
  adopt(kind: string, learned: LearnedMean): void {
    if (!Number.isFinite(learned.mean) || !Number.isInteger(learned.samples)) return;
    if (learned.samples > (this.kinds.get(kind)?.samples ?? 0)) this.kinds.set(kind, { ...learned });
  }

  /** Records what a finished call of `kind` added on top of its prompt estimate. */
  record(kind: string, tokensBeyondPrompt: number): void {
    const learned = this.kinds.get(kind) ?? { mean: 0, samples: 0 };
    learned.samples += 1;
    learned.mean += (tokensBeyondPrompt - learned.mean) / Math.min(learned.samples, SPAN);
    this.kinds.set(kind, learned);
  }
}
