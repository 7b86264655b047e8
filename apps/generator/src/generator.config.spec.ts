import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError } from '@content-pipeline/config';
import { loadGeneratorConfig } from './generator.config';

describe('loadGeneratorConfig', () => {
  it('probes a held provider in the deployment prompt version, v2 unless PROMPT_VERSION says otherwise', () => {
    expect(loadGeneratorConfig({}).hold.probePromptVersion).toBe('v2');
    expect(loadGeneratorConfig({ PROMPT_VERSION: 'v1' }).hold.probePromptVersion).toBe('v1');
    expect(() => loadGeneratorConfig({ PROMPT_VERSION: 'latest' })).toThrow(ConfigError);
  });

  it('turns the batch lane on for OpenAI and Anthropic with their documented limits, never for Dify', () => {
    expect(loadGeneratorConfig({ LLM_PROVIDER: 'openai', LLM_BATCH_LANE: 'true' }).batchLane).toMatchObject({
      enabled: true,
      maxRequests: 50_000,
      maxBytes: 200 * 1024 * 1024,
      retry: 'batch',
      regenerations: 'interactive',
    });
    expect(
      loadGeneratorConfig({
        LLM_PROVIDER: 'anthropic',
        LLM_BATCH_LANE: 'true',
        LLM_BATCH_MAX_REQUESTS: '500',
      }).batchLane,
    ).toMatchObject({ enabled: true, maxRequests: 500, maxBytes: 256 * 1024 * 1024 });
    expect(loadGeneratorConfig({ LLM_BATCH_LANE: 'true' }).batchLane).toMatchObject({
      requested: true,
      enabled: false,
    });
    expect(loadGeneratorConfig({ LLM_PROVIDER: 'openai' }).batchLane.enabled).toBe(false);
  });

  it('refuses batch limits above what the provider documents', () => {
    expect(() =>
      loadGeneratorConfig({
        LLM_PROVIDER: 'openai',
        LLM_BATCH_LANE: 'true',
        LLM_BATCH_MAX_REQUESTS: '60000',
      }),
    ).toThrow(/LLM_BATCH_MAX_REQUESTS/);
  });

  it('defaults to the simulator behind the Dify API', () => {
    const config = loadGeneratorConfig({});
    expect(config.provider).toMatchObject({
      kind: 'dify',
      baseUrl: 'http://127.0.0.1:18090',
      responseMode: 'streaming',
      contract: { inputs: 'auto', feedbackInput: 'feedback', outputMap: {} },
    });
  });

  it("takes the design workflow's contract and the OpenAI output mode from the environment", () => {
    expect(
      loadGeneratorConfig({
        DIFY_WORKFLOW_INPUTS: 'product_id,product_name,product_description,target_language,product_category',
        DIFY_FEEDBACK_INPUT: 'none',
        DIFY_OUTPUT_MAP: 'heading:h1',
      }).provider,
    ).toMatchObject({
      contract: {
        inputs: ['product_id', 'product_name', 'product_description', 'target_language', 'product_category'],
        feedbackInput: null,
        outputMap: { heading: 'h1' },
      },
    });
    expect(loadGeneratorConfig({ LLM_PROVIDER: 'openai' }).provider).toMatchObject({
      responseFormat: 'json_schema',
      stream: true,
    });
    expect(() => loadGeneratorConfig({ OPENAI_RESPONSE_FORMAT: 'text' })).toThrow(/OPENAI_RESPONSE_FORMAT/);
    expect(() => loadGeneratorConfig({ DIFY_OUTPUT_MAP: 'heading:title' })).toThrow(/DIFY_OUTPUT_MAP/);
  });

  it('reads a provider key from a mounted secret file in preference to the environment', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'generator-')), 'openai-key');
    writeFileSync(file, 'sk-from-file\n');
    const config = loadGeneratorConfig({
      LLM_PROVIDER: 'openai',
      OPENAI_API_KEY: 'sk-from-env',
      OPENAI_API_KEY_FILE: file,
    });
    expect(config.provider).toMatchObject({ kind: 'openai', apiKey: 'sk-from-file' });
  });

  it('names the secret file variable it cannot read', () => {
    expect(() => loadGeneratorConfig({ DIFY_API_KEY_FILE: '/nonexistent/dify-key' })).toThrow(ConfigError);
    expect(() => loadGeneratorConfig({ DIFY_API_KEY_FILE: '/nonexistent/dify-key' })).toThrow(
      /DIFY_API_KEY_FILE/,
    );
  });
});
