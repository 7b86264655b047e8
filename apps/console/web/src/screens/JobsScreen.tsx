import { useEffect, useState } from 'react';
import { atLeast } from '../App';
import { api, messageOf, PersonView, Schemas } from '../api/client';
import { DeadLetterTable } from '../components/DeadLetterTable';
import { ProviderHoldBanner } from '../components/ProviderHoldBanner';

type Progress = Schemas['JobProgressView'];
const POLL_MS = 2_000;

/**
 * Progress, cost so far, projected cost, throughput and ETA of a job, polled while the screen is open; a held
 * provider (the generator group sends nothing until a person fixes the key, quota, model or workflow) shows as a
 * banner with what to do; a job paused on its budget says so, and an operator raises the budget and resumes it;
 * the job's dead letters with their reason and original bytes, and their re-drive.
 */
export function JobsScreen({ person }: { person: PersonView }) {
  const [jobs, setJobs] = useState<Schemas['JobSummaryView'][]>([]);
  // A link may name the job: /jobs?jobId=…
  const [jobId, setJobId] = useState<string | null>(() =>
    new URLSearchParams(window.location.search).get('jobId'),
  );
  const [samples, setSamples] = useState<Progress[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [job, setJob] = useState<Schemas['JobView'] | null>(null);
  const [deadLetters, setDeadLetters] = useState<Schemas['DeadLetterPageView'] | null>(null);
  const [budget, setBudget] = useState('');
  const [notice, setNotice] = useState('');
  const isOperator = atLeast(person, 'operator');

  const loadJob = async (id: string) => {
    const path = { path: { jobId: id } };
    const [detail, letters] = await Promise.all([
      api.GET('/api/jobs/{jobId}', { params: path }),
      api.GET('/api/jobs/{jobId}/dead-letters', { params: path }),
    ]);
    if (detail.data) setJob(detail.data);
    if (letters.data) setDeadLetters(letters.data);
    const failure = detail.error ?? letters.error;
    setError(failure ? messageOf(failure) : null);
  };

  const raiseBudget = async (resumeAfter: boolean) => {
    if (!jobId) return;
    const budgetUsd = Number(budget);
    const { data, error: failure } = await api.PATCH('/api/jobs/{jobId}/budget', {
      params: { path: { jobId } },
      body: { budgetUsd },
    });
    if (!data) return setError(messageOf(failure));
    setNotice(`Budget set to $${budgetUsd}`);
    if (resumeAfter) await resume('Budget raised and job resumed');
    else await loadJob(jobId);
  };

  const resume = async (what: string) => {
    if (!jobId) return;
    const { data, error: failure } = await api.POST('/api/jobs/{jobId}/resume', {
      params: { path: { jobId } },
    });
    if (!data) return setError(messageOf(failure));
    setNotice(`${what}: ${data.requeued} dead letter(s) re-driven, ${data.exhausted} out of re-drives`);
    await loadJob(jobId);
  };

  useEffect(() => {
    void api.GET('/api/jobs').then(({ data, error: failure }) => {
      if (!data) return setError(messageOf(failure));
      setJobs(data);
      setJobId((chosen) => chosen ?? data[0]?.job_id ?? null);
    });
  }, []);

  useEffect(() => {
    if (!jobId) return;
    setJob(null);
    setDeadLetters(null);
    setNotice('');
    void loadJob(jobId);
  }, [jobId]);

  useEffect(() => {
    if (!jobId) return;
    setSamples([]);
    const poll = async () => {
      const { data } = await api.GET('/api/jobs/{jobId}/progress', { params: { path: { jobId } } });
      if (data) setSamples((previous) => [...previous.slice(-59), data]);
    };
    void poll();
    const timer = setInterval(() => void poll(), POLL_MS);
    return () => clearInterval(timer);
  }, [jobId]);

  const latest = samples[samples.length - 1];
  const points = samples
    .map((sample, index) => `${(index / 59) * 300},${60 - (sample.progress_pct / 100) * 60}`)
    .join(' ');
  return (
    <section aria-labelledby="jobs-title">
      <h1 id="jobs-title">Jobs</h1>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {/* A label beside the select, not around it: a wrapping label's name would include the options' text. */}
      <label htmlFor="job-select">Job</label>{' '}
      <select id="job-select" value={jobId ?? ''} onChange={(event) => setJobId(event.target.value)}>
        {jobId && !jobs.some((job) => job.job_id === jobId) && <option value={jobId}>{jobId}</option>}
        {jobs.map((job) => (
          <option key={job.job_id} value={job.job_id}>
            {job.job_id}
          </option>
        ))}
      </select>
      {latest?.provider_hold && <ProviderHoldBanner hold={latest.provider_hold} />}
      {latest && (
        <div className="dashboard">
          <dl>
            <dt>State</dt>
            <dd>{latest.state}</dd>
            <dt>Progress</dt>
            <dd>
              <progress max={100} value={latest.progress_pct} aria-label="Progress" />{' '}
              {latest.progress_pct.toFixed(1)} % ({latest.completed} of {latest.total} tasks)
            </dd>
            <dt>In human review</dt>
            <dd>{latest.human_review}</dd>
            <dt>Dead-lettered</dt>
            <dd>{latest.dead_lettered}</dd>
            <dt>Cost so far</dt>
            <dd>${latest.cost_usd_so_far.toFixed(4)}</dd>
            <dt>Projected cost</dt>
            <dd>
              {latest.projected_total_cost_usd === null
                ? '—'
                : `$${latest.projected_total_cost_usd.toFixed(4)}`}
            </dd>
            <dt>Budget</dt>
            <dd>{latest.budget_usd === null ? 'none' : `$${latest.budget_usd}`}</dd>
            <dt>Throughput</dt>
            <dd>{latest.throughput_tasks_per_min.toFixed(1)} tasks/min</dd>
            <dt>ETA</dt>
            <dd>
              {latest.eta_status === 'held'
                ? 'held: waits for the provider'
                : latest.eta_seconds === null
                  ? '—'
                  : `${Math.round(latest.eta_seconds)} s`}
            </dd>
          </dl>
          <figure>
            <svg
              viewBox="0 0 300 60"
              width="300"
              height="60"
              role="img"
              aria-label="Progress over the last two minutes"
            >
              <polyline points={points} fill="none" stroke="currentColor" strokeWidth="2" />
            </svg>
            <figcaption>
              Progress, sampled every 2 s (as of {new Date(latest.as_of).toLocaleTimeString()})
            </figcaption>
          </figure>
        </div>
      )}
      <p role="status" className="status">
        {notice}
      </p>
      {job?.paused_reason && (
        <div className="paused" role="alert">
          <strong>Paused:</strong> {job.paused_reason}
        </div>
      )}
      {job && isOperator && (
        <form
          className="budget-form"
          aria-label="Budget"
          onSubmit={(event) => {
            event.preventDefault();
            void raiseBudget(job.paused_reason !== null);
          }}
        >
          <label htmlFor="budget-usd">Budget cap (USD)</label>
          <input
            id="budget-usd"
            type="number"
            min="0.01"
            step="0.01"
            required
            value={budget}
            placeholder={job.budget_usd === null ? 'no cap' : String(job.budget_usd)}
            onChange={(event) => setBudget(event.target.value)}
          />
          <button type="submit">{job.paused_reason ? 'Raise budget and resume' : 'Set budget'}</button>
        </form>
      )}
      {deadLetters && (
        <section aria-labelledby="dead-letters-title">
          <h2 id="dead-letters-title">Dead letters ({deadLetters.total})</h2>
          {deadLetters.total === 0 ? (
            <p>No dead letters for this job.</p>
          ) : (
            <>
              {isOperator && (
                <button type="button" onClick={() => void resume('Re-driven')}>
                  Re-drive {deadLetters.total} dead letter{deadLetters.total > 1 ? 's' : ''}
                </button>
              )}
              <DeadLetterTable deadLetters={deadLetters.items} />
            </>
          )}
        </section>
      )}
    </section>
  );
}
