import { ConfigError, generationTasksEnv, loadServiceConfig, toGenerationTaskSettings } from './index';

const load = (env: Record<string, string>) =>
  toGenerationTaskSettings(loadServiceConfig('ingester', 3001, generationTasksEnv, env).env);

describe('generation-task settings', () => {
  it('default to three attempts and ja, es, de, fr derived from English', () => {
    expect(load({})).toEqual({ maxAttempts: 3, derivedLanguages: ['ja', 'es', 'de', 'fr'] });
  });

  it('read PIVOT_LANGUAGES and GENERATION_MAX_ATTEMPTS', () => {
    expect(load({ PIVOT_LANGUAGES: 'de, fr', GENERATION_MAX_ATTEMPTS: '5' })).toEqual({
      maxAttempts: 5,
      derivedLanguages: ['de', 'fr'],
    });
  });

  it('refuse English or unknown derived languages and attempts outside 1..20', () => {
    expect(() => load({ PIVOT_LANGUAGES: 'en,ja' })).toThrow(/PIVOT_LANGUAGES/);
    expect(() => load({ PIVOT_LANGUAGES: 'ko' })).toThrow(ConfigError);
    expect(() => load({ GENERATION_MAX_ATTEMPTS: '0' })).toThrow(/GENERATION_MAX_ATTEMPTS/);
    expect(() => load({ GENERATION_MAX_ATTEMPTS: '21' })).toThrow(/GENERATION_MAX_ATTEMPTS/);
  });
});
