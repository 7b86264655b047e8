// Public API of the quality-rules domain library: the gate, its input and output types, the
// per-language data, operator configuration, and the evaluation helpers used by the bench and CI.
export { assessContentQuality } from './quality-gate';
export { qualityScore, qualityVerdict, SEVERITY_PENALTY, HUMAN_REVIEW_BELOW } from './quality-score';
export type { QualityReport, QualityVerdict, GenerationAttempt } from './quality-report';
export { DEFAULT_MAX_ATTEMPTS } from './quality-report';
export type { QualityIssue, RuleId, SafetyRuleId, Severity, ContentField } from './quality-issue';
export { RULE_IDS, SAFETY_RULE_IDS } from './quality-issue';
export type {
  ContentUnderReview,
  LanguageCode,
  LocalizedContent,
  SourceListing,
  TextField,
} from './content-under-review';
export { LANGUAGE_CODES, TEXT_FIELDS, MARKETING_COPY_FIELDS } from './content-under-review';
export { contentUnderReviewSchema } from './content-under-review.schema';
export type {
  OperatorConfiguration,
  OperatorForbiddenTerm,
  OperatorRegexRule,
} from './operator-configuration';
export {
  parseOperatorConfiguration,
  operatorConfigurationSchema,
  InvalidOperatorConfigurationError,
} from './operator-configuration';
export type { VerdictAction, VerdictPolicy } from './verdict-policy';
export { VERDICT_ACTIONS, DEFAULT_VERDICT_POLICY, verdictActionFor } from './verdict-policy';
export type { LanguageProfile, LengthLimit, ForbiddenTermDefinition } from './languages/language-profile';
export { LANGUAGE_PROFILES } from './languages/language-profiles';
export type { LabelledCase } from './evaluation/labelled-case';
export { labelledCaseSchema, parseCaseLines, InvalidCaseLineError } from './evaluation/labelled-case';
export type { GateEvaluation, RecallCell } from './evaluation/gate-evaluation';
export { evaluateGate, EVALUATED_RULES, share } from './evaluation/gate-evaluation';
export type { ChatterModel, EncodedChatterModel } from './rules/artifact-structure/chatter-model';
export { encodeChatterModel, featuredSegments, scoreSegment } from './rules/artifact-structure/chatter-model';
export { foldText } from './text/text-folding';
