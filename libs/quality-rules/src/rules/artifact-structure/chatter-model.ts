/**
 * A learned second opinion on chatter: a logistic-regression score per field segment over hashed word, word-pair,
 * character and placement features. The vocabulary detector knows the wordings it was given; held-out rounds in new
 * wording showed it finds about half of them, while a model trained on every wording seen so far generalises from the
 * shape of the language a model uses about its own output (first person, the text named, a request, a status word)
 * rather than from the exact phrase. Trained by `bench/quality-eval/train-chatter-model.ts`, which also picks the
 * threshold by cross-validation; the weights are data (`chatter-model.weights.ts`), never edited by hand.
 */
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { LanguageCode } from '../../content-under-review';
import { CHATTER_MODEL } from './chatter-model.weights';
import { edgeSegments, type FieldSegment, leadingLabel } from './field-segments';

/** The encoded model as the training tool writes it. */
export interface EncodedChatterModel {
  /** log2 of the number of hashed feature slots. */
  bits: number;
  bias: number;
  /** Weights are int8, deflated, in `weights` (base64); the real weight is the int8 value times `scale`. */
  scale: number;
  /** Per language, the score at or above which a segment is chatter. */
  thresholds: Record<LanguageCode, number>;
  weights: string;
}

export interface ChatterModel {
  bits: number;
  bias: number;
  thresholds: Record<LanguageCode, number>;
  weights: Float32Array;
}

/** The piece of a field the model reads: a segment of `edgeSegments`, or the whole field when it has none. */
export type ScoredSegment = Pick<FieldSegment, 'place' | 'shape' | 'text' | 'start' | 'end'>;

const CJK_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30fc]/u;
/** Words, and punctuation but brackets: an aside is scored as its own segment, and copy has brackets too. */
const TOKEN = /[\p{L}\p{N}'\u30fc]+|[^\s\p{L}\p{N}()[\]\uff08\uff09\u3010\u3011]/gu;
const HAS_LETTER = /\p{L}/u;
const LETTERS = /\p{L}/gu;
/**
 * Fewer letters say nothing about their writer: an abbreviation's pieces (`z.` and `B.` of `z. B.`) end up as
 * sentences of their own.
 */
const MIN_LETTERS = 3;
const NOT_SET_OFF = { ownLine: false, colonEnd: false, bracketed: false, dashed: false, beforeNumber: false };

/** Words and punctuation; a run of Japanese or Chinese script becomes its character pairs (no spaces to split on). */
function tokensOf(text: string): string[] {
  const tokens: string[] = [];
  for (const match of text.replace(/\d/gu, '0').matchAll(TOKEN)) {
    const token = match[0];
    if (token.length > 1 && CJK_RUN.test(token)) {
      for (let i = 0; i < token.length; i++) tokens.push(token.slice(i, i + 2));
    } else tokens.push(token);
  }
  return tokens;
}

/** FNV-1a, folded into `bits` bits. */
function slotOf(feature: string, bits: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < feature.length; i++) {
    hash ^= feature.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) & ((1 << bits) - 1);
}

/** The hashed features of a segment of `field` (folded text), each slot once. */
export function chatterFeatures(segment: ScoredSegment, field: string, bits: number): number[] {
  const features = [`p:${segment.place}`, `pf:${segment.place}|${field}`];
  for (const [flag, set] of Object.entries(segment.shape)) if (set) features.push(`s:${flag}`);
  const tokens = tokensOf(segment.text);
  features.push(`len:${Math.min(6, Math.floor(Math.log2(tokens.length + 1)))}`);
  if (tokens.length) {
    features.push(`f:${tokens[0]}`, `fp:${tokens[0]}|${segment.place}`, `l:${tokens[tokens.length - 1]}`);
    if (tokens.length > 1) features.push(`f2:${tokens[0]}_${tokens[1]}`);
  }
  tokens.forEach((token, i) => {
    features.push(`w:${token}`);
    if (i + 1 < tokens.length) features.push(`b:${token}_${tokens[i + 1]}`);
    // Character 4-grams of longer Latin words carry inflected forms across languages (übersetzt, traduit, traducido).
    if (token.length > 3 && !CJK_RUN.test(token)) {
      const padded = ` ${token} `;
      for (let j = 0; j + 4 <= padded.length; j++) features.push(`c:${padded.slice(j, j + 4)}`);
    }
  });
  return [...new Set(features.map((feature) => slotOf(feature, bits)))];
}

