import { TEXT_FIELDS } from '../content-under-review';
import { QualityIssue } from '../quality-issue';
import { hanRuns, simplifiedOnlyCharacters } from '../text/chinese-script';
import { QualityRule } from './quality-rule';

const SUGGESTION =
  'Translate the remaining Chinese text (including the product name) into the target language.';

/**
 * `untranslated_text`: Chinese left in the output. For en/es/de/fr any Han character counts.
 * For Japanese, kanji are normal; the evidence is simplified-only characters (这 们 电 时 产 …):
 * two or more are a copied Chinese sentence (critical), a single one is reported as a warning.
 */
export const untranslatedTextRule: QualityRule = ({ input, profile }) => {
  const issues: QualityIssue[] = [];
  for (const field of TEXT_FIELDS) {
    const text = input.content[field];
    if (!text) continue;
    if (profile.code !== 'ja') {
      const runs = hanRuns(text);
      if (runs.length === 0) continue;
      issues.push({
        rule: 'untranslated_text',
        severity: 'critical',
        field,
        span: runs.join(' … '),
        message: `${field} contains untranslated Chinese: "${runs[0]}".`,
        suggestion: SUGGESTION,
      });
      continue;
    }
    const simplified = simplifiedOnlyCharacters(text);
    // Chinese punctuates clauses with a full-width comma; Japanese uses 、. A long kana-free run of
    // kanji broken by ， is a Chinese sentence even when it happens to use only shared characters.
    const chineseClause = hanRuns(text).find((run) => run.length >= 10 && run.includes('，'));
    if (simplified.length === 0 && !chineseClause) continue;
    const run =
      hanRuns(text).find((candidate) => simplifiedOnlyCharacters(candidate).length > 0) ?? chineseClause;
    issues.push({
      rule: 'untranslated_text',
      severity: simplified.length >= 2 ? 'critical' : 'warning',
      field,
      span: run,
      message: `${field} contains Chinese text that Japanese does not use (${simplified.slice(0, 5).join(' ')}).`,
      suggestion: SUGGESTION,
    });
  }
  return issues;
};
