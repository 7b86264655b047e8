import { useEffect, useState } from 'react';
import { api, messageOf, Schemas } from '../api/client';

type Progress = Schemas['JobProgressView'];
const POLL_MS = 2_000;

/** Progress, cost so far, projected cost, throughput and ETA of a job, polled while the screen is open. */
export function JobsScreen() {
  const [jobs, setJobs] = useState<Schemas['JobSummaryView'][]>([]);
  // A link may name the job: /jobs?jobId=…
  const [jobId, setJobId] = useState<string | null>(() =>
    new URLSearchParams(window.location.search).get('jobId'),
  );
  const [samples, setSamples] = useState<Progress[]>([]);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    void api.GET('/api/jobs').then(({ data, error: failure }) => {
      if (!data) return setError(messageOf(failure));
      setJobs(data);
      setJobId((chosen) => chosen ?? data[0]?.job_id ?? null);
    });
  }, []);

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
            <dd>{latest.eta_seconds === null ? '—' : `${Math.round(latest.eta_seconds)} s`}</dd>
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
    </section>
  );
}
