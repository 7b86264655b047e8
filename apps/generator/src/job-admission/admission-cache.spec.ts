import { AdmissionCache, supersedes } from './admission-cache';

describe('AdmissionCache', () => {
  it('remembers a job’s admission for the TTL only', () => {
    let now = 0;
    const cache = new AdmissionCache(5_000, () => now);
    expect(cache.get('job-1')).toBeUndefined();
    cache.set('job-1', false);
    now = 4_999;
    expect(cache.get('job-1')).toBe(false);
    now = 5_000;
    expect(cache.get('job-1')).toBeUndefined();
  });

  it('forgets a job at once when this instance applied a change', () => {
    const cache = new AdmissionCache(5_000, () => 0);
    cache.set('job-1', false);
    cache.forget('job-1');
    expect(cache.get('job-1')).toBeUndefined();
  });

  it('stays bounded, dropping the oldest entry', () => {
    const cache = new AdmissionCache(5_000, () => 0, 2);
    cache.set('a', true);
    cache.set('b', true);
    cache.set('c', false);
    expect(cache.get('a')).toBeUndefined();
    expect(cache.get('c')).toBe(false);
  });
});

describe('supersedes', () => {
  it('applies only a later sequence: a redelivered or late event changes nothing', () => {
    expect(supersedes(1, undefined)).toBe(true);
    expect(supersedes(3, { sequence: 2 })).toBe(true);
    expect(supersedes(2, { sequence: 2 })).toBe(false);
    expect(supersedes(1, { sequence: 2 })).toBe(false);
  });
});
