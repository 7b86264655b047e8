import { LANGUAGE_PROFILES } from '../languages/language-profiles';
import { LanguageCode } from '../content-under-review';
import { extractDigitNumbers, extractWordNumbers } from './target-number-extraction';

const digits = (language: LanguageCode, text: string): number[] =>
  extractDigitNumbers(text, LANGUAGE_PROFILES[language]).map((mention) => mention.value);
const words = (language: LanguageCode, text: string): number[] =>
  extractWordNumbers(text, LANGUAGE_PROFILES[language]).map((mention) => mention.value);

describe('extractDigitNumbers', () => {
  it('reads German thousands dots and decimal commas', () => {
    expect(digits('de', '5.000 mAh, 5000 mAh, 1,2 cm, 40.000 Schwingungen')).toEqual([
      5000, 5000, 1.2, 40000,
    ]);
  });

  it('reads French thousands with ordinary, no-break and narrow no-break spaces', () => {
    expect(digits('fr', '5 000 mAh, 5\u00a0000 mAh, 40\u202f000 vibrations, 1,2 cm')).toEqual([
      5000, 5000, 40000, 1.2,
    ]);
  });

  it('reads Spanish 40.000 and 1,2', () => {
    expect(digits('es', '40.000 vibraciones, 5000 mAh, 1,1 kg')).toEqual([40000, 5000, 1.1]);
  });

  it('reads English 5,000 and 1.2, and a comma without three digits as a list', () => {
    expect(digits('en', '5,000 mAh, 1.2 cm, sizes 1,2')).toEqual([5000, 1.2, 1, 2]);
  });

  it('reads Japanese full-width digits and 万', () => {
    expect(digits('ja', '５０００mAh、毎分４万回、1.2cm')).toEqual([5000, 40000, 1.2]);
  });

  it('keeps the dot of a version number in every locale', () => {
    expect(digits('de', 'Bluetooth 5.3')).toEqual([5.3]);
    expect(digits('fr', 'Bluetooth 5.3')).toEqual([5.3]);
  });

  it('does not read superscript exponents as numbers', () => {
    expect(digits('de', '2 m² und 3 m³')).toEqual([2, 3]);
  });
});

describe('extractWordNumbers', () => {
  it('reads number words in each language', () => {
    expect(words('en', 'a two-year warranty and twelve colours')).toEqual([2, 12]);
    expect(words('es', 'dos años de garantía y doce colores')).toEqual([2, 12]);
    expect(words('fr', 'deux ans de garantie et douze coloris')).toEqual([2, 12]);
  });

  it('reads German compounds but not words that merely contain a numeral', () => {
    expect(words('de', 'zweijährige Garantie, dreistufig, Dreiecke und Zwölf Farben')).toEqual([2, 3, 12]);
    expect(words('de', 'im Zweierset oder als Viererpackung')).toEqual([2, 4]);
  });

  it('reads kanji numerals in Japanese', () => {
    expect(words('ja', '二年保証')).toEqual([2]);
  });
});
