import { formatValue, sameValue } from '../numbers/numeric-value';
import { extractWordNumbers } from '../numbers/target-number-extraction';
import { readStatedNumbers } from '../numbers/spec-reading';
import { LanguageProfile } from '../languages/language-profile';
import { isBlank } from '../text/text-folding';
import { numberProfileFor, sourceSpecs } from './number-context';
import { QualityRule } from './quality-rule';

const articleBeforeWord = new Map<string, RegExp>();

/** True when an indefinite article of the language stands before a word (the check runs on every description). */
function saysOne(text: string, profile: LanguageProfile): boolean {
  if (!profile.indefiniteArticles.length) return false;
  let pattern = articleBeforeWord.get(profile.code);
  if (!pattern) {
    pattern = new RegExp(`(?<!\\p{L})(?:${profile.indefiniteArticles.join('|')})\\s+\\p{L}`, 'iu');
    articleBeforeWord.set(profile.code, pattern);
  }
  return pattern.test(text);
}

/**
 * `number_dropped`: every spec of the Chinese description must survive into the translated
 * description, in digits or as a number word (*two-year*, *zweijährig*, *doce*).
 * A value read from a Chinese numeral (两年, 十二色) is reported as a warning: translators
 * sometimes render those idiomatically, so the evidence is weaker than for a dropped digit.
 */
export const numberDroppedRule: QualityRule = (context) => {
  const description = context.input.content.translated_description;
  const { required, allowed, restatements } = sourceSpecs(context);
  if (required.length === 0) return [];
  if (isBlank(description)) {
    return [
      {
        rule: 'number_dropped',
        severity: 'critical',
        field: 'translated_description',
        message: `The description is empty, so all ${required.length} source specs are missing.`,
        suggestion: 'Generate the description again with every spec of the source.',
      },
    ];
  }
  const profile = numberProfileFor(context, 'translated_description');
  const present = [
    ...readStatedNumbers(description, profile, allowed, restatements),
    ...extractWordNumbers(description, profile),
  ].map((mention) => mention.value);
  // 约1小时 is "about an hour", eine Stunde, une heure: where the language has articles, one before a word may say a
  // source 1 of time (Japanese writes it; 1千克 is written 1 kg or 1000 g in every language).
  const articleSaysOne = saysOne(description, profile);
  return required
    .filter((spec) => !(spec.saidByArticle && articleSaysOne))
    .filter((spec) => !present.some((value) => sameValue(value, spec.value)))
    .map((spec) => ({
      rule: 'number_dropped' as const,
      severity: spec.notation === 'digits' ? ('critical' as const) : ('warning' as const),
      field: 'translated_description' as const,
      span: spec.text,
      message: `Source spec ${formatValue(spec.value)} ("${spec.text}") is missing from the description.`,
      suggestion: `Keep the value ${formatValue(spec.value)} with its unit, written for the ${profile.code} locale.`,
    }));
};
