import type {
  ContentGenerationProvider,
  GenerateOptions,
  GenerationInput,
  GenerationResult,
} from '@content-pipeline/llm-providers';
import type { ProviderCircuitBreaker } from '../circuit-breaker/provider-circuit-breaker';
import type { GeneratorMetrics } from '../generator.metrics';
import type { ProviderHold } from '../provider-hold/provider-hold';
import type { LlmAdmission, LlmReservation } from '../rate-limiting/llm-admission';
import { GuardedContentProvider, type GuardSettings } from './guarded-content.provider';

/** What the fake admission saw: each acquire's size (asked as the queue head would) and the settlements. */
class RecordingAdmission {
  readonly acquired: { tokens: number; ahead: boolean; outputTokens?: number }[] = [];
  readonly settled: number[] = [];
  readonly settledOutput: (number | undefined)[] = [];
  released = 0;
  waitMs = 0;

  async acquire(
    tokens: () => { tokens: number; outputTokens?: number },
    _lane: string,
    _signal: AbortSignal,
    _requests = 1,
    ahead = false,
  ): Promise<LlmReservation> {
    const size = tokens();
    this.acquired.push({
      tokens: size.tokens,
      ahead,
      ...(size.outputTokens ? { outputTokens: size.outputTokens } : {}),
    });
    if (this.waitMs > 0) await new Promise((resolve) => setTimeout(resolve, this.waitMs));
    return {
      tokens: size.tokens,
      tokenIntervalMs: 1,
      requestIntervalMs: 1,
      outputTokens: size.outputTokens ?? 0,
      outputIntervalMs: size.outputTokens === undefined ? null : 1,
    };
  }
  settle(_reservation: LlmReservation, tokens: number, outputTokens?: number): void {
    this.settled.push(tokens);
    this.settledOutput.push(outputTokens);
  }
  async release(): Promise<void> {
    this.released += 1;
  }
  async noteHints(): Promise<void> {}
  async cooldown(): Promise<void> {}
}

/** A chat generation: an extraction and a content call, each admitted and billed 2,100 + 500 tokens. */
class TwoCallProvider implements ContentGenerationProvider {
  readonly name = 'anthropic';
  sent = 0;
  /** The `max_tokens` each call was sent with (undefined: the configured maximum). */
  readonly maxOutputTokens: (number | undefined)[] = [];
  async generate(_input: GenerationInput, options: GenerateOptions): Promise<GenerationResult> {
    for (const step of ['extraction', 'content'] as const) {
      const admitted = await options.admitCall?.({ step, promptTokens: 1_000 });
      this.sent += 1;
      this.maxOutputTokens.push(admitted?.maxOutputTokens);
      admitted?.billed({ promptTokens: 1_100, completionTokens: 500 });
    }
    return { calls: 2 } as GenerationResult;
  }
}

const input = { skuId: 'SKU-1', targetLanguage: 'en', promptVersion: 'v1' } as GenerationInput;

function guard(
  admission: RecordingAdmission,
  provider: ContentGenerationProvider = new TwoCallProvider(),
  settings: Partial<GuardSettings> = {},
) {
  const breaker = { run: <T>(action: () => Promise<T>) => action(), isOpen: false };
  const hold = { untilReleased: async () => undefined, isHeld: false, succeeded: () => undefined };
  const metrics = {
    llmCalls: { inc: () => undefined },
    llmCallDuration: { observe: () => undefined },
    truncatedResends: { inc: () => undefined },
  };
  return new GuardedContentProvider(
    provider,
    breaker as unknown as ProviderCircuitBreaker,
    admission as unknown as LlmAdmission,
    hold as unknown as ProviderHold,
    metrics as unknown as GeneratorMetrics,
    {
      maxOutputTokens: 2_048,
      hardTimeoutMs: 5_000,
      tokenAccounting: 'anthropic_input_output',
      outputCap: 'configured',
      ...settings,
    },
  );
}

