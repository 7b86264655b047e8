import { MARKETING_COPY_FIELDS } from '../content-under-review';
import { QualityIssue } from '../quality-issue';
import { isBlank } from '../text/text-folding';
import { characterBigrams, wordTokens } from '../text/word-tokens';
import { QualityRule } from './quality-rule';

/**
 * Thresholds. The reference measure is token-set Jaccard ≥ 0.8; distinct copies stay below 0.5.
 * 0.7 leaves room for a near-duplicate with a phrase added, and containment catches a copy that
 * is another one with a sentence removed.
 */
const JACCARD_THRESHOLD = 0.7;
const CONTAINMENT_THRESHOLD = 0.9;
const MIN_TOKENS_FOR_CONTAINMENT = 8;

/** Token-set similarity of two copies: Jaccard and containment (overlap over the smaller set). */
export function copySimilarity(
  a: string,
  b: string,
  japanese: boolean,
): { jaccard: number; containment: number } {
  const tokenize = japanese ? characterBigrams : wordTokens;
  const setA = new Set(tokenize(a));
  const setB = new Set(tokenize(b));
  if (setA.size === 0 || setB.size === 0) return { jaccard: 0, containment: 0 };
  let shared = 0;
  for (const token of setA) if (setB.has(token)) shared++;
  const smaller = Math.min(setA.size, setB.size);
  return {
    jaccard: shared / (setA.size + setB.size - shared),
    containment: smaller >= MIN_TOKENS_FOR_CONTAINMENT ? shared / smaller : 0,
  };
}

/** `duplicate_copy`: the three copies (value, emotion, promotion) must say different things. */
export const duplicateCopyRule: QualityRule = ({ input, profile }) => {
  const issues: QualityIssue[] = [];
  const copies = MARKETING_COPY_FIELDS.filter((field) => !isBlank(input.content[field]));
  for (let i = 0; i < copies.length; i++) {
    for (let j = i + 1; j < copies.length; j++) {
      const { jaccard, containment } = copySimilarity(
        input.content[copies[i]],
        input.content[copies[j]],
        profile.code === 'ja',
      );
      if (jaccard < JACCARD_THRESHOLD && containment < CONTAINMENT_THRESHOLD) continue;
      issues.push({
        rule: 'duplicate_copy',
        severity: 'warning',
        field: copies[j],
        span: input.content[copies[j]],
        message: `${copies[j]} nearly duplicates ${copies[i]} (token overlap ${Math.round(jaccard * 100)}%).`,
        suggestion:
          'Give each copy its own angle: a is value-focused, b emotion-focused, c promotion-focused.',
      });
    }
  }
  return issues;
};
