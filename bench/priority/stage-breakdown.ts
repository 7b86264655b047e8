// Where a new SKU's time goes on its way to five languages, from the services' own rows. The critical path is the
// English master (ingested, generated, passed by the gate), then the derived language stored last.

export interface PriorityTimeline {
  skuId: string;
  publishedAt: number;
  ingestedAt?: number;
  /** Generation attempts as the generator stored them; `latencyMs` runs from asking for admission to the answer. */
  attempts: { language: string; attempt: number; storedAt: number; latencyMs: number }[];
  checks: { language: string; attempt: number; at: number; verdict: string }[];
  versions: { language: string; at: number }[];
  languages: number;
}

export interface Stage {
  name: string;
  p50: number;
  p95: number;
}

const STAGES = [
  'catalogue -> ingester snapshot',
  'en: snapshot -> generator asks admission (Kafka)',
  'en: admission wait + provider',
  'en: generated -> gate passed (incl. regenerations)',
  'derived: en passed -> generator asks admission',
  'derived: admission wait + provider',
  'derived: generated -> stored (gate, regen, store)',
  'total: catalogue -> fifth language stored',
] as const;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

/** Seconds spent in each stage by one SKU, or undefined for a SKU that did not reach five languages. */
export function stagesOf(timeline: PriorityTimeline): number[] | undefined {
  if (timeline.languages < 5 || timeline.ingestedAt === undefined) return undefined;
  const first = (language: string) =>
    timeline.attempts.filter((a) => a.language === language).sort((a, b) => a.attempt - b.attempt)[0];
  const en = first('en');
  const enPassed = timeline.checks.find((c) => c.language === 'en' && c.verdict !== 'fail');
  const lastDerived = timeline.versions.filter((v) => v.language !== 'en').sort((a, b) => b.at - a.at)[0];
  if (!en || !enPassed || !lastDerived) return undefined;
  const derived = first(lastDerived.language);
  if (!derived) return undefined;
  const enStart = en.storedAt - en.latencyMs;
  const derivedStart = derived.storedAt - derived.latencyMs;
  return [
    timeline.ingestedAt - timeline.publishedAt,
    enStart - timeline.ingestedAt,
    en.latencyMs,
    enPassed.at - en.storedAt,
    derivedStart - enPassed.at,
    derived.latencyMs,
    lastDerived.at - derived.storedAt,
    lastDerived.at - timeline.publishedAt,
  ].map((ms) => ms / 1000);
}

/** p50/p95 of every stage over the SKUs that reached five languages. */
export function stageBreakdown(timelines: PriorityTimeline[]): Stage[] {
  const rows = timelines.map(stagesOf).filter((row): row is number[] => row !== undefined);
  return STAGES.map((name, index) => ({
    name,
    p50: percentile(
      rows.map((row) => row[index]),
      50,
    ),
    p95: percentile(
      rows.map((row) => row[index]),
      95,
    ),
  }));
}
