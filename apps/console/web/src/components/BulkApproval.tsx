import { useState } from 'react';
import { api, messageOf, QueueFilter, Schemas } from '../api/client';

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/**
 * Approves a job's filtered queue at or above a score, in two steps (the second names what it will do);
 * the console refuses the items with a critical issue and lists them with why.
 */
export function BulkApproval({ filter, onDone }: { filter: QueueFilter; onDone: () => void }) {
  const [minScore, setMinScore] = useState('90');
  const [armed, setArmed] = useState(false);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<Schemas['BulkApprovalView'] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const jobId = filter.jobId;
  if (!jobId) return <p className="muted">Choose a job to approve its queue in bulk.</p>;

  const run = async () => {
    setBusy(true);
    // The queue's filters without its paging and sorting: the approval takes every matching item.
    const { language, rule, severity, attempt, minAgeMinutes } = filter;
    const { data, error: failure } = await api.POST('/api/review/bulk-approve', {
      body: { jobId, language, rule, severity, attempt, minAgeMinutes, minScore: Number(minScore) },
    });
    setBusy(false);
    setArmed(false);
    if (!data) return setError(messageOf(failure));
    setError(null);
    setResult(data);
    onDone();
  };

  return (
    <section className="bulk" aria-labelledby="bulk-title">
      <h2 id="bulk-title">Bulk approval</h2>
      <form
        className="budget-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (armed) void run();
          else setArmed(true);
        }}
      >
        <label htmlFor="bulk-min-score">Minimum score</label>
        <input
          id="bulk-min-score"
          type="number"
          min={0}
          max={100}
          required
          value={minScore}
          onChange={(event) => {
            setMinScore(event.target.value);
            setArmed(false);
          }}
        />
        <button type="submit" disabled={busy}>
          {armed
            ? `Confirm: approve every filtered item of ${jobId} scoring ≥ ${minScore}`
            : `Approve all scoring ≥ ${minScore}`}
        </button>
        {armed && (
          <button type="button" onClick={() => setArmed(false)}>
            Cancel
          </button>
        )}
      </form>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <div role="status" className="status">
        {result &&
          `Approved ${plural(result.approved.length, 'item')}; refused ${result.refused.length} with a critical issue; ` +
            `${result.belowScore} below the score` +
            (result.failed.length > 0 ? `; ${result.failed.length} failed` : '') +
            (result.truncated ? ' (more match: run it again)' : '')}
      </div>
      {result && result.refused.length + result.failed.length > 0 && (
        <ul aria-label="Not approved">
          {[...result.refused, ...result.failed].map((item) => (
            <li key={item.versionId}>
              {item.skuId} · {item.language}: {item.reason}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