/**
 * An exclamation right after a question inside the copy answers it (`Can beginners play it? Of course!`, `¿Sirve para
 * principiantes? ¡Claro que sí!`): the shop's own question and answer, not the model replying to its requester.
 */
function answersTheCopysQuestion(folded: string, segment: ScoredSegment): boolean {
  return (
    segment.place === 'inner sentence' &&
    /[!\uff01]\s*$/u.test(segment.text) &&
    /[?\uff1f]\s*$/u.test(folded.slice(0, segment.start))
  );
}

/**
 * The segments the model scores in a field's folded text. Pieces with hardly a letter say nothing about their writer,
 * and a label is left to the language files' label vocabulary: a word or two before a colon is too little text to
 * tell a field's name (`Title:`) from a note to the shopper (`Note:`, `Option:`, `Step 1:`), so a segment that
 * opens with one is scored on the words after it.
 */
export function chatterSegments(folded: string): ScoredSegment[] {
  const edges = edgeSegments(folded);
  if (!edges.length)
    return HAS_LETTER.test(folded)
      ? [{ place: 'first sentence', shape: NOT_SET_OFF, text: folded.trim(), start: 0, end: folded.length }]
      : [];
  return edges.flatMap((segment) => {
    if (segment.place === 'label') return [];
    const label = leadingLabel(segment.text);
    const text = label
      ? segment.text.slice(label.end).replace(/^[\s:\uff1a\u2013\u2014\u2015>=-]+/u, '')
      : segment.text;
    if ((text.match(LETTERS) ?? []).length < MIN_LETTERS) return [];
    if (!label) return [segment];
    const at = folded.slice(segment.start, segment.end).indexOf(text);
    return [{ ...segment, text, start: at >= 0 ? segment.start + at : segment.start }];
  });
}

export function scoreSegment(model: ChatterModel, features: readonly number[]): number {
  let sum = model.bias;
  for (const slot of features) sum += model.weights[slot];
  return sum;
}

export function decodeChatterModel(encoded: EncodedChatterModel): ChatterModel {
  const bytes = inflateRawSync(Buffer.from(encoded.weights, 'base64'));
  const weights = new Float32Array(1 << encoded.bits);
  for (let i = 0; i < weights.length; i++) weights[i] = ((bytes[i] << 24) >> 24) * encoded.scale;
  return { bits: encoded.bits, bias: encoded.bias, thresholds: encoded.thresholds, weights };
}

export function encodeChatterModel(model: ChatterModel): EncodedChatterModel {
  const largest = model.weights.reduce((max, w) => Math.max(max, Math.abs(w)), 0) || 1;
  const scale = largest / 127;
  const bytes = Buffer.alloc(model.weights.length);
  model.weights.forEach((w, i) => bytes.writeInt8(Math.round(w / scale), i));
  return {
    bits: model.bits,
    bias: model.bias,
    scale,
    thresholds: model.thresholds,
    // Most slots are never set: deflated, the file is a fraction of the weights' size.
    weights: deflateRawSync(bytes, { level: 9 }).toString('base64'),
  };
}

let shipped: ChatterModel | undefined;

/** The trained model shipped with the library, decoded on first use. */
export function chatterModel(): ChatterModel {
  shipped ??= decodeChatterModel(CHATTER_MODEL);
  return shipped;
}

export interface ModelChatterFinding {
  segment: ScoredSegment;
  score: number;
}

export interface FeaturedSegment {
  segment: ScoredSegment;
  features: number[];
}

/** The segments of a field's folded text the model scores, with their features. */
export function featuredSegments(folded: string, field: string, bits: number): FeaturedSegment[] {
  return chatterSegments(folded).map((segment) => ({
    segment,
    features: chatterFeatures(segment, field, bits),
  }));
}

/** The segment of a field the model scores highest, when it reaches the model's threshold for the language. */
export function findChatterByModel(
  model: ChatterModel,
  folded: string,
  field: string,
  language: LanguageCode,
): ModelChatterFinding | undefined {
  const threshold = model.thresholds[language];
  let best: ModelChatterFinding | undefined;
  for (const { segment, features } of featuredSegments(folded, field, model.bits)) {
    if (answersTheCopysQuestion(folded, segment)) continue;
    const score = scoreSegment(model, features);
    if (score >= threshold && (!best || score > best.score)) best = { segment, score };
  }
  return best;
}
