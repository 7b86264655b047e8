import { ProviderError } from '@content-pipeline/llm-providers';
import { isProviderFault } from './provider-fault';

describe('isProviderFault (what the breaker counts)', () => {
  it.each([
    ['a 5xx', new ProviderError('retriable', 'internal_server_error', 'm', 503)],
    ['a 408', new ProviderError('retriable', 'http_408', 'm', 408)],
    ['our timeout', new ProviderError('retriable', 'timeout', 'm')],
    ['the hard timeout', new ProviderError('retriable', 'hard_timeout', 'm')],
    ['a connection error', new ProviderError('retriable', 'connection_error', 'm')],
    ['a stream cut short', new ProviderError('retriable', 'stream_incomplete', 'm')],
  ])('counts %s', (_, error) => {
    expect(isProviderFault(error)).toBe(true);
  });

  it.each([
    ['a 429', new ProviderError('rate_limited', 'too_many_requests', 'm', 429, 1_000)],
    ['an exhausted quota', new ProviderError('quota_exhausted', 'insufficient_quota', 'm', 429)],
    ['an unusable answer', new ProviderError('content_failure', 'invalid_output', 'm')],
    ['a refused request', new ProviderError('fatal', 'unauthorized', 'm', 401)],
    ['a caller abort', new ProviderError('retriable', 'aborted', 'm')],
    ['a 409 conflict', new ProviderError('retriable', 'conflict', 'm', 409)],
    ['anything that is not a provider error', new Error('boom')],
  ])('ignores %s', (_, error) => {
    expect(isProviderFault(error)).toBe(false);
  });
});
