import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError } from '@content-pipeline/config';
import { loadVersionStoreConfig } from './version-store.config';

describe('loadVersionStoreConfig', () => {
  it('merges API keys from the variable and the file', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'vs-keys-')), 'keys');
    writeFileSync(file, 'file-key-0001:reviewer:bob\n');
    const config = loadVersionStoreConfig({
      API_KEYS: 'env-key-0001:operator:alice',
      API_KEYS_FILE: file,
    });
    expect(config.apiKeys.get('env-key-0001')).toEqual({ role: 'operator', id: 'alice' });
    expect(config.apiKeys.get('file-key-0001')).toEqual({ role: 'reviewer', id: 'bob' });
  });

  it('names the variable of a bad key list', () => {
    expect(() => loadVersionStoreConfig({ API_KEYS: 'env-key-0001:root' })).toThrow(
      /API_KEYS: entry 1 has role "root"/,
    );
    expect(() => loadVersionStoreConfig({ API_KEYS_FILE: '/nonexistent/keys' })).toThrow(ConfigError);
  });
});
