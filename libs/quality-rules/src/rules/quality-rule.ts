import { ContentUnderReview, TextField } from '../content-under-review';
import { LanguageGuess } from '../language-detection/language-detection';
import { LanguageProfile } from '../languages/language-profile';
import { OperatorForbiddenTerm, OperatorRegexRule } from '../operator-configuration';
import { QualityIssue } from '../quality-issue';

/** What every rule sees: the content, the target language's data, and what was worked out once for all rules. */
export interface RuleContext {
  input: ContentUnderReview;
  profile: LanguageProfile;
  /** Profiles of every language, to read a field written in another one with its own conventions. */
  profiles: Readonly<Record<string, LanguageProfile>>;
  /** The recognised language of each non-empty text field. */
  fieldLanguages: Partial<Record<TextField, LanguageGuess>>;
  operatorTerms: readonly OperatorForbiddenTerm[];
  operatorRegexRules: readonly OperatorRegexRule[];
}

/** A quality check: a pure function from the content to its issues. */
export type QualityRule = (context: RuleContext) => QualityIssue[];
