import { z } from 'zod';
import {
  apiKeysEnv,
  booleanFlag,
  ConfigError,
  difyContractEnv,
  Environment,
  loadServiceConfig,
  positiveInt,
  resolveApiKeys,
  resolveSecret,
  secretEnv,
  toDifyContract,
} from '@content-pipeline/config';
import type { RetryPolicy } from '@content-pipeline/kafka-runtime';
import {
  ANTHROPIC_BATCH_LIMITS,
  DIFY_KNOWN_INPUTS,
  DIFY_OUTPUT_FIELDS,
  OPENAI_BATCH_LIMITS,
  type ProviderConfig,
} from '@content-pipeline/llm-providers';
import {
  defaultTokenAccounting,
  TOKEN_ACCOUNTING_RULES,
  type TokenAccountingRule,
} from '@content-pipeline/rate-limiting';

/** What the pipeline can send to a Dify workflow and read from it, for validating the contract variables. */
const DIFY_VOCABULARY = { knownInputs: DIFY_KNOWN_INPUTS, outputFields: DIFY_OUTPUT_FIELDS };

export const GENERATOR_SERVICE_NAME = 'generator';
export const GENERATOR_DEFAULT_PORT = 3002;

/**
 * Generator settings. The provider defaults to the Dify API of the bundled simulator on loopback, so a
 * real provider is one setting away: LLM_PROVIDER plus its URL and key.
 */
