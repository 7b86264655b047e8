import { LANGUAGE_CODES, LanguageCode } from '../content-under-review';
import { LANGUAGE_PROFILES } from '../languages/language-profiles';

/** Scripts and languages a field can be recognised as. `zh` is untranslated Chinese. */
export type DetectedLanguage = LanguageCode | 'zh' | 'unknown';

/** The outcome of recognising the language of one field. */
export interface LanguageGuess {
  language: DetectedLanguage;
  /** Evidence per space-separated language: weighted stopword hits plus distinctive characters. */
  scores: Record<Exclude<LanguageCode, 'ja'>, number>;
  /** Share of letters that are kana or kanji. */
  cjkShare: number;
  tokenCount: number;
}

const LATIN_LANGUAGES = LANGUAGE_CODES.filter((code): code is Exclude<LanguageCode, 'ja'> => code !== 'ja');

/**
 * A stopword shared by several languages (`de`, `la`, `en`) is weak evidence for each of them, so
 * every hit is weighted by 1 / (number of languages listing the word).
 */
const STOPWORD_WEIGHTS: ReadonlyMap<string, Partial<Record<LanguageCode, number>>> = (() => {
  const owners = new Map<string, LanguageCode[]>();
  for (const code of LATIN_LANGUAGES) {
    for (const word of new Set(LANGUAGE_PROFILES[code].stopwords)) {
      owners.set(word, [...(owners.get(word) ?? []), code]);
    }
  }
  const weights = new Map<string, Partial<Record<LanguageCode, number>>>();
  for (const [word, codes] of owners) {
    weights.set(word, Object.fromEntries(codes.map((code) => [code, 1 / codes.length])));
  }
  return weights;
})();

const KANA = /[\u3040-\u30ff\uff66-\uff9d]/gu;
const HAN = /\p{Script=Han}/gu;
const LETTER = /\p{L}/gu;

/**
 * Recognises the language of a text with script shares and stopword statistics; `ignoredWords` (lower-case, the
 * product's own name) are never evidence.
 */
export function detectLanguage(text: string, ignoredWords: ReadonlySet<string> = new Set()): LanguageGuess {
  const letters = (text.match(LETTER) ?? []).length;
  const kana = (text.match(KANA) ?? []).length;
  const han = (text.match(HAN) ?? []).length;
  const cjkShare = letters ? (kana + han) / letters : 0;
  const scores = { en: 0, es: 0, de: 0, fr: 0 };
  // A letter joined to a word by a hyphen (E-Scooter, T-Shirt, X-Ray) is part of a compound, not the word "e" or "a".
  // A capital letter after a number is a unit symbol (2.000 A, 12 V, 5 L), not the article "a" or "y".
  const lower = text
    .replace(/(?<=\d\s?)\p{Lu}(?![\p{L}])/gu, '')
    .toLowerCase()
    .replace(/(?<![\p{L}])\p{L}-(?=\p{L})/gu, '')
    // Letters glued to a number are an ordinal or a unit (4e, 2nd, 1er, 5000mAh), not a word like Spanish "e".
    .replace(/(?<=\d)\p{L}{1,3}(?![\p{L}])/gu, ' ')
    // 3-in-1, 2-en-1, 3-in-1-Nudelmaschine: a product term, not the English or Spanish preposition.
    .replace(/\d+-(?:in|en|em)-\d+/gu, ' ');
  const tokens = lower.match(/[\p{L}]+/gu) ?? [];
  for (const token of tokens) {
    const weights = STOPWORD_WEIGHTS.get(token);
    if (!weights || ignoredWords.has(token)) continue;
    for (const code of LATIN_LANGUAGES) scores[code] += weights[code] ?? 0;
  }
  // French elision (l’écharpe, d’air, qu’elle) is strong evidence; a lone "l" (4 L) is not.
  scores.fr +=
    Math.min((text.match(/(?<![\p{L}])(?:[ldnsjcm]|qu|jusqu)['’]\p{L}/giu) ?? []).length, 6) * 0.75;
  for (const code of LATIN_LANGUAGES) {
    const distinctive = LANGUAGE_PROFILES[code].distinctiveCharacters;
    if (!distinctive) continue;
    let hits = 0;
    for (const char of lower) if (distinctive.includes(char)) hits++;
    scores[code] += Math.min(hits, 6) * 0.5;
  }
  const tokenCount = tokens.length;
  let language: DetectedLanguage = 'unknown';
  if (kana >= 2 && cjkShare >= 0.3) language = 'ja';
  else if (han >= 4 && cjkShare >= 0.5) language = 'zh';
  else {
    const [best, second] = LATIN_LANGUAGES.map((code) => [code, scores[code]] as const).sort(
      (a, b) => b[1] - a[1],
    );
    if (best[1] > 0 && best[1] > second[1]) language = best[0];
  }
  return { language, scores, cjkShare, tokenCount };
}
