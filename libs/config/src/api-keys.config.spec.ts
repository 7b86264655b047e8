import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError } from './config.error';
import { parseApiKeys, resolveApiKeys } from './api-keys.config';

describe('parseApiKeys', () => {
  it('reads key:role[:principal] entries separated by commas or lines', () => {
    const keys = parseApiKeys(
      'op-key-123:operator:alice, rev-key-456:reviewer\n# comment\n\nview-key-789:viewer',
    );
    expect(keys.get('op-key-123')).toEqual({ role: 'operator', id: 'alice' });
    expect(keys.get('rev-key-456')?.id).toMatch(/^reviewer:[0-9a-f]{8}$/);
    expect(keys.get('view-key-789')?.role).toBe('viewer');
    expect(parseApiKeys('').size).toBe(0);
  });

  it('refuses unknown roles, short keys and repeated keys without echoing the key', () => {
    expect(() => parseApiKeys('secret-key-1:admin')).toThrow(/role "admin"/);
    expect(() => parseApiKeys('secret-key-1:admin')).not.toThrow(/secret-key-1/);
    expect(() => parseApiKeys('short:viewer')).toThrow(/at least 8/);
    expect(() => parseApiKeys('secret-key-1:viewer,secret-key-1:operator')).toThrow(/repeats a key/);
  });
});

describe('resolveApiKeys', () => {
  it('merges the mounted file over the variable', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'keys-')), 'keys');
    writeFileSync(file, 'file-key-0001:reviewer:bob\n');
    const keys = resolveApiKeys({ SVC_KEYS: 'env-key-0001:operator:alice', API_KEYS_FILE: file }, 'SVC_KEYS');
    expect([...keys.entries()]).toEqual([
      ['env-key-0001', { role: 'operator', id: 'alice' }],
      ['file-key-0001', { role: 'reviewer', id: 'bob' }],
    ]);
  });

  it('marks the keys of the principals named in API_ACTING_PRINCIPALS as acting for people', () => {
    const keys = resolveApiKeys({
      API_KEYS: 'console-key-01:operator:console,ops-key-0001:operator:alice',
      API_ACTING_PRINCIPALS: ['console'],
    });
    expect(keys.get('console-key-01')).toEqual({ role: 'operator', id: 'console', actsForPeople: true });
    expect(keys.get('ops-key-0001')?.actsForPeople).toBeUndefined();
  });

  it('names API_KEYS_FILE when the file is unreadable', () => {
    expect(() => resolveApiKeys({ API_KEYS_FILE: '/nonexistent/keys' })).toThrow(ConfigError);
  });
});
