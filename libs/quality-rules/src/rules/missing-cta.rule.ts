import { MARKETING_COPY_FIELDS } from '../content-under-review';
import { LanguageProfile } from '../languages/language-profile';
import { isBlank, fold } from '../text/text-folding';
import { splitClauses, splitSentences } from '../text/sentence-split';
import { QualityRule } from './quality-rule';

interface CtaMatchers {
  sentenceStart: RegExp[];
  anywhere: RegExp[];
}

const compiled = new Map<string, CtaMatchers>();

function matchersFor(profile: LanguageProfile): CtaMatchers {
  let matchers = compiled.get(profile.code);
  if (!matchers) {
    matchers = {
      sentenceStart: profile.callToAction.sentenceStart.map((pattern) => new RegExp(`^(?:${pattern})`, 'u')),
      anywhere: profile.callToAction.anywhere.map((pattern) => new RegExp(pattern, 'u')),
    };
    compiled.set(profile.code, matchers);
  }
  return matchers;
}

/** True when the copy contains a call to action in the profile's language. */
export function hasCallToAction(text: string, profile: LanguageProfile): boolean {
  const matchers = matchersFor(profile);
  const folded = fold(text);
  if (matchers.anywhere.some((regex) => regex.test(folded))) return true;
  return splitSentences(folded)
    .flatMap((sentence) => [sentence, ...splitClauses(sentence)])
    .some((chunk) => matchers.sentenceStart.some((regex) => regex.test(chunk)));
}

/**
 * `missing_cta`: every marketing copy must end the reader's journey with an imperative to buy,
 * order, discover… A copy swapped in from another language is judged in its own language.
 */
export const missingCtaRule: QualityRule = ({ input, profile, profiles, fieldLanguages }) =>
  MARKETING_COPY_FIELDS.flatMap((field) => {
    const text = input.content[field];
    const detected = fieldLanguages[field]?.language;
    const judgedIn =
      detected && detected !== profile.code && detected in profiles ? profiles[detected] : profile;
    if (!isBlank(text) && (hasCallToAction(text, judgedIn) || hasCallToAction(text, profile))) return [];
    return [
      {
        rule: 'missing_cta' as const,
        severity: 'warning' as const,
        field,
        span: text,
        message: isBlank(text)
          ? `${field} is empty, so it has no call to action.`
          : `${field} has no call to action.`,
        suggestion: 'End the copy with an imperative call to action (buy, order, discover, add to cart …).',
      },
    ];
  });
