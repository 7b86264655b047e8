/** Dify Workflow API: the workflow (see deploy/dify/content-generation.yml) runs all LLM steps server-side. */
export interface DifyProviderConfig {
  kind: 'dify';
  /** Without `/v1`, e.g. `https://dify.example.com`. */
  baseUrl: string;
  apiKey: string;
  responseMode: 'streaming' | 'blocking';
  /** Default end-user id when the input names none. */
  user?: string;
  timeoutMs: number;
}

/** Any OpenAI-compatible chat completions endpoint (OpenAI, Azure, vLLM, LiteLLM) selected by `baseUrl`. */
export interface OpenAiProviderConfig {
  kind: 'openai';
  /** With the version segment, e.g. `https://api.openai.com/v1`. */
  baseUrl: string;
  apiKey: string;
  model: string;
  timeoutMs: number;
  maxOutputTokens: number;
  extraHeaders?: Record<string, string>;
}

/** Anthropic Messages API. */
export interface AnthropicProviderConfig {
  kind: 'anthropic';
  /** Without `/v1`, e.g. `https://api.anthropic.com`. */
  baseUrl: string;
  apiKey: string;
  model: string;
  timeoutMs: number;
  maxOutputTokens: number;
  anthropicVersion: string;
}

/** Provider selection, validated by the config library before it reaches {@link createProvider}. */
export type ProviderConfig = DifyProviderConfig | OpenAiProviderConfig | AnthropicProviderConfig;
