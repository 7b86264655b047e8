import { LANGUAGE_CODES, LanguageCode } from '../content-under-review';
import { QualityReport } from '../quality-report';
import { LabelledCase } from './labelled-case';

/** The twelve rules the QA set labels. */
export const EVALUATED_RULES = [
  'seo_title_length',
  'meta_description_length',
  'h1_same_as_title',
  'forbidden_word',
  'missing_cta',
  'number_dropped',
  'number_invented',
  'untranslated_text',
  'wrong_language',
  'empty_field',
  'duplicate_copy',
  'llm_artifact',
] as const;

/** Hits over labelled cases. */
export interface RecallCell {
  hit: number;
  labelled: number;
}

/** The gate measured on a labelled set, counted the way the QA scorer (score.mjs) counts. */
export interface GateEvaluation {
  /** Per rule and language (plus `all`): cases labelled with the rule where the rule was reported
   *  with severity warning or critical. */
  recall: Record<string, Record<LanguageCode | 'all', RecallCell>>;
  /** Macro average of per-rule recall, over rules with labelled cases. */
  macroRecall: number;
  /** Clean cases, and those with a critical issue (the false-positive budget). */
  clean: Record<LanguageCode | 'all', { cases: number; critical: number; warningOrCritical: number }>;
  /** Rules reported (warning or critical) on clean cases, with counts. */
  cleanRuleFires: Record<string, number>;
}

const emptyCells = (): Record<LanguageCode | 'all', RecallCell> =>
  Object.fromEntries([...LANGUAGE_CODES, 'all'].map((key) => [key, { hit: 0, labelled: 0 }])) as Record<
    LanguageCode | 'all',
    RecallCell
  >;

/** Share in 0..1; NaN when nothing was labelled. */
export const share = (cell: { hit: number; labelled: number }): number =>
  cell.labelled ? cell.hit / cell.labelled : Number.NaN;

/** Scores gate reports against the labels of their cases. */
export function evaluateGate(
  cases: readonly LabelledCase[],
  reports: ReadonlyMap<string, QualityReport>,
): GateEvaluation {
  const recall: GateEvaluation['recall'] = Object.fromEntries(
    EVALUATED_RULES.map((rule) => [rule, emptyCells()]),
  );
  const clean = Object.fromEntries(
    [...LANGUAGE_CODES, 'all'].map((key) => [key, { cases: 0, critical: 0, warningOrCritical: 0 }]),
  ) as GateEvaluation['clean'];
  const cleanRuleFires: Record<string, number> = {};

  for (const labelled of cases) {
    if (!labelled.expected) continue;
    const issues = reports.get(labelled.id)?.issues ?? [];
    const reported = new Set(
      issues.filter((issue) => issue.severity !== 'info').map((issue) => issue.rule as string),
    );
    if (labelled.expected.clean) {
      for (const key of [labelled.language, 'all'] as const) {
        clean[key].cases++;
        if (issues.some((issue) => issue.severity === 'critical')) clean[key].critical++;
        if (reported.size) clean[key].warningOrCritical++;
      }
      for (const rule of reported) cleanRuleFires[rule] = (cleanRuleFires[rule] ?? 0) + 1;
      continue;
    }
    for (const rule of labelled.expected.defects) {
      if (!recall[rule]) continue;
      for (const key of [labelled.language, 'all'] as const) {
        recall[rule][key].labelled++;
        if (reported.has(rule)) recall[rule][key].hit++;
      }
    }
  }
  const ruleRecalls = Object.values(recall)
    .map((cells) => share(cells.all))
    .filter((value) => !Number.isNaN(value));
  const macroRecall = ruleRecalls.reduce((sum, value) => sum + value, 0) / Math.max(1, ruleRecalls.length);
  return { recall, macroRecall, clean, cleanRuleFires };
}
