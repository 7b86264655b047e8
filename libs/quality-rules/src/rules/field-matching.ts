import { TEXT_FIELDS, TextField } from '../content-under-review';
import { QualityIssue, RuleId } from '../quality-issue';
import { FoldedText, foldText, originalSpan } from '../text/text-folding';
import { RuleContext } from './quality-rule';

/** A named pattern: what was found is reported with its kind ("phone number", "lead-in"). */
export interface KindedPattern {
  kind: string;
  regex: RegExp;
  /** A match whose original spelling this accepts is not a finding (case is folded away before matching). */
  unless?: (original: string) => boolean;
}

/** What a pattern found in a field, in the writer's own spelling. */
export interface FieldFinding {
  kind: string;
  span: string;
}

const compiled = new Map<string, RegExp>();

/** Compiles a lexicon's regex sources once (case-insensitive, multiline, Unicode), as one alternation. */
export function lexiconRegex(
  sources: readonly string[],
  wrap: (alternation: string) => string = (a) => a,
): RegExp {
  const source = wrap(sources.map((entry) => `(?:${entry})`).join('|'));
  let regex = compiled.get(source);
  if (!regex) {
    regex = new RegExp(source, 'imu');
    compiled.set(source, regex);
  }
  return regex;
}

/** The first pattern that matches the folded text, reported with the original spelling. */
export function firstFinding(
  folded: FoldedText,
  patterns: readonly KindedPattern[],
): FieldFinding | undefined {
  for (const { kind, regex, unless } of patterns) {
    if (!unless) {
      const match = regex.exec(folded.text);
      if (match)
        return { kind, span: originalSpan(folded, match.index, match.index + match[0].length).trim() };
      continue;
    }
    for (const match of folded.text.matchAll(everyMatch(regex))) {
      const span = originalSpan(folded, match.index, match.index + match[0].length).trim();
      if (!unless(span)) return { kind, span };
    }
  }
  return undefined;
}

const globalTwins = new Map<RegExp, RegExp>();

/** The global twin of a pattern, to read every match of it. */
function everyMatch(regex: RegExp): RegExp {
  let twin = globalTwins.get(regex);
  if (!twin) {
    twin = new RegExp(regex.source, regex.flags.includes('g') ? regex.flags : `${regex.flags}g`);
    globalTwins.set(regex, twin);
  }
  return twin;
}

/**
 * Runs a finder over every non-empty text field and turns each finding into one critical issue of `rule`
 * (one issue per field: the first finding is enough to send the field back).
 */
export function issuesPerField(
  context: RuleContext,
  rule: RuleId,
  find: (folded: FoldedText, field: TextField) => FieldFinding | undefined,
  describe: (finding: FieldFinding, field: TextField) => Pick<QualityIssue, 'message' | 'suggestion'>,
): QualityIssue[] {
  const issues: QualityIssue[] = [];
  for (const field of TEXT_FIELDS) {
    const text = context.input.content[field];
    if (!text) continue;
    const finding = find(foldText(text), field);
    if (!finding) continue;
    issues.push({ rule, severity: 'critical', field, span: finding.span, ...describe(finding, field) });
  }
  return issues;
}
