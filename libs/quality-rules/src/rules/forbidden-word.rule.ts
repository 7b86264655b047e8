import { LanguageCode, TEXT_FIELDS } from '../content-under-review';
import { LanguageProfile } from '../languages/language-profile';
import { QualityIssue, Severity } from '../quality-issue';
import { fold, foldText, originalSpan } from '../text/text-folding';
import { QualityRule } from './quality-rule';

interface TermMatcher {
  term: string;
  regex: RegExp;
  severity: Severity;
}

const escapeRegex = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Whole-word matching: a longer word that only contains a term is not the term
 * (*limitations* is not *imitation*, *N'allez pas chercher* is not *pas cher*).
 */
function compile(pattern: string, matching: LanguageProfile['forbiddenTermMatching']): RegExp {
  return matching === 'substring'
    ? new RegExp(pattern, 'gu')
    : new RegExp(`(?<![\\p{L}\\p{N}])(?:${pattern})(?![\\p{L}\\p{N}])`, 'gu');
}

const builtInMatchers = new Map<LanguageCode, TermMatcher[]>();

function matchersFor(profile: LanguageProfile): TermMatcher[] {
  let matchers = builtInMatchers.get(profile.code);
  if (!matchers) {
    matchers = profile.forbiddenTerms.map((definition) => ({
      term: definition.term,
      regex: compile(definition.pattern, profile.forbiddenTermMatching),
      severity: 'critical' as const,
    }));
    builtInMatchers.set(profile.code, matchers);
  }
  return matchers;
}

/**
 * `forbidden_word`: terms the marketplaces reject (cheap, fake, réplica, billige, 激安 …), in any field.
 * A field written in another language is also checked against that language's terms.
 */
export const forbiddenWordRule: QualityRule = ({
  input,
  profile,
  profiles,
  fieldLanguages,
  operatorTerms,
}) => {
  const operatorMatchers: TermMatcher[] = operatorTerms.map((term) => ({
    term: term.term,
    regex: compile(term.pattern ?? escapeRegex(fold(term.term)), profile.forbiddenTermMatching),
    severity: term.severity,
  }));
  const issues: QualityIssue[] = [];
  for (const field of TEXT_FIELDS) {
    const text = input.content[field];
    if (!text) continue;
    const folded = foldText(text);
    const detected = fieldLanguages[field]?.language;
    const languages = [profile];
    if (detected && detected !== profile.code && detected in profiles) languages.push(profiles[detected]);
    const matchers = [...languages.flatMap(matchersFor), ...operatorMatchers];
    const reported = new Set<string>();
    for (const matcher of matchers) {
      for (const match of folded.text.matchAll(matcher.regex)) {
        const span = originalSpan(folded, match.index, match.index + match[0].length);
        if (reported.has(span.toLowerCase())) continue;
        reported.add(span.toLowerCase());
        issues.push({
          rule: 'forbidden_word',
          severity: matcher.severity,
          field,
          span,
          message: `"${span}" is a forbidden term (${matcher.term}).`,
          suggestion: `Remove "${span}"; describe quality or value positively without comparing to cheap or fake goods.`,
        });
      }
    }
  }
  return issues;
};
