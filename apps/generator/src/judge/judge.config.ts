import { z } from 'zod';
import {
  booleanFlag,
  ConfigError,
  Environment,
  loadConfig,
  positiveInt,
  processEnvironment,
  resolveSecret,
  secretEnv,
} from '@content-pipeline/config';
import type { JudgeProviderConfig, ProviderConfig } from '@content-pipeline/llm-providers';

const judgeEnv = z.object({
  /** Off: judge requests are answered with a failed judgement saying so (nothing is called or billed). */
  JUDGE_ENABLED: booleanFlag(true),
  JUDGE_CONCURRENCY: positiveInt(4),
  /**
   * How long a judge call waits, at most, for generation calls to stop queueing for the shared budget before it
   * queues itself (on the bulk lane, behind them). Generation never waits for the judge; a judge call is not
   * starved for ever either.
   */
  JUDGE_YIELD_MAX_MS: positiveInt(30_000),
  /**
   * The judge's endpoint when generation runs on Dify (a workflow runs only its own steps): an OpenAI-compatible
   * chat API, by default `/v1` on the Dify host (where the bundled simulator serves one; a real Dify does not, so
   * set it). With openai or anthropic generation, the judge uses the generation provider and model.
   */
  JUDGE_OPENAI_BASE_URL: z.string().url().optional(),
  JUDGE_OPENAI_MODEL: z.string().min(1).default('gpt-4o-mini'),
  JUDGE_MAX_OUTPUT_TOKENS: positiveInt(1_024),
  ...secretEnv('JUDGE_OPENAI_API_KEY'),
});

export interface JudgeConfig {
  enabled: boolean;
  concurrency: number;
  yieldMaxMs: number;
  provider: JudgeProviderConfig;
}

/** The judge's settings, read once at start-up next to the generator's (the judge's calls share its budget). */
export function loadJudgeConfig(
  generation: ProviderConfig,
  env: Environment = processEnvironment(),
): JudgeConfig {
  const vars = loadConfig(judgeEnv, env);
  let apiKey: string;
  try {
    apiKey = resolveSecret(vars, 'JUDGE_OPENAI_API_KEY', 'sk-simulator') as string;
  } catch (error) {
    throw new ConfigError([{ variable: 'JUDGE_OPENAI_API_KEY_FILE', problem: (error as Error).message }]);
  }
  const provider: JudgeProviderConfig =
    generation.kind === 'dify'
      ? {
          kind: 'openai',
          baseUrl: (vars.JUDGE_OPENAI_BASE_URL ?? `${new URL(generation.baseUrl).origin}/v1`).replace(
            /\/+$/,
            '',
          ),
          apiKey,
          model: vars.JUDGE_OPENAI_MODEL,
          timeoutMs: generation.timeoutMs,
          maxOutputTokens: vars.JUDGE_MAX_OUTPUT_TOKENS,
          responseFormat: 'json_schema',
          stream: false,
        }
      : { ...generation, maxOutputTokens: vars.JUDGE_MAX_OUTPUT_TOKENS };
  return {
    enabled: vars.JUDGE_ENABLED,
    concurrency: vars.JUDGE_CONCURRENCY,
    yieldMaxMs: vars.JUDGE_YIELD_MAX_MS,
    provider,
  };
}
