import { uniqueRunTag, waitFor } from './index';

describe('waitFor', () => {
  it('returns the first accepted value', async () => {
    let calls = 0;
    const value = await waitFor(
      async () => ++calls,
      (n) => n >= 3,
      { timeoutMs: 1_000, intervalMs: 1, description: 'three calls' },
    );
    expect(value).toBe(3);
  });

  it('fails with the last value and what it waited for', async () => {
    await expect(
      waitFor(
        async () => 'nope',
        () => false,
        { timeoutMs: 20, intervalMs: 5, description: 'never' },
      ),
    ).rejects.toThrow(/waiting for never; last value: "nope"/);
  });
});

describe('uniqueRunTag', () => {
  it('makes distinct tags', () => {
    expect(uniqueRunTag('t')).not.toBe(uniqueRunTag('t'));
  });
});
