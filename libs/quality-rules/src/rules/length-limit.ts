import { LengthLimit, LanguageProfile } from '../languages/language-profile';
import { ContentField, QualityIssue, RuleId } from '../quality-issue';
import { describeLength, measureLength } from '../text/text-length';

/** Shared by the title and meta length rules: limits are inclusive, an empty field is too short; too long is critical. */
export function checkLength(
  rule: RuleId,
  field: ContentField,
  label: string,
  text: string,
  limit: LengthLimit,
  profile: LanguageProfile,
): QualityIssue[] {
  const length = measureLength(text.trim(), profile);
  if (length >= limit.min && length <= limit.max) return [];
  const tooShort = length < limit.min;
  return [
    {
      rule,
      // Over the limit, platforms truncate or reject the field: not publishable. Short is only weaker SEO.
      severity: tooShort ? 'warning' : 'critical',
      field,
      span: text,
      message: `${label} is ${describeLength(length, profile)}; ${profile.code} requires ${limit.min}-${limit.max}.`,
      suggestion: tooShort
        ? `Lengthen the ${label.toLowerCase()} with the product type and its key spec.`
        : `Shorten the ${label.toLowerCase()} to at most ${limit.max}; drop slogans, shop names and repeated words.`,
    },
  ];
}
