import { derivedEventId } from '@content-pipeline/contracts';
import {
  contentFailureRequestEventId,
  derivedLanguageRequestEventId,
  firstRequestEventId,
  humanCopyRequestEventId,
  regenerationRequestEventId,
  rejectionRequestEventId,
} from './request-ids';

// Requests already in flight (parked, on retry topics, recorded as decisions) carry these ids: each
// formula is pinned to the inputs it has always hashed, in that order.
describe('generation request ids', () => {
  it('derive the first English request from job, SKU, source hash and prompt version', () => {
    expect(firstRequestEventId('job', 'SKU-1', 'hash', 'v1')).toBe(
      derivedEventId('generation-requested', 'job', 'SKU-1', 'en', 'hash', 'v1', 1),
    );
    expect(firstRequestEventId('job', 'SKU-1', 'hash', 'v2')).not.toBe(
      firstRequestEventId('job', 'SKU-1', 'hash', 'v1'),
    );
  });

  it('derive a derived-language request from job, SKU, language and master version', () => {
    expect(derivedLanguageRequestEventId('job', 'SKU-1', 'ja', 'en-v1')).toBe(
      derivedEventId('generation-requested', 'job', 'SKU-1', 'ja', 'en-v1', 1),
    );
  });

  it('derive each retry from the task, the attempt and its cause, distinct per cause', () => {
    expect(regenerationRequestEventId('t', 2, 'verdict')).toBe(
      derivedEventId('generation-requested', 't', 2, 'verdict'),
    );
    expect(contentFailureRequestEventId('t', 2, 'request')).toBe(
      derivedEventId('generation-requested', 't', 2, 'request', 'content-failure'),
    );
    expect(rejectionRequestEventId('t', 2, 'version')).toBe(
      derivedEventId('generation-requested', 't', 2, 'review-rejection', 'version'),
    );
    expect(
      new Set([
        regenerationRequestEventId('t', 2, 'x'),
        contentFailureRequestEventId('t', 2, 'x'),
        rejectionRequestEventId('t', 2, 'x'),
      ]).size,
    ).toBe(3);
  });

  it('derive the request a human copy stands for from its content event id', () => {
    expect(humanCopyRequestEventId('generated')).toBe(
      derivedEventId('generation-requested', 'human', 'generated'),
    );
  });
});
