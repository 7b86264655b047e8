import { AuthFailureThrottle } from './auth-failure-throttle';

describe('AuthFailureThrottle', () => {
  it('lets a client fail up to the allowance, then names the seconds until its oldest failure expires', () => {
    const throttle = new AuthFailureThrottle(3, 60_000);
    throttle.recordFailure('10.0.0.1', 0);
    throttle.recordFailure('10.0.0.1', 10_000);
    expect(throttle.retryAfterSeconds('10.0.0.1', 10_000)).toBe(0);
    throttle.recordFailure('10.0.0.1', 20_000);
    expect(throttle.retryAfterSeconds('10.0.0.1', 20_000)).toBe(40);
    expect(throttle.retryAfterSeconds('10.0.0.2', 20_000)).toBe(0);
  });

  it('lets the client in again once enough failures have left the window', () => {
    const throttle = new AuthFailureThrottle(2, 60_000);
    throttle.recordFailure('a', 0);
    throttle.recordFailure('a', 30_000);
    expect(throttle.retryAfterSeconds('a', 59_999)).toBe(1);
    expect(throttle.retryAfterSeconds('a', 60_000)).toBe(0);
  });
});
