import { ContentUnderReview, TEXT_FIELDS, TextField } from './content-under-review';
import { detectLanguage, LanguageGuess } from './language-detection/language-detection';
import { LANGUAGE_PROFILES } from './languages/language-profiles';
import { OperatorConfiguration } from './operator-configuration';
import { QualityIssue, TEXT_FIELD_ORDER } from './quality-issue';
import { GenerationAttempt, QualityReport } from './quality-report';
import { qualityScore, qualityVerdict } from './quality-score';
import { brandNameRule } from './rules/brand-name.rule';
import { duplicateCopyRule } from './rules/duplicate-copy.rule';
import { emptyFieldRule } from './rules/empty-field.rule';
import { forbiddenWordRule } from './rules/forbidden-word.rule';
import { h1SameAsTitleRule } from './rules/h1-same-as-title.rule';
import { llmArtifactRule } from './rules/llm-artifact.rule';
import { metaDescriptionLengthRule } from './rules/meta-description-length.rule';
import { missingCtaRule } from './rules/missing-cta.rule';
import { numberDroppedRule } from './rules/number-dropped.rule';
import { numberInventedRule } from './rules/number-invented.rule';
import { operatorRegexRule } from './rules/operator-regex.rule';
import { placeholderIntegrityRule } from './rules/placeholder-integrity.rule';
import { promptInjectionRule } from './rules/prompt-injection.rule';
import { QualityRule, RuleContext } from './rules/quality-rule';
import {
  chatTemplateTokenRule,
  contactDetailsRule,
  externalLinkRule,
  markupRule,
  promptInjectionEchoRule,
} from './rules/safety-rules';
import { seoTitleLengthRule } from './rules/seo-title-length.rule';
import { targetKeywordRule } from './rules/target-keyword.rule';
import { untranslatedTextRule } from './rules/untranslated-text.rule';
import { wrongLanguageRule } from './rules/wrong-language.rule';
import { isBlank } from './text/text-folding';

/** Every rule the gate runs, in reporting order. */
const RULES: readonly QualityRule[] = [
  emptyFieldRule,
  seoTitleLengthRule,
  metaDescriptionLengthRule,
  h1SameAsTitleRule,
  forbiddenWordRule,
  missingCtaRule,
  numberDroppedRule,
  numberInventedRule,
  untranslatedTextRule,
  wrongLanguageRule,
  duplicateCopyRule,
  llmArtifactRule,
  targetKeywordRule,
  placeholderIntegrityRule,
  brandNameRule,
  operatorRegexRule,
  promptInjectionRule,
  contactDetailsRule,
  externalLinkRule,
  markupRule,
  promptInjectionEchoRule,
  chatTemplateTokenRule,
];

/**
 * Runs the quality gate on one piece of generated content.
 *
 * @param input the content, its source listing and target language (validate untrusted input
 *   with `contentUnderReviewSchema` first)
 * @param attempt where the content is in the regeneration loop; drives `regenerate` vs `human_review`
 * @param operatorConfiguration runtime additions per language: forbidden terms, regex rules, and the verdict
 *   policy's per-rule actions
 */
export function assessContentQuality(
  input: ContentUnderReview,
  attempt: GenerationAttempt = { attempt: 1 },
  operatorConfiguration?: OperatorConfiguration,
): QualityReport {
  const fieldLanguages: Partial<Record<TextField, LanguageGuess>> = {};
  // Brand and model words (Asana *Pro*, *Die* Cut…) name the product in every language: they are not evidence.
  const productWords = new Set(input.source.product_name.toLowerCase().match(/[\p{L}]+/gu) ?? []);
  for (const field of TEXT_FIELDS) {
    if (!isBlank(input.content[field]))
      fieldLanguages[field] = detectLanguage(input.content[field], productWords);
  }
  const operator = operatorConfiguration?.languages[input.language];
  const context: RuleContext = {
    input,
    profile: LANGUAGE_PROFILES[input.language],
    profiles: LANGUAGE_PROFILES,
    fieldLanguages,
    operatorTerms: operator?.forbiddenTerms ?? [],
    operatorRegexRules: operator?.regexRules ?? [],
  };
  const issues: QualityIssue[] = RULES.flatMap((rule) => rule(context)).sort(
    (a, b) => TEXT_FIELD_ORDER.indexOf(a.field) - TEXT_FIELD_ORDER.indexOf(b.field),
  );
  const score = qualityScore(issues);
  return { score, verdict: qualityVerdict(issues, score, attempt, operator?.verdictPolicy), issues };
}
