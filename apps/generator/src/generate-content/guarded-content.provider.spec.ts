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
import { GuardedContentProvider } from './guarded-content.provider';

/** What the fake admission saw: each acquire's size (asked as the queue head would) and the settlements. */
class RecordingAdmission {
  readonly acquired: { tokens: number; ahead: boolean }[] = [];
  readonly settled: number[] = [];
  released = 0;
  waitMs = 0;

  async acquire(
    tokens: number | (() => number),
    _lane: string,
    _signal: AbortSignal,
    _requests = 1,
    ahead = false,
  ): Promise<LlmReservation> {
    const size = typeof tokens === 'number' ? tokens : tokens();
    this.acquired.push({ tokens: size, ahead });
    if (this.waitMs > 0) await new Promise((resolve) => setTimeout(resolve, this.waitMs));
    return { tokens: size, tokenIntervalMs: 1, requestIntervalMs: 1 };
  }
  settle(_reservation: LlmReservation, tokens: number): void {
    this.settled.push(tokens);
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
  async generate(_input: GenerationInput, options: GenerateOptions): Promise<GenerationResult> {
    for (const step of ['extraction', 'content'] as const) {
      const admitted = await options.admitCall?.({ step, promptTokens: 1_000 });
      this.sent += 1;
      admitted?.billed({ promptTokens: 1_100, completionTokens: 500 });
    }
    return { calls: 2 } as GenerationResult;
  }
}

const input = { skuId: 'SKU-1', targetLanguage: 'en', promptVersion: 'v1' } as GenerationInput;

function guard(admission: RecordingAdmission, provider = new TwoCallProvider()) {
  const breaker = { run: <T>(action: () => Promise<T>) => action(), isOpen: false };
  const hold = { untilReleased: async () => undefined, isHeld: false, succeeded: () => undefined };
  const metrics = { llmCalls: { inc: () => undefined }, llmCallDuration: { observe: () => undefined } };
  return new GuardedContentProvider(
    provider,
    breaker as unknown as ProviderCircuitBreaker,
    admission as unknown as LlmAdmission,
    hold as unknown as ProviderHold,
    metrics as unknown as GeneratorMetrics,
    { maxOutputTokens: 2_048, hardTimeoutMs: 5_000, tokenAccounting: 'anthropic_input_output' },
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
