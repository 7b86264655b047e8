import { OperatorConfiguration, parseOperatorConfiguration } from '@content-pipeline/quality-rules';
import type { OperatorRule } from './operator-rule.entity';

/** Active operator rules → the gate's validated operator configuration (throws on a regex that does not compile). */
export function toOperatorConfiguration(
  rules: readonly Pick<
    OperatorRule,
    'id' | 'language' | 'kind' | 'value' | 'pattern' | 'severity' | 'message' | 'suggestion'
  >[],
): OperatorConfiguration {
  const languages: Record<string, { forbiddenTerms: unknown[]; regexRules: unknown[] }> = {};
  for (const rule of rules) {
    const language = (languages[rule.language] ??= { forbiddenTerms: [], regexRules: [] });
    if (rule.kind === 'forbidden_term') {
      language.forbiddenTerms.push({
        term: rule.value,
        pattern: rule.pattern ?? undefined,
        severity: rule.severity,
      });
    } else {
      language.regexRules.push({
        id: rule.id,
        pattern: rule.value,
        severity: rule.severity,
        message: rule.message ?? `matches the operator rule /${rule.value}/`,
        suggestion: rule.suggestion ?? 'Rephrase without this wording.',
      });
    }
  }
  return parseOperatorConfiguration({ languages });
}
