import { ProviderError } from '@content-pipeline/llm-providers';
import { toPipelineError } from './generate-content.use-case';

describe('toPipelineError', () => {
  it('dead-letters what retrying cannot fix, keeping the provider code', () => {
    const error = toPipelineError(
      new ProviderError('fatal', 'provider_not_initialize', 'no model credentials', 400),
    );
    expect(error).toMatchObject({ retriable: false, code: 'provider_provider_not_initialize' });
    expect(error.message).toContain('not retriable');
  });

  it.each(['retriable', 'rate_limited', 'content_failure', 'quota_exhausted'] as const)(
    'retries a %s failure',
    (kind) => {
      expect(toPipelineError(new ProviderError(kind, 'x', 'm', 500))).toMatchObject({
        retriable: true,
        code: 'provider_x',
      });
    },
  );

  it('treats an unexpected error as transient', () => {
    expect(toPipelineError(new Error('socket hang up'))).toMatchObject({
      retriable: true,
      code: 'provider_unexpected',
    });
  });
});
