import type {
  ProductContent,
  QualityIssue,
  SourceProduct,
  SpotCheckVerdict,
} from '@content-pipeline/contracts';
import type { MarkedError } from './mqm-typology';

/** A recorded spot check with the version facts an export needs. */
export interface SpotCheckRecord {
  checkId: string;
  sampleId: string;
  jobId: string;
  versionId: string;
  skuId: string;
  language: string;
  category: string;
  attempt: number;
  gateVerdict: string;
  gateScore: number;
  verdict: SpotCheckVerdict;
  reviewer: string;
  notes: string;
  checkedAt: Date;
  errors: MarkedError[];
}

export const SPOT_CHECK_CSV_COLUMNS = [
  'check_id',
  'sample_id',
  'job_id',
  'version_id',
  'sku_id',
  'language',
  'category',
  'attempt',
  'gate_verdict',
  'gate_score',
  'verdict',
  'reviewer',
  'checked_at',
  'minor_errors',
  'major_errors',
  'critical_errors',
  'errors',
  'notes',
] as const;

/**
 * Spot checks as CSV (RFC 4180: CRLF line ends, fields quoted when they hold a comma, quote or line break), one
 * row per check. `errors` lists each error as `category/severity@field[start,end)` separated by `; `; error notes
 * stay in the JSON API. A cell starting with = + - @ is prefixed with ' so a spreadsheet shows it as text
 * instead of running it as a formula.
 */
export function spotChecksCsv(records: readonly SpotCheckRecord[]): string {
  const lines = [SPOT_CHECK_CSV_COLUMNS.join(',')];
  for (const record of records) {
    const severities = (severity: string) =>
      record.errors.filter((error) => error.severity === severity).length;
    const cells: (string | number)[] = [
      record.checkId,
      record.sampleId,
      record.jobId,
      record.versionId,
      record.skuId,
      record.language,
      record.category,
      record.attempt,
      record.gateVerdict,
      record.gateScore,
      record.verdict,
      record.reviewer,
      record.checkedAt.toISOString(),
      severities('minor'),
      severities('major'),
      severities('critical'),
      record.errors
        .map((error) => `${error.category}/${error.severity}@${error.field}[${error.start},${error.end})`)
        .join('; '),
      record.notes,
    ];
    lines.push(cells.map(csvCell).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

function csvCell(value: string | number): string {
  if (typeof value === 'number') return String(value);
  const text = /^[=+\-@]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A version the gate passed and a person failed, with what both said about it. */
export interface BlindSpot {
  record: SpotCheckRecord;
  source: SourceProduct | null;
  content: ProductContent;
  gateIssues: QualityIssue[];
}

/**
 * A blind spot as a case of the QA evaluation set (`id, language, source, content, expected`), so it can be
 * added to the gate's labelled cases. `expected.defects` holds the MQM categories the person marked: the QA
 * scorer counts recall only for its own rule ids, so someone relabels a case into rule ids (or keeps it as a
 * case no rule covers yet) before it counts. `spot_check` and `gate` say where the case came from.
 */
export function blindSpotCase(spot: BlindSpot): Record<string, unknown> {
  const { record, source, content } = spot;
  return {
    id: `spot-${record.versionId}`,
    language: record.language,
    source: source
      ? {
          product_name: source.productName,
          product_description: source.productDescription,
          category: source.category,
        }
      : null,
    content: {
      translated_description: content.translatedDescription,
      seo_title: content.seoTitle,
      meta_description: content.metaDescription,
      h1: content.h1,
      marketing_copy_a: content.marketingCopyA,
      marketing_copy_b: content.marketingCopyB,
      marketing_copy_c: content.marketingCopyC,
    },
    expected: { clean: false, defects: [...new Set(record.errors.map((error) => error.category))] },
    spot_check: {
      check_id: record.checkId,
      sample_id: record.sampleId,
      job_id: record.jobId,
      version_id: record.versionId,
      sku_id: record.skuId,
      attempt: record.attempt,
      reviewer: record.reviewer,
      notes: record.notes,
      errors: record.errors.map((error) => ({
        category: error.category,
        severity: error.severity,
        field: error.field,
        start: error.start,
        end: error.end,
        text: content[error.field].slice(error.start, error.end),
        note: error.note ?? null,
      })),
    },
    gate: { verdict: record.gateVerdict, score: record.gateScore, issues: spot.gateIssues },
  };
}
