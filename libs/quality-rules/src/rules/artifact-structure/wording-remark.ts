/**
 * A remark about a quoted wording: the writer talking about the words of its own text rather than about the product.
 * Held-out rounds of chatter written to blend in kept finding new verbs for it (`lasse ich so stehen`, `pongo`,
 * `garde-t-on`), while its shape stayed the same: a short quoted word or phrase, and around it the writer in the first
 * person, a question offering a choice, two wordings put in each other's place with a reason, or another wording
 * offered. Shop copy quotes too — a customer (followed by the speaker), a book's title, a mode's name — but does not
 * weigh its own words in front of the shopper.
 */
import { QUOTE_WITH_SPEAKER } from './artifact-evidence';
import type { CompiledMetaVocabulary } from './meta-vocabulary';

/** A short quoted wording in the quotation marks of the five languages (folded text keeps them). */
const QUOTED_WORDING =
  /\u201c[^\u201d\n]{1,60}\u201d|\u201e[^\u201c\u201d\n]{1,60}[\u201c\u201d]|\u00ab[^\u00bb\n]{1,60}\u00bb|"[^"\n]{1,60}"|\u300c[^\u300d\n]{1,40}\u300d/gu;
/** Stands in for a quoted wording, one per character, so that offsets in the masked text are the folded text's. */
const MASK = '\ue000';
const MASKED_RUN = /\ue000+/gu;
/** A sentence ends at its closing mark or a line break; a quoted wording is masked, so its own full stop is not one. */
const SENTENCE = /[^.!?\u3002\uff01\uff1f\n]+[.!?\u3002\uff01\uff1f]*/gu;
const QUESTION = /[?\uff1f]/u;
const WORD = /[\p{L}\p{N}]+/gu;
/** Fewer words around the quoted ones make a question the shop may ask (`„Espresso“ oder „Lungo“?`). */
const MIN_CHOICE_WORDS = 5;

export type WordingRemarkKind =
  | 'the writer on a quoted wording'
  | 'asking which wording to keep'
  | 'one wording put in place of another, with a reason'
  | 'another wording offered';

export interface WordingRemark {
  kind: WordingRemarkKind;
  start: number;
  end: number;
}

function remarkKind(sentence: string, vocabulary: CompiledMetaVocabulary): WordingRemarkKind | undefined {
  const runs = [...sentence.matchAll(MASKED_RUN)];
  if (!runs.length) return undefined;
  const rest = sentence.replace(MASKED_RUN, ' \u2026 ');
  if (vocabulary.firstPerson.test(rest)) return 'the writer on a quoted wording';
  if (
    QUESTION.test(rest) &&
    vocabulary.wordingChoices.test(rest) &&
    (rest.match(WORD)?.length ?? 0) >= MIN_CHOICE_WORDS
  )
    return 'asking which wording to keep';
  const swapped = runs.some((run, i) => {
    const next = runs[i + 1];
    return (
      next !== undefined && vocabulary.wordingSwap.test(sentence.slice(run.index + run[0].length, next.index))
    );
  });
  if (swapped && vocabulary.reasons.test(rest)) return 'one wording put in place of another, with a reason';
  if (vocabulary.alternativeWordings.test(rest)) return 'another wording offered';
  return undefined;
}

/** The first sentence of a field's folded text that remarks on a quoted wording. */
export function findWordingRemark(
  folded: string,
  vocabulary: CompiledMetaVocabulary,
): WordingRemark | undefined {
  // A customer's words with the customer named after them are a testimonial, whatever they say.
  if (QUOTE_WITH_SPEAKER.test(folded)) return undefined;
  const masked = folded.replace(QUOTED_WORDING, (quoted) => MASK.repeat(quoted.length));
  if (!masked.includes(MASK)) return undefined;
  for (const match of masked.matchAll(SENTENCE)) {
    const kind = remarkKind(match[0], vocabulary);
    if (kind) return { kind, start: match.index, end: match.index + match[0].length };
  }
  return undefined;
}
