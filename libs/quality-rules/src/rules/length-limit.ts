import { LengthLimit, LanguageProfile } from '../languages/language-profile';
import { ContentField, QualityIssue, RuleId } from '../quality-issue';
import { describeLength, measureLength } from '../text/text-length';

/** Shared by the title and meta length rules: limits are inclusive, an empty field is too short. */
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
      severity: 'warning',
      field,
      span: text,
      message: `${label} is ${describeLength(length, profile)}; ${profile.code} requires ${limit.min}-${limit.max}.`,
      suggestion: tooShort
        ? `Lengthen the ${label.toLowerCase()} with the product type and its key spec.`
        : `Shorten the ${label.toLowerCase()} to at most ${limit.max}; drop slogans, shop names and repeated words.`,
    },
  ];
}
