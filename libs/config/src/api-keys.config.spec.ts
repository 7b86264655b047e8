import { parseApiKeys } from './api-keys.config';

describe('parseApiKeys', () => {
  it('reads key:role pairs separated by commas or lines', () => {
    expect(parseApiKeys('op-key-0123456789abcdef:operator,\n view-key-0123456789ab:viewer')).toEqual([
      { key: 'op-key-0123456789abcdef', role: 'operator' },
      { key: 'view-key-0123456789ab', role: 'viewer' },
    ]);
  });

  it('refuses unknown roles and short keys', () => {
    expect(() => parseApiKeys('k-0123456789abcdef:admin')).toThrow(/operator\|reviewer\|viewer/);
    expect(() => parseApiKeys('short:viewer')).toThrow(/at least 16/);
  });
});
