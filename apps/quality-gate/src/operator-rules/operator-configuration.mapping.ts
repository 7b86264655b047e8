import { OperatorConfiguration, parseOperatorConfiguration } from '@content-pipeline/quality-rules';
import type { OperatorRule } from './operator-rule.entity';

/**
 * Active operator rules → the gate's validated operator configuration (throws on a regex that does not compile, an
 * unknown rule id or a missing action in a verdict policy entry).
 */
export function toOperatorConfiguration(
  rules: readonly Pick<
    OperatorRule,
    'id' | 'language' | 'kind' | 'value' | 'pattern' | 'severity' | 'action' | 'message' | 'suggestion'
  >[],
): OperatorConfiguration {
  const languages: Record<
    string,
    { forbiddenTerms: unknown[]; regexRules: unknown[]; verdictPolicy: Record<string, unknown> }
  > = {};
  for (const rule of rules) {
    const language = (languages[rule.language] ??= { forbiddenTerms: [], regexRules: [], verdictPolicy: {} });
    if (rule.kind === 'verdict_policy') {
      // The library validates the rule id and the action, so an unknown one is refused with a 400 on creation.
      language.verdictPolicy[rule.value] = rule.action;
    } else if (rule.kind === 'forbidden_term') {
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
