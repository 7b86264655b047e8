import { TEXT_FIELDS } from '../content-under-review';
import { QualityIssue } from '../quality-issue';
import { QualityRule } from './quality-rule';

/** `operator_rule`: regex rules operators add per language at runtime, reported with their own id. */
export const operatorRegexRule: QualityRule = ({ input, operatorRegexRules }) => {
  const issues: QualityIssue[] = [];
  for (const rule of operatorRegexRules) {
    const regex = new RegExp(rule.pattern, rule.flags.replace('g', ''));
    for (const field of TEXT_FIELDS) {
      const match = input.content[field]?.match(regex);
      if (!match) continue;
      issues.push({
        rule: 'operator_rule',
        severity: rule.severity,
        field,
        span: match[0],
        message: `[${rule.id}] ${rule.message}`,
        suggestion: rule.suggestion,
      });
    }
  }
  return issues;
};