export function loadGeneratorConfig(env?: Environment) {
  const { service, env: vars } = loadServiceConfig(
    GENERATOR_SERVICE_NAME,
    GENERATOR_DEFAULT_PORT,
    {
      GENERATOR_CONCURRENCY: positiveInt(256),
      GENERATOR_PRIORITY_CONCURRENCY: positiveInt(64),
      GENERATOR_CONSUMER_GROUP: z
        .string()
        .regex(/^[A-Za-z0-9._-]+$/)
        .default('generator'),
      LLM_RPM_LIMIT: positiveInt(4_000),
      LLM_TPM_LIMIT: positiveInt(3_000_000),
      LLM_INPUT_TPM_LIMIT: z.coerce.number().int().positive().optional(),
      LLM_OUTPUT_TPM_LIMIT: z.coerce.number().int().positive().optional(),
      LLM_OUTPUT_CAP: z
        .enum(['observed', 'configured'], {
          message:
            'must be observed (max_tokens sized from answers) or configured (LLM_MAX_OUTPUT_TOKENS always)',
        })
        .default('observed'),
      LLM_RATE_LIMIT_BURST_RATIO: z.coerce.number().gt(0).max(0.2).default(0.005),
      LLM_RATE_LIMITER_KEY: z.string().min(1).max(200).default('default'),
      LLM_TOKEN_ACCOUNTING: z.enum(TOKEN_ACCOUNTING_RULES as [string, ...string[]]).optional(),
      LLM_HARD_TIMEOUT_MS: positiveInt(180_000),
      LLM_BREAKER_ROLLING_WINDOW_MS: positiveInt(60_000),
      LLM_BREAKER_VOLUME_THRESHOLD: positiveInt(20),
      LLM_BREAKER_ERROR_PERCENTAGE: z.coerce.number().gt(0).max(100).default(50),
      LLM_BREAKER_RESET_MS: positiveInt(30_000),
      LLM_BREAKER_CONSECUTIVE_FAULTS: positiveInt(5),
      PRIORITY_LAG_POLL_MS: positiveInt(250),
      LLM_HOLD_POLL_MS: positiveInt(2_000),
      LLM_HOLD_PROBE_MS: positiveInt(60_000),
      // The deployment's prompt version (the ingester records it on every task): the probe asks in it, so a Dify
      // app that runs one version's DSL (deploy/dify) answers the probe.
      PROMPT_VERSION: z
        .string()
        .regex(/^v\d+$/, 'must look like v1, v2, …')
        .default('v2'),
      LLM_HOLD_UNREACHABLE_AFTER_MS: positiveInt(600_000),
      LLM_HOLD_CONTRACT_FAILURES: positiveInt(5),
      ...apiKeysEnv,
      LLM_PROVIDER: z.enum(['dify', 'openai', 'anthropic']).default('dify'),
      LLM_TIMEOUT_MS: positiveInt(120_000),
      LLM_MAX_OUTPUT_TOKENS: positiveInt(2_048),
      DIFY_API_URL: z.string().url().default('http://127.0.0.1:18090'),
      ...secretEnv('DIFY_API_KEY'),
      DIFY_RESPONSE_MODE: z.enum(['streaming', 'blocking']).default('streaming'),
      ...difyContractEnv(DIFY_VOCABULARY),
      OPENAI_BASE_URL: z.string().url().default('http://127.0.0.1:18090/v1'),
      ...secretEnv('OPENAI_API_KEY'),
      OPENAI_MODEL: z.string().min(1).default('gpt-4o-mini'),
      OPENAI_RESPONSE_FORMAT: z
        .enum(['json_schema', 'json_object'], {
          message:
            'must be json_schema (Structured Outputs) or json_object (JSON mode, for servers without schemas)',
        })
        .default('json_schema'),
      LLM_STREAM: booleanFlag(true),
      ANTHROPIC_BASE_URL: z.string().url().default('http://127.0.0.1:18090'),
      ...secretEnv('ANTHROPIC_API_KEY'),
      ANTHROPIC_MODEL: z.string().min(1).default('claude-sonnet-4-5'),
      ANTHROPIC_VERSION: z.string().default('2023-06-01'),
      LLM_BATCH_LANE: booleanFlag(false),
      LLM_BATCH_MAX_REQUESTS: z.coerce.number().int().positive().optional(),
      LLM_BATCH_MAX_BYTES: z.coerce.number().int().positive().optional(),
      LLM_BATCH_MAX_AGE_MS: positiveInt(60_000),
      LLM_BATCH_FLUSH_MS: positiveInt(1_000),
      LLM_BATCH_POLL_MS: positiveInt(30_000),
      LLM_BATCH_MAX_TRIES: positiveInt(2),
      LLM_BATCH_RETRY: z.enum(['batch', 'interactive']).default('batch'),
      LLM_BATCH_REGENERATIONS: z.enum(['interactive', 'batch']).default('interactive'),
    },
    env,
  );
  const timeoutMs = vars.LLM_TIMEOUT_MS;
  // Keys come from <NAME>_FILE (a mounted secret) or <NAME>; the simulator accepts any key, hence the defaults.
  const secret = (name: string, simulatorDefault: string) => {
    try {
      return resolveSecret(vars, name, simulatorDefault) as string;
    } catch (error) {
      throw new ConfigError([{ variable: `${name}_FILE`, problem: (error as Error).message }]);
    }
  };
  const maxOutputTokens = vars.LLM_MAX_OUTPUT_TOKENS;
  const providers: Record<ProviderConfig['kind'], ProviderConfig> = {
    dify: {
      kind: 'dify',
      baseUrl: vars.DIFY_API_URL.replace(/\/+$/, ''),
      apiKey: secret('DIFY_API_KEY', 'app-simulator'),
      responseMode: vars.DIFY_RESPONSE_MODE,
      timeoutMs,
      contract: toDifyContract(vars, DIFY_VOCABULARY),
    },
    openai: {
      kind: 'openai',
      baseUrl: vars.OPENAI_BASE_URL.replace(/\/+$/, ''),
      apiKey: secret('OPENAI_API_KEY', 'sk-simulator'),
      model: vars.OPENAI_MODEL,
      timeoutMs,
      maxOutputTokens,
      responseFormat: vars.OPENAI_RESPONSE_FORMAT,
      stream: vars.LLM_STREAM,
    },
    anthropic: {
      kind: 'anthropic',
      baseUrl: vars.ANTHROPIC_BASE_URL.replace(/\/+$/, ''),
      apiKey: secret('ANTHROPIC_API_KEY', 'sk-ant-simulator'),
      model: vars.ANTHROPIC_MODEL,
      timeoutMs,
      maxOutputTokens,
      anthropicVersion: vars.ANTHROPIC_VERSION,
      stream: vars.LLM_STREAM,
    },
  };
  if (vars.LLM_HARD_TIMEOUT_MS <= timeoutMs) {
    throw new ConfigError([
      { variable: 'LLM_HARD_TIMEOUT_MS', problem: `must be above LLM_TIMEOUT_MS (${timeoutMs})` },
    ]);
  }
  const tokenAccounting = (vars.LLM_TOKEN_ACCOUNTING ??
    defaultTokenAccounting(vars.LLM_PROVIDER)) as TokenAccountingRule;
  // Separate input and output budgets are Anthropic's (ITPM, OTPM); under another rule the output is in the TPM.
  const separateOutput = vars.LLM_OUTPUT_TPM_LIMIT !== undefined;
  if (separateOutput && tokenAccounting !== 'anthropic_input_output') {
    throw new ConfigError([
      {
        variable: 'LLM_OUTPUT_TPM_LIMIT',
        problem: `a separate output budget needs LLM_TOKEN_ACCOUNTING=anthropic_input_output (is ${tokenAccounting})`,
      },
    ]);
  }
  if (vars.LLM_INPUT_TPM_LIMIT !== undefined && !separateOutput) {
    throw new ConfigError([
      {
        variable: 'LLM_INPUT_TPM_LIMIT',
        problem: 'set with LLM_OUTPUT_TPM_LIMIT (otherwise use LLM_TPM_LIMIT)',
      },
    ]);
  }
  return {
    service,
    concurrency: vars.GENERATOR_CONCURRENCY,
    /**
     * Priority-lane requests in flight, in slots of their own: with the bulk lane's tasks holding every shared slot
     * while they wait for the budget, a new SKU's request waited for one of them to finish.
     */
    priorityConcurrency: vars.GENERATOR_PRIORITY_CONCURRENCY,
    consumerGroup: vars.GENERATOR_CONSUMER_GROUP,
    provider: providers[vars.LLM_PROVIDER],
    /** Four attempts in all (three retries): two in process, two more after a pass through the retry topic. */
    retryPolicy: GENERATOR_RETRY_POLICY,
    rateLimit: {
      limiterKey: vars.LLM_RATE_LIMITER_KEY,
      requestsPerMinute: vars.LLM_RPM_LIMIT,
      /** Input tokens per minute with a separate output budget (LLM_INPUT_TPM_LIMIT), else all tokens. */
      tokensPerMinute: separateOutput ? (vars.LLM_INPUT_TPM_LIMIT ?? vars.LLM_TPM_LIMIT) : vars.LLM_TPM_LIMIT,
      /** Anthropic's output tokens per minute, held apart from the input. */
      outputTokensPerMinute: vars.LLM_OUTPUT_TPM_LIMIT,
      burstRatio: vars.LLM_RATE_LIMIT_BURST_RATIO,
      // Above the largest single reservation (one HTTP call: its prompt + the maximum output) so one call always
      // fits the burst. Calls get slots ahead (ADMISSION_HORIZON_MS), so the burst need not absorb late wake-ups:
      // every token of it is taken from the sustained rate.
      minTokenBurst: 2 * maxOutputTokens,
      /** How the provider counts a call's tokens (its own rule unless set, e.g. the model's rule behind Dify). */
      tokenAccounting,
    },
    maxOutputTokens,
    /** `max_tokens` per call sized from the answers such calls gave (observed), or always the configured one. */
    outputCap: vars.LLM_OUTPUT_CAP,
    hardTimeoutMs: vars.LLM_HARD_TIMEOUT_MS,
    breaker: {
      rollingWindowMs: vars.LLM_BREAKER_ROLLING_WINDOW_MS,
      volumeThreshold: vars.LLM_BREAKER_VOLUME_THRESHOLD,
      errorThresholdPercentage: vars.LLM_BREAKER_ERROR_PERCENTAGE,
      resetTimeoutMs: vars.LLM_BREAKER_RESET_MS,
      consecutiveFaults: vars.LLM_BREAKER_CONSECUTIVE_FAULTS,
    },
    priorityLagPollMs: vars.PRIORITY_LAG_POLL_MS,
    hold: {
      pollMs: vars.LLM_HOLD_POLL_MS,
      probeIntervalMs: vars.LLM_HOLD_PROBE_MS,
      probePromptVersion: vars.PROMPT_VERSION,
      unreachableAfterMs: vars.LLM_HOLD_UNREACHABLE_AFTER_MS,
      contractFailures: vars.LLM_HOLD_CONTRACT_FAILURES,
      /** The selected provider's key file (`<NAME>_FILE`): read again before each probe, so a rotated secret lifts the hold. */
      apiKeyFile: {
        dify: vars.DIFY_API_KEY_FILE,
        openai: vars.OPENAI_API_KEY_FILE,
        anthropic: vars.ANTHROPIC_API_KEY_FILE,
      }[vars.LLM_PROVIDER],
    },
    apiKeys: resolveApiKeys(vars),
    batchLane: batchLaneConfig(vars),
  };
}

