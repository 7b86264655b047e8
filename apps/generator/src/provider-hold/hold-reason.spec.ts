import { ProviderError } from '@content-pipeline/llm-providers';
import { ContractMismatchDetector } from './contract-mismatch.detector';
import { holdReasonFor } from './hold-reason';

describe('holdReasonFor (failures that stop the line)', () => {
  it.each([
    ['an OpenAI wrong key', new ProviderError('fatal', 'invalid_api_key', 'm', 401), 'provider_auth'],
    ['an Anthropic wrong key', new ProviderError('fatal', 'authentication_error', 'm', 401), 'provider_auth'],
    ['a Dify wrong key', new ProviderError('fatal', 'unauthorized', 'm', 401), 'provider_auth'],
    ['a 403', new ProviderError('fatal', 'http_403', 'm', 403), 'provider_auth'],
    [
      'OpenAI insufficient_quota',
      new ProviderError('quota_exhausted', 'insufficient_quota', 'm', 429),
      'provider_quota',
    ],
    ['Dify plan limit', new ProviderError('quota_exhausted', 'rate_limit_error', 'm', 429), 'provider_quota'],
    [
      'Dify provider quota',
      new ProviderError('fatal', 'provider_quota_exceeded', 'm', 400),
      'provider_quota',
    ],
    ['Anthropic billing', new ProviderError('fatal', 'billing_error', 'm', 402), 'provider_quota'],
    ['an OpenAI unknown model', new ProviderError('fatal', 'model_not_found', 'm', 404), 'provider_model'],
    ['an Anthropic unknown model', new ProviderError('fatal', 'not_found_error', 'm', 404), 'provider_model'],
    [
      'a model the key may not use (403)',
      new ProviderError('fatal', 'model_not_allowed', 'm', 403),
      'provider_model',
    ],
    [
      'Dify model not supported',
      new ProviderError('fatal', 'model_currently_not_support', 'm', 400),
      'provider_model',
    ],
    [
      'an adapter’s contract check',
      new ProviderError('content_failure', 'contract_mismatch', 'm'),
      'provider_contract',
    ],
  ])('holds on %s', (_, error, reason) => {
    expect(holdReasonFor(error)).toBe(reason);
  });

  it.each([
    ['a 429', new ProviderError('rate_limited', 'too_many_requests', 'm', 429)],
    ['a 5xx', new ProviderError('retriable', 'internal_server_error', 'm', 500)],
    ['a bad request of one task', new ProviderError('fatal', 'invalid_request_error', 'm', 400)],
    ['an unusable answer', new ProviderError('content_failure', 'invalid_output', 'm')],
    ['anything else', new Error('boom')],
  ])('leaves %s to the task', (_, error) => {
    expect(holdReasonFor(error)).toBeUndefined();
  });
});

describe('ContractMismatchDetector', () => {
  const missing = () =>
    new ProviderError('content_failure', 'invalid_output', 'dify: outputs lack translated_description');

  it('trips on the same failure over distinct tasks in a row', () => {
    const detector = new ContractMismatchDetector(3);
    expect(detector.failed(missing(), 'a')).toBe(false);
    expect(detector.failed(missing(), 'a')).toBe(false);
    expect(detector.failed(missing(), 'b')).toBe(false);
    expect(detector.failed(missing(), 'c')).toBe(true);
  });

  it('does not trip on varied failures or when a success comes between', () => {
    const detector = new ContractMismatchDetector(3);
    detector.failed(missing(), 'a');
    detector.failed(new ProviderError('content_failure', 'invalid_output', 'broken JSON at 12'), 'b');
    detector.failed(missing(), 'c');
    detector.succeeded();
    expect(detector.failed(missing(), 'd')).toBe(false);
    expect(detector.failed(missing(), 'e')).toBe(false);
    expect(detector.failed(new ProviderError('fatal', 'unauthorized', 'm', 401), 'f')).toBe(false);
  });
});
