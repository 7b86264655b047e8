import { z } from 'zod';
import { Environment, loadServiceConfig, positiveInt } from '@content-pipeline/config';
import type { ProviderConfig } from '@content-pipeline/llm-providers';

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
      LLM_PROVIDER: z.enum(['dify', 'openai', 'anthropic']).default('dify'),
      LLM_TIMEOUT_MS: positiveInt(120_000),
      LLM_MAX_OUTPUT_TOKENS: positiveInt(2_048),
      DIFY_API_URL: z.string().url().default('http://127.0.0.1:18090'),
      DIFY_API_KEY: z.string().min(1).default('app-simulator'),
      DIFY_RESPONSE_MODE: z.enum(['streaming', 'blocking']).default('streaming'),
      OPENAI_BASE_URL: z.string().url().default('http://127.0.0.1:18090/v1'),
      OPENAI_API_KEY: z.string().min(1).default('sk-simulator'),
      OPENAI_MODEL: z.string().min(1).default('gpt-4o-mini'),
      ANTHROPIC_BASE_URL: z.string().url().default('http://127.0.0.1:18090'),
      ANTHROPIC_API_KEY: z.string().min(1).default('sk-ant-simulator'),
      ANTHROPIC_MODEL: z.string().min(1).default('claude-sonnet-4-5'),
      ANTHROPIC_VERSION: z.string().default('2023-06-01'),
    },
    env,
  );
  const timeoutMs = vars.LLM_TIMEOUT_MS;
  const maxOutputTokens = vars.LLM_MAX_OUTPUT_TOKENS;
  const providers: Record<ProviderConfig['kind'], ProviderConfig> = {
    dify: {
      kind: 'dify',
      baseUrl: vars.DIFY_API_URL.replace(/\/+$/, ''),
      apiKey: vars.DIFY_API_KEY,
      responseMode: vars.DIFY_RESPONSE_MODE,
      timeoutMs,
    },
    openai: {
      kind: 'openai',
      baseUrl: vars.OPENAI_BASE_URL.replace(/\/+$/, ''),
      apiKey: vars.OPENAI_API_KEY,
      model: vars.OPENAI_MODEL,
      timeoutMs,
      maxOutputTokens,
    },
    anthropic: {
      kind: 'anthropic',
      baseUrl: vars.ANTHROPIC_BASE_URL.replace(/\/+$/, ''),
      apiKey: vars.ANTHROPIC_API_KEY,
      model: vars.ANTHROPIC_MODEL,
      timeoutMs,
      maxOutputTokens,
      anthropicVersion: vars.ANTHROPIC_VERSION,
    },
  };
  return { service, concurrency: vars.GENERATOR_CONCURRENCY, provider: providers[vars.LLM_PROVIDER] };
}

export type GeneratorConfig = ReturnType<typeof loadGeneratorConfig>;