/**
 * The batch lane: bulk requests go through the provider's Batch API at its batch price. Dify has none, so with
 * `LLM_PROVIDER=dify` the lane is off whatever `LLM_BATCH_LANE` says (the start-up log says so). Limits default
 * to the provider's documented ones and may only be lowered.
 */
function batchLaneConfig(vars: {
  LLM_PROVIDER: 'dify' | 'openai' | 'anthropic';
  LLM_BATCH_LANE: boolean;
  LLM_BATCH_MAX_REQUESTS?: number;
  LLM_BATCH_MAX_BYTES?: number;
  LLM_BATCH_MAX_AGE_MS: number;
  LLM_BATCH_FLUSH_MS: number;
  LLM_BATCH_POLL_MS: number;
  LLM_BATCH_MAX_TRIES: number;
  LLM_BATCH_RETRY: 'batch' | 'interactive';
  LLM_BATCH_REGENERATIONS: 'interactive' | 'batch';
}) {
  const documented =
    vars.LLM_PROVIDER === 'anthropic'
      ? ANTHROPIC_BATCH_LIMITS
      : vars.LLM_PROVIDER === 'openai'
        ? OPENAI_BATCH_LIMITS
        : undefined;
  const problems: { variable: string; problem: string }[] = [];
  if (documented && (vars.LLM_BATCH_MAX_REQUESTS ?? 0) > documented.maxRequests) {
    problems.push({
      variable: 'LLM_BATCH_MAX_REQUESTS',
      problem: `${vars.LLM_PROVIDER} takes at most ${documented.maxRequests} requests per batch`,
    });
  }
  if (documented && (vars.LLM_BATCH_MAX_BYTES ?? 0) > documented.maxBytes) {
    problems.push({
      variable: 'LLM_BATCH_MAX_BYTES',
      problem: `${vars.LLM_PROVIDER} takes at most ${documented.maxBytes} bytes per batch`,
    });
  }
  if (problems.length) throw new ConfigError(problems);
  return {
    /** Asked for (LLM_BATCH_LANE), whether or not the provider has a batch API. */
    requested: vars.LLM_BATCH_LANE,
    enabled: vars.LLM_BATCH_LANE && documented !== undefined,
    maxRequests: vars.LLM_BATCH_MAX_REQUESTS ?? documented?.maxRequests ?? 1,
    maxBytes: vars.LLM_BATCH_MAX_BYTES ?? documented?.maxBytes ?? 1,
    maxAgeMs: vars.LLM_BATCH_MAX_AGE_MS,
    flushMs: vars.LLM_BATCH_FLUSH_MS,
    pollMs: vars.LLM_BATCH_POLL_MS,
    /** Batch tries of one task attempt (expired, errored, missing) before it goes interactive. */
    maxTries: vars.LLM_BATCH_MAX_TRIES,
    /** Where an expired or errored request goes next: a later batch (until maxTries), or straight interactive. */
    retry: vars.LLM_BATCH_RETRY,
    /** Attempts after the first (the gate's regenerations): interactive by default, to close the loop sooner. */
    regenerations: vars.LLM_BATCH_REGENERATIONS,
  };
}

/** At most three retries per task, then the dead-letter topic with the last error. */
export const GENERATOR_RETRY_POLICY: RetryPolicy = {
  inProcessAttempts: 2,
  baseDelayMs: 1_000,
  maxDelayMs: 10_000,
  retryTopicDelaysMs: [30_000],
};

export type GeneratorConfig = ReturnType<typeof loadGeneratorConfig>;
