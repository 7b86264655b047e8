/** Text prepared for case- and accent-insensitive matching, with a way back to the original. Shared: read only. */
export interface FoldedText {
  /** NFKC, lower-cased, diacritics stripped, typographic apostrophes replaced by `'`. */
  readonly text: string;
  /** `offsets[i]` is the index in the original string of folded character `i`. */
  readonly offsets: readonly number[];
  readonly original: string;
}

const COMBINING_MARKS = /\p{M}/gu;
const LATIN = /\p{Script=Latin}/u;
const APOSTROPHES = /[\u2019\u2018\u02bc\u00b4`]/g;

// Folding is per code point and a text repeats few of them, so each is folded once (normalisation is slow).
const FOLDED_CHARS_MAX_ENTRIES = 20_000;
const foldedChars = new Map<string, string>();

function foldChar(char: string): string {
  const known = foldedChars.get(char);
  if (known !== undefined) return known;
  const normalized = char.normalize('NFKC').toLowerCase();
  // Only Latin letters lose their accents: a kana's voicing mark is part of the letter (ご ≠ こ).
  const folded = (
    LATIN.test(normalized) ? normalized.normalize('NFD').replace(COMBINING_MARKS, '') : normalized
  ).replace(APOSTROPHES, "'");
  if (foldedChars.size >= FOLDED_CHARS_MAX_ENTRIES) foldedChars.clear();
  foldedChars.set(char, folded);
  return folded;
}

// One check folds each field of the content under review once per rule that matches in it (forbidden words,
// LLM artefacts, five safety rules, brand, call to action…): the texts of the last checks are kept folded.
const FOLDED_TEXTS_MAX_ENTRIES = 64;
const foldedTexts = new Map<string, FoldedText>();

/**
 * Folds text for matching. Each original code point maps to the folded characters it produces, so
 * a match found in the folded text can be reported with the writer's own spelling.
 */
export function foldText(original: string): FoldedText {
  const known = foldedTexts.get(original);
  if (known !== undefined) return known;
  const folded = foldUncached(original);
  if (foldedTexts.size >= FOLDED_TEXTS_MAX_ENTRIES) foldedTexts.clear();
  foldedTexts.set(original, folded);
  return folded;
}

function foldUncached(original: string): FoldedText {
  let text = '';
  const offsets: number[] = [];
  let index = 0;
  for (const char of original) {
    const folded = foldChar(char);
    for (let i = 0; i < folded.length; i++) offsets.push(index);
    text += folded;
    index += char.length;
  }
  return { text, offsets, original };
}

/** Folds a string without keeping offsets. */
export function fold(text: string): string {
  return foldText(text).text;
}

/** The original text behind a match in folded text. */
export function originalSpan(folded: FoldedText, start: number, end: number): string {
  if (start >= folded.offsets.length) return '';
  const from = folded.offsets[start];
  const to = end >= folded.offsets.length ? folded.original.length : folded.offsets[end];
  return folded.original.slice(from, Math.max(to, from + 1));
}

/** True for empty or whitespace-only text (including no-break and zero-width spaces). */
export function isBlank(text: string | undefined | null): boolean {
  return !text || text.replace(/(?:\s|\u200b|\u200c|\u200d|\u2060|\ufeff)/g, '') === '';
}
