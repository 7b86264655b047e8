import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError } from '@content-pipeline/config';
import { loadGeneratorConfig } from './generator.config';

describe('loadGeneratorConfig', () => {
  it('defaults to the simulator behind the Dify API', () => {
    const config = loadGeneratorConfig({});
    expect(config.provider).toMatchObject({
      kind: 'dify',
      baseUrl: 'http://127.0.0.1:18090',
      responseMode: 'streaming',
    });
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
