import { derivedLanguagesOf, GenerationTaskPolicy } from './generation-task-policy';

const policy: GenerationTaskPolicy = { maxAttempts: 3, derivedLanguages: ['ja', 'de'] };

describe('derivedLanguagesOf', () => {
  it('fans English out to the configured languages and a derived language to none', () => {
    expect(derivedLanguagesOf('en', policy)).toEqual(['ja', 'de']);
    expect(derivedLanguagesOf('ja', policy)).toEqual([]);
  });

  it('returns a copy the caller may change without changing the policy', () => {
    derivedLanguagesOf('en', policy).push('fr');
    expect(policy.derivedLanguages).toEqual(['ja', 'de']);
  });
});
