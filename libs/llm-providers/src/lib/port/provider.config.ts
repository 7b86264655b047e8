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
  /** How the pipeline's inputs and fields meet the workflow's variables; the project's DSL when absent. */
  contract?: DifyContractConfig;
}

/** The workflow's interface as configured (`DIFY_WORKFLOW_INPUTS`, `DIFY_FEEDBACK_INPUT`, `DIFY_OUTPUT_MAP`). */
export interface DifyContractConfig {
  /** The start-node inputs to send: `auto` asks the app (`GET /v1/parameters`), a list names them. */
  inputs: 'auto' | readonly string[];
  /** The input that carries the gate's feedback on a regeneration; `null` when the workflow takes none. */
  feedbackInput: string | null;
  /** Output variable → content field, over the defaults (`h1_tag` → `h1` …). */
  outputMap: Readonly<Record<string, string>>;
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
  /** `json_schema` (Structured Outputs, strict) unless the endpoint only supports JSON mode. */
  responseFormat: 'json_schema' | 'json_object';
  /** Stream answers (server-sent events) rather than wait for the whole body. */
  stream: boolean;
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
  /** Stream answers (server-sent events) rather than wait for the whole body. */
  stream: boolean;
}

/** Provider selection, validated by the config library before it reaches {@link createProvider}. */
export type ProviderConfig = DifyProviderConfig | OpenAiProviderConfig | AnthropicProviderConfig;
