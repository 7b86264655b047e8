import { LanguageValues } from '@content-pipeline/contracts';
import { LANGUAGES, LANGUAGE_PROFILES, isLanguage, measureLength } from './language-catalogue';

describe('language catalogue', () => {
  it('lists the contracts’ languages, English first, each with its own profile', () => {
    expect(LANGUAGES).toEqual(LanguageValues);
    expect(LANGUAGES[0]).toBe('en');
    for (const language of LANGUAGES) expect(LANGUAGE_PROFILES[language].code).toBe(language);
  });

  it('recognises only the pipeline’s language codes', () => {
    expect(isLanguage('ja')).toBe(true);
    expect(isLanguage('zh')).toBe(false);
    expect(isLanguage('EN')).toBe(false);
    expect(isLanguage(undefined)).toBe(false);
  });

  it('measures Japanese limits in display width and the others in code points', () => {
    const title = '防水スピーカー';
    expect(measureLength(title, LANGUAGE_PROFILES.ja.lengthUnit)).toBe(14);
    expect(measureLength(title, LANGUAGE_PROFILES.de.lengthUnit)).toBe(7);
  });

  it('keeps every forbidden term matched by its own pattern', () => {
    for (const language of LANGUAGES) {
      for (const { term, pattern } of LANGUAGE_PROFILES[language].forbiddenTerms) {
        // Folded as the gate folds text; Japanese has no case or accents to strip.
        const folded = language === 'ja' ? term : term.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
        expect(new RegExp(`^(?:${pattern})$`, 'u').test(folded)).toBe(true);
      }
    }
  });
});
