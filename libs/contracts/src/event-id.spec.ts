import { derivedEventId, taskIdFor } from './event-id';

describe('derivedEventId', () => {
  it('is stable for the same inputs and differs otherwise', () => {
    expect(derivedEventId('generation', 'job', 'SKU-1', 'en', 1)).toBe(
      derivedEventId('generation', 'job', 'SKU-1', 'en', 1),
    );
    expect(derivedEventId('generation', 'job', 'SKU-1', 'en', 1)).not.toBe(
      derivedEventId('generation', 'job', 'SKU-1', 'en', 2),
    );
  });

  it('is shaped like an RFC 4122 UUID', () => {
    expect(derivedEventId('x')).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });

  it('does not collide when parts are re-split', () => {
    expect(derivedEventId('k', 'ab', 'c')).not.toBe(derivedEventId('k', 'a', 'bc'));
    expect(taskIdFor('job-1', 'SKU-1', 'de')).toBe('job-1:SKU-1:de');
  });
});
