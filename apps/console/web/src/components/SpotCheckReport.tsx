import type { Schemas } from '../api/client';

type Report = Schemas['SpotCheckReportView'];
type PassRate = Schemas['PassRateView'];
type Judge = Schemas['JudgeReportView'];

const SEVERITIES = ['minor', 'major', 'critical'] as const;

function percent(value: number): string {
  return `${(value * 100).toFixed(1)} %`;
}

/** "75.0 % (95 % CI 40.9 %–92.9 %)", or a dash before the first check. */
export function passRateText(rate: PassRate): string {
  if (rate.passRate === null || rate.wilson95 === null) return '—';
  return `${percent(rate.passRate)} (95 % CI ${percent(rate.wilson95.lower)}–${percent(rate.wilson95.upper)})`;
}

/**
 * A sample's spot-check report: the overall pass rate with its Wilson interval, first attempt against after
 * regeneration, one row per language × category, errors per MQM category and severity, and the gate's blind spots.
 */
export function SpotCheckReport({ report }: { report: Report }) {
  const { overall } = report;
  const categories = Object.entries(overall.errors.byCategory).filter(([, bySeverity]) =>
    SEVERITIES.some((severity) => (bySeverity[severity] ?? 0) > 0),
  );
  const exports = `/api/spot-checks/${report.sampleId}`;
  return (
    <section aria-labelledby="report-title" className="spot-report">
      <h2 id="report-title">Report</h2>
      <p role="status" aria-live="polite" data-testid="report-summary">
        {overall.checked} of {overall.sampled} checked · pass rate {passRateText(overall.all)} ·{' '}
        {overall.errors.total} errors · {overall.blindSpots} gate blind spots
      </p>
      <dl className="pass-rates">
        <dt>First attempt</dt>
        <dd>
          {overall.firstAttempt.passed} of {overall.firstAttempt.checked} ·{' '}
          {passRateText(overall.firstAttempt)}
        </dd>
        <dt>After regeneration</dt>
        <dd>
          {overall.afterRegeneration.passed} of {overall.afterRegeneration.checked} ·{' '}
          {passRateText(overall.afterRegeneration)}
        </dd>
      </dl>
      <div className="table-scroll" role="region" aria-label="Per language and category" tabIndex={0}>
        <table aria-label="Pass rate per language and category">
          <thead>
            <tr>
              <th scope="col">Language</th>
              <th scope="col">Category</th>
              <th scope="col">Sampled</th>
              <th scope="col">Checked</th>
              <th scope="col">Passed</th>
              <th scope="col">Pass rate (95 % interval)</th>
              <th scope="col">Errors</th>
              <th scope="col">Blind spots</th>
            </tr>
          </thead>
          <tbody>
            {report.rows.map((row) => (
              <tr key={`${row.language}/${row.category}`} data-stratum={`${row.language}/${row.category}`}>
                <td>{row.language}</td>
                <td>{row.category}</td>
                <td>{row.sampled}</td>
                <td>{row.checked}</td>
                <td>{row.all.passed}</td>
                <td>{passRateText(row.all)}</td>
                <td>{row.errors.total}</td>
                <td>{row.blindSpots}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {categories.length > 0 && (
        <table aria-label="Errors per category and severity">
          <thead>
            <tr>
              <th scope="col">Error category</th>
              {SEVERITIES.map((severity) => (
                <th scope="col" key={severity}>
                  {severity}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {categories.map(([category, bySeverity]) => (
              <tr key={category}>
                <th scope="row">{category}</th>
                {SEVERITIES.map((severity) => (
                  <td key={severity}>{bySeverity[severity] ?? 0}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <JudgeFigures judge={report.judge} />
      <p>
        Gate blind spots (the gate passed, a person failed): <strong>{overall.blindSpots}</strong> ·{' '}
        <a href={`${exports}/blind-spots.jsonl`} download>
          Blind spots as QA cases (JSON lines)
        </a>{' '}
        ·{' '}
        <a href={`${exports}/checks.csv`} download>
          Export checks (CSV)
        </a>
      </p>
    </section>
  );
}

/**
 * The automatic estimate beside the people's verdicts: the LLM judge's accuracy for the job against its target,
 * and how far it agrees with these spot checks (agreement and Cohen's kappa on versions both judged).
 */
function JudgeFigures({ judge }: { judge: Judge }) {
  if (judge.samples === 0) {
    return (
      <p data-testid="judge-summary">
        LLM judge: no judge sample drawn for this job yet (POST /judge-samples on the version store).
      </p>
    );
  }
  const { agreement } = judge;
  return (
    <section aria-labelledby="judge-title">
      <h3 id="judge-title">LLM judge (automatic accuracy estimate)</h3>
      <p data-testid="judge-summary">
        {judge.judged} judged ({judge.failed} failed, {judge.pending} pending) · accuracy{' '}
        {judge.accuracy === null
          ? '—'
          : `${percent(judge.accuracy)}${judge.wilson95 ? ` (95 % CI ${percent(judge.wilson95.lower)}–${percent(judge.wilson95.upper)})` : ''}`}{' '}
        · target {percent(judge.target)}
        {judge.belowTarget ? <strong> · below target</strong> : null}
      </p>
      <p data-testid="judge-agreement">
        Agreement with spot checks:{' '}
        {agreement.n === 0 || agreement.agreementRate === null
          ? 'no version both judged and checked yet'
          : `${percent(agreement.agreementRate)} on ${agreement.n} versions, Cohen's κ ${agreement.kappa === null ? 'undefined' : agreement.kappa.toFixed(2)}`}
      </p>
    </section>
  );
}
