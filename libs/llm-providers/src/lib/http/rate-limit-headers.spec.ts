import { parseDurationMs, parseRetryAfterMs } from './rate-limit-headers';

describe('rate-limit headers', () => {
  it('parse OpenAI reset durations', () => {
    expect(parseDurationMs('20ms')).toBe(20);
    expect(parseDurationMs('1s')).toBe(1000);
    expect(parseDurationMs('6m0s')).toBe(360_000);
    expect(parseDurationMs('1h2m3.5s')).toBe(3_723_500);
    expect(parseDurationMs('garbage')).toBeUndefined();
  });

  it('parse Retry-After as seconds, HTTP date or retry-after-ms', () => {
    expect(parseRetryAfterMs(new Headers({ 'retry-after': '3' }))).toBe(3000);
    expect(parseRetryAfterMs(new Headers({ 'retry-after': '3', 'retry-after-ms': '1250' }))).toBe(1250);
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(parseRetryAfterMs(new Headers({ 'retry-after': 'Thu, 01 Jan 2026 00:00:05 GMT' }), now)).toBe(
      5000,
    );
  });
});
