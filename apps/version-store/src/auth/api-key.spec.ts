import { parseApiKeys, presentedApiKey } from './api-key';

describe('parseApiKeys', () => {
  it('reads key:role[:principal] entries separated by commas or lines', () => {
    const keys = parseApiKeys(
      'op-key-123:operator:alice, rev-key-456:reviewer\n# comment\n\nview-key-789:viewer',
    );
    expect(keys.get('op-key-123')).toEqual({ role: 'operator', principal: 'alice' });
    expect(keys.get('rev-key-456')?.role).toBe('reviewer');
    expect(keys.get('rev-key-456')?.principal).toMatch(/^reviewer:[0-9a-f]{8}$/);
    expect(keys.get('view-key-789')?.role).toBe('viewer');
  });

  it('accepts nothing configured', () => {
    expect(parseApiKeys('').size).toBe(0);
  });

  it('refuses unknown roles, short keys and repeated keys without echoing the key', () => {
    expect(() => parseApiKeys('secret-key-1:admin')).toThrow(/role "admin"/);
    expect(() => parseApiKeys('short:viewer')).toThrow(/at least 8/);
    expect(() => parseApiKeys('secret-key-1:viewer,secret-key-1:operator')).toThrow(/repeats a key/);
    expect(() => parseApiKeys('secret-key-1:admin')).not.toThrow(/secret-key-1/);
  });
});

describe('presentedApiKey', () => {
  it('takes a bearer token or the x-api-key header', () => {
    expect(presentedApiKey({ authorization: 'Bearer abc' })).toBe('abc');
    expect(presentedApiKey({ 'x-api-key': 'def' })).toBe('def');
    expect(presentedApiKey({ authorization: 'Basic xyz' })).toBeUndefined();
    expect(presentedApiKey({})).toBeUndefined();
  });
});
