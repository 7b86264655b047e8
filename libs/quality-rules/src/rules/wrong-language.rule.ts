import { TEXT_FIELDS } from '../content-under-review';
import { QualityIssue } from '../quality-issue';
import { QualityRule } from './quality-rule';

/**
 * Evidence thresholds. A field is *certainly* in another language when that language's evidence is
 * strong and dwarfs the target's (critical); short fields such as titles carry little evidence, so
 * a clear but weaker signal is reported as a warning rather than blocking publication.
 */
const CERTAIN = { minimum: 3, ratio: 2, margin: 1.5 };
/**
 * Once the other language has three words of evidence, half a word of margin is enough: shared function words (de,
 * la, a) lift the target's score between Spanish and French.
 */
const PROBABLE = { minimum: 1, ratio: 2, margin: 1, strongEvidence: 3, marginWithStrongEvidence: 0.5 };

/** A Japanese field always has kana or kanji; a run of Latin words without any is not Japanese. */
const MIN_LATIN_WORDS_FOR_JA = 3;

/** `wrong_language`: a whole field written in another of the five target languages. */
export const wrongLanguageRule: QualityRule = ({ input, profile, fieldLanguages }) => {
  const issues: QualityIssue[] = [];
  for (const field of TEXT_FIELDS) {
    const guess = fieldLanguages[field];
    if (!guess) continue;
    if (profile.code === 'ja' && guess.cjkShare === 0 && guess.tokenCount >= MIN_LATIN_WORDS_FOR_JA) {
      issues.push({
        rule: 'wrong_language',
        severity:
          guess.language !== 'unknown' && guess.scores[guess.language as 'en'] >= CERTAIN.minimum
            ? 'critical'
            : 'warning',
        field,
        span: input.content[field],
        message: `${field} has no Japanese text at all${guess.language === 'unknown' ? '' : ` (it reads as ${guess.language})`}.`,
        suggestion: `Write ${field} in Japanese.`,
      });
      continue;
    }
    if (guess.language === 'unknown' || guess.language === 'zh' || guess.language === profile.code) continue;
    let severity: 'critical' | 'warning' | undefined;
    if (guess.language === 'ja') {
      severity = 'critical'; // kana in an en/es/de/fr field
    } else {
      const evidence = guess.scores[guess.language];
      const target = profile.code === 'ja' ? 0 : guess.scores[profile.code];
      if (profile.code === 'ja' && guess.cjkShare > 0.2) continue;
      if (evidence >= CERTAIN.minimum && evidence >= CERTAIN.ratio * target + CERTAIN.margin)
        severity = 'critical';
      else if (
        evidence >= PROBABLE.minimum &&
        evidence >=
          PROBABLE.ratio * target +
            (evidence >= PROBABLE.strongEvidence ? PROBABLE.marginWithStrongEvidence : PROBABLE.margin)
      ) {
        severity = 'warning';
      }
    }
    if (!severity) continue;
    issues.push({
      rule: 'wrong_language',
      severity,
      field,
      span: input.content[field],
      message: `${field} appears to be written in ${guess.language}, not ${profile.code}.`,
      suggestion: `Write ${field} in ${profile.code}.`,
    });
  }
  return issues;
};
