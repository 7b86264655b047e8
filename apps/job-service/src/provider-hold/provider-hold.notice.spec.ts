import { firstHold, ProviderHoldNotice } from './provider-hold.notice';

const notice = (hold_key: string, since: string): ProviderHoldNotice => ({
  reason: 'provider_quota',
  provider: 'openai',
  hold_key,
  error_code: 'insufficient_quota',
  message: 'You exceeded your current quota',
  action: 'Add credit',
  since,
});

describe('firstHold', () => {
  it('is null without holds, and the oldest hold when several endpoints are held', () => {
    expect(firstHold([])).toBeNull();
    const older = notice('b', '2026-12-06T05:00:00.000Z');
    expect(firstHold([notice('a', '2026-12-06T06:00:00.000Z'), older])).toBe(older);
  });
});