describe('GuardedContentProvider', () => {
  it('admits each HTTP call of a generation at its own turn, the later one ahead of new generations', async () => {
    const admission = new RecordingAdmission();
    await guard(admission).generate(input, 'bulk', new AbortController().signal);
    expect(admission.acquired).toEqual([
      { tokens: 1_000 + 2_048, ahead: false },
      { tokens: 1_000 + 2_048, ahead: true },
    ]);
  });

  it('reserves the maximum output until three calls of a kind finished, then what they added', async () => {
    const admission = new RecordingAdmission();
    const guarded = guard(admission);
    for (let i = 0; i < 4; i += 1) await guarded.generate(input, 'bulk', new AbortController().signal);
    // Uncached input + output: 1,600 counted, 600 more than the prompt estimate.
    expect(admission.acquired.map((a) => a.tokens)).toEqual([
      3_048, 3_048, 3_048, 3_048, 3_048, 3_048, 1_600, 1_600,
    ]);
    // Cold reservations give nothing back; forecast ones settle to what was counted.
    expect(admission.settled).toEqual([3_048, 3_048, 3_048, 3_048, 3_048, 3_048, 1_600, 1_600]);
  });

  it('sizes OpenAI max_tokens from the answers of the kind of call, so the admission charge follows them', async () => {
    const admission = new RecordingAdmission();
    const provider = new TwoCallProvider();
    const guarded = guard(admission, provider, {
      tokenAccounting: 'openai_admission',
      outputCap: 'observed',
    });
    for (let i = 0; i < 9; i += 1) await guarded.generate(input, 'bulk', new AbortController().signal);
    // Three answers of 500 tokens per step, then 500 × 1.1 + 32 = 582 instead of the configured 2,048.
    expect(provider.maxOutputTokens.slice(0, 6)).toEqual(Array(6).fill(undefined));
    expect(provider.maxOutputTokens.slice(6, 8)).toEqual([582, 582]);
    expect(admission.acquired.slice(6, 8).map((a) => a.tokens)).toEqual([1_000 + 582, 1_000 + 582]);
    // OpenAI keeps its admission charge: the prompt as counted plus the max_tokens sent.
    expect(admission.settled.slice(6, 8)).toEqual([1_100 + 582, 1_100 + 582]);
  });

  it('with separate input and output budgets reserves the prompt and the forecast output apart, settled to what was counted', async () => {
    const admission = new RecordingAdmission();
    const provider = new TwoCallProvider();
    const guarded = guard(admission, provider, { separateOutputBudget: true, outputCap: 'observed' });
    for (let i = 0; i < 9; i += 1) await guarded.generate(input, 'bulk', new AbortController().signal);
    expect(admission.acquired[0]).toEqual({ tokens: 1_000, outputTokens: 2_048, ahead: false });
    // The input error (100) and the output (500, sent with max_tokens 582) learned after three calls of the kind.
    expect(admission.acquired[6]).toEqual({ tokens: 1_100, outputTokens: 500, ahead: false });
    expect(provider.maxOutputTokens[6]).toBe(582);
    // Each settled to what Anthropic counted, as it corrects its own max_tokens estimate at the end.
    expect(admission.settled[6]).toBe(1_100);
    expect(admission.settledOutput[0]).toBe(500);
    expect(admission.settledOutput[6]).toBe(500);
  });

  it('resends an answer cut off at its sized cap with room for twice the cut, not the configured maximum', async () => {
    const admission = new RecordingAdmission();
    const sent: (number | undefined)[] = [];
    // Content calls of 500 tokens; the fifth is 900 long, cut off at the sized cap, and resent as a chat
    // workflow does.
    const provider: ContentGenerationProvider = {
      name: 'anthropic',
      generate: async (_input: GenerationInput, options: GenerateOptions) => {
        const needed = sent.length === 4 ? 900 : 500;
        let admitted = await options.admitCall?.({ step: 'content', promptTokens: 1_000 });
        for (;;) {
          const cap = admitted?.maxOutputTokens ?? 2_048;
          sent.push(admitted?.maxOutputTokens);
          const truncated = needed > cap;
          admitted?.billed(
            { promptTokens: 1_000, completionTokens: Math.min(needed, cap) },
            undefined,
            truncated,
          );
          if (!truncated) break;
          admitted = await options.admitCall?.({
            step: 'content',
            promptTokens: 1_000,
            resendOfTruncated: true,
          });
        }
        return { calls: 1 } as GenerationResult;
      },
    };
    const guarded = guard(admission, provider, { separateOutputBudget: true, outputCap: 'observed' });
    for (let i = 0; i < 5; i += 1) await guarded.generate(input, 'bulk', new AbortController().signal);
    // 500 × 1.1 + 32 = 582 once learned; cut at 582, counted as 1,164: 1,164 × 1.1 + 32 = 1,313 for the resend.
    expect(sent).toEqual([undefined, undefined, undefined, 582, 582, 1_313]);
    // The resend is a later call of its generation: ahead of new generations, its output reserved as the forecast.
    expect(admission.acquired[5].ahead).toBe(true);
    expect(admission.acquired[5].outputTokens).toBeLessThanOrEqual(1_313);
  });

  it('sizes max_tokens when the call reaches the head of the queue: a call queued before the cap was learned gets it', async () => {
    const queue: (() => void)[] = [];
    const admission = new RecordingAdmission();
    // Sized only when let through, as the admission loop sizes the head of its queue.
    admission.acquire = (size: () => { tokens: number; outputTokens?: number }) =>
      new Promise<LlmReservation>((resolve) =>
        queue.push(() => {
          const { tokens, outputTokens } = size();
          resolve({
            tokens,
            tokenIntervalMs: 1,
            requestIntervalMs: 1,
            outputTokens: outputTokens ?? 0,
            outputIntervalMs: outputTokens === undefined ? null : 1,
          });
        }),
      );
    const provider = new TwoCallProvider();
    const guarded = guard(admission, provider, { separateOutputBudget: true, outputCap: 'observed' });
    const signal = new AbortController().signal;
    // Four generations queued at once, before any answer was seen.
    const generations = Array.from({ length: 4 }, () => guarded.generate(input, 'bulk', signal));
    const letThrough = async (n: number) => {
      for (let i = 0; i < n; i += 1) {
        await new Promise((resolve) => setImmediate(resolve));
        queue.shift()?.();
      }
    };
    // Three extractions, then their content calls; the fourth extraction waited all along.
    await letThrough(3);
    await letThrough(3);
    await letThrough(3);
    await Promise.all(generations);
    // In the order sent: three extractions with the configured maximum; the fourth extraction, queued with them,
    // with the cap learned from them while it waited (500 × 1.1 + 32); the first three content calls with the
    // maximum (no content answer seen yet), the fourth with the cap they taught.
    const configured = undefined;
    expect(provider.maxOutputTokens).toEqual([
      configured,
      configured,
      configured,
      582,
      configured,
      configured,
      configured,
      582,
    ]);
  });

  it('gives the admission back and sends nothing when the task was done elsewhere during a long wait', async () => {
    const admission = new RecordingAdmission();
    admission.waitMs = 1_050;
    const provider = new TwoCallProvider();
    const result = await guard(admission, provider).generate(
      input,
      'bulk',
      new AbortController().signal,
      async () => false,
    );
    expect(result).toBe('not_needed');
    expect(provider.sent).toBe(0);
    expect(admission.released).toBe(1);
  });
});
