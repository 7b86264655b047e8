import {
  CallNotAdmittedError,
  ContentGenerationProvider,
  GenerationInput,
} from '@content-pipeline/llm-providers';
import type { LlmAdmission } from '../rate-limiting/llm-admission';

/**
 * A small fixed product: the probe asks the provider for real content, so a success proves the key, the quota,
 * the model and the workflow's outputs at once (a bare "ping" would not show a contract mismatch).
 */
const PROBE_INPUT: Omit<GenerationInput, 'promptVersion'> = {
  skuId: 'provider-hold-probe',
  productName: '不锈钢保温杯 500ml',
  productDescription: '双层真空不锈钢保温杯，容量500毫升，保温12小时，适合办公和户外使用。',
  category: 'kitchen',
  attributes: { 容量: '500ml', 材质: '304不锈钢' },
  targetLanguage: 'en',
  attempt: 1,
};

/** One probe call through the shared budget (it counts like any call), outside the breaker and the hold. */
export class ProviderProbe {
  constructor(
    private readonly provider: ContentGenerationProvider,
    private readonly admission: LlmAdmission,
    private readonly settings: { maxOutputTokens: number; hardTimeoutMs: number; promptVersion: string },
  ) {}

  async run(): Promise<void> {
    const signal = AbortSignal.timeout(this.settings.hardTimeoutMs);
    // Each of the probe's calls is admitted at its turn like any call, and keeps its whole reservation, answered
    // or not: no provider's rule counts more than prompt + maximum output, and a probe a minute is not worth
    // settling.
    try {
      await this.provider.generate(
        { ...PROBE_INPUT, promptVersion: this.settings.promptVersion },
        {
          signal,
          admitCall: async (call) => {
            try {
              await this.admission.acquire(
                call.promptTokens + this.settings.maxOutputTokens,
                'priority',
                signal,
              );
            } catch (error) {
              throw new CallNotAdmittedError(error);
            }
            return { billed: () => undefined };
          },
        },
      );
    } catch (error) {
      // A probe that timed out waiting for the budget says nothing about the provider.
      throw error instanceof CallNotAdmittedError ? error.cause : error;
    }
  }
}
