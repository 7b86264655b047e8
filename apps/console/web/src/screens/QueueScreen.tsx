import { useEffect, useState } from 'react';
import type { QueueState } from '../App';
import { api, QueueCounts, QueueFilter, QueueItem } from '../api/client';
import { BulkApproval } from '../components/BulkApproval';
import { useShortcuts } from '../keyboard';
import type { Route } from '../route';

const LANGUAGES = ['en', 'ja', 'es', 'de', 'fr'];
const SEVERITIES = ['critical', 'warning', 'info'];
const AGES: [string, number | undefined][] = [
  ['any age', undefined],
  ['≥ 10 minutes', 10],
  ['≥ 1 hour', 60],
  ['≥ 1 day', 1440],
];

function age(createdAt: string): string {
  const minutes = Math.max(0, Math.round((Date.now() - new Date(createdAt).getTime()) / 60_000));
  if (minutes < 60) return `${minutes} min`;
  if (minutes < 1440) return `${Math.round(minutes / 60)} h`;
  return `${Math.round(minutes / 1440)} d`;
}

function countLabel(label: string, count: number | undefined): string {
  return count === undefined ? label : `${label} (${count})`;
}

interface Props {
  queue: QueueState;
  error: string | null;
  loadQueue: (filter: QueueFilter) => Promise<QueueItem[]>;
  go: (route: Route) => void;
  /** A reviewer or above: may approve in bulk. */
  canDecide: boolean;
}

export function QueueScreen({ queue, error, loadQueue, go, canDecide }: Props) {
  const [selected, setSelected] = useState(0);
  const [counts, setCounts] = useState<QueueCounts | null>(null);
  const { filter, items, total } = queue;

  const apply = (change: Partial<QueueFilter>) => {
    const next = { ...filter, ...change, offset: 'offset' in change ? (change.offset ?? 0) : 0 };
    setSelected(0);
    void loadQueue(next);
  };

  useEffect(() => {
    void loadQueue(filter);
  }, []);

  // The counts ignore paging and sorting: they follow the filters only.
  useEffect(() => {
    const facets = {
      jobId: filter.jobId,
      language: filter.language,
      rule: filter.rule,
      severity: filter.severity,
      attempt: filter.attempt,
      minAgeMinutes: filter.minAgeMinutes,
    };
    void api
      .GET('/api/review/counts', { params: { query: facets } })
      .then(({ data }) => setCounts(data ?? null));
  }, [filter.jobId, filter.language, filter.rule, filter.severity, filter.attempt, filter.minAgeMinutes]);

  useEffect(() => {
    document.getElementById(`queue-row-${selected}`)?.scrollIntoView({ block: 'nearest' });
  }, [selected]);

  const open = (index: number) => {
    const item = items[index];
    if (item) go({ screen: 'item', versionId: item.versionId });
  };

  useShortcuts([
    {
      keys: 'j / ArrowDown',
      description: 'next',
      run: () => setSelected((index) => Math.min(index + 1, items.length - 1)),
    },
    {
      keys: 'k / ArrowUp',
      description: 'previous',
      run: () => setSelected((index) => Math.max(index - 1, 0)),
    },
    { keys: 'Enter / o', description: 'open', run: () => open(selected) },
    { keys: 's', description: 'sort', run: () => apply({ sort: filter.sort === 'score' ? 'age' : 'score' }) },
  ]);

  const offset = filter.offset ?? 0;
  const limit = filter.limit ?? 25;
  const facetOptions = (facet: Record<string, number> | undefined) =>
    Object.entries(facet ?? {}).sort(([a], [b]) => a.localeCompare(b));

  return (
    <section aria-labelledby="queue-title">
      <h1 id="queue-title">
        Review queue <span className="count">{total} waiting</span>
      </h1>
      <form className="filters" onSubmit={(event) => event.preventDefault()} aria-label="Filters">
        <label>
          Job
          <select
            value={filter.jobId ?? ''}
            onChange={(event) => apply({ jobId: event.target.value || undefined })}
          >
            <option value="">{countLabel('all jobs', counts?.total)}</option>
            {facetOptions(counts?.byJob).map(([job, count]) => (
              <option key={job} value={job}>
                {countLabel(job, count)}
              </option>
            ))}
          </select>
        </label>
        <label>
          Language
          <select
            value={filter.language ?? ''}
            onChange={(event) =>
              apply({ language: (event.target.value || undefined) as QueueFilter['language'] })
            }
          >
            <option value="">all</option>
            {LANGUAGES.map((language) => (
              <option key={language} value={language}>
                {countLabel(language, counts?.byLanguage[language] ?? 0)}
              </option>
            ))}
          </select>
        </label>
        <label>
          Rule
          <select
            value={filter.rule ?? ''}
            onChange={(event) => apply({ rule: event.target.value || undefined })}
          >
            <option value="">all</option>
            {facetOptions(counts?.byRule).map(([rule, count]) => (
              <option key={rule} value={rule}>
                {countLabel(rule, count)}
              </option>
            ))}
          </select>
        </label>
        <label>
          Severity
          <select
            value={filter.severity ?? ''}
            onChange={(event) =>
              apply({ severity: (event.target.value || undefined) as QueueFilter['severity'] })
            }
          >
            <option value="">all</option>
            {SEVERITIES.map((severity) => (
              <option key={severity} value={severity}>
                {countLabel(severity, counts?.bySeverity[severity] ?? 0)}
              </option>
            ))}
          </select>
        </label>
        <label>
          Attempt
          <select
            value={filter.attempt ?? ''}
            onChange={(event) =>
              apply({ attempt: event.target.value ? Number(event.target.value) : undefined })
            }
          >
            <option value="">all</option>
            {facetOptions(counts?.byAttempt).map(([attempt, count]) => (
              <option key={attempt} value={attempt}>
                {countLabel(attempt, count)}
              </option>
            ))}
          </select>
        </label>
        <label>
          Age
          <select
            value={filter.minAgeMinutes ?? ''}
            onChange={(event) =>
              apply({ minAgeMinutes: event.target.value ? Number(event.target.value) : undefined })
            }
          >
            {AGES.map(([label, minutes]) => (
              <option key={label} value={minutes ?? ''}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Sort
          <select
            value={filter.sort ?? 'age'}
            onChange={(event) => apply({ sort: event.target.value as 'age' | 'score' })}
          >
            <option value="age">oldest first</option>
            <option value="score">lowest score first</option>
          </select>
        </label>
      </form>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {canDecide && <BulkApproval filter={filter} onDone={() => void loadQueue(filter)} />}
      {items.length === 0 ? (
        <p className="empty" role="status">
          Nothing waits for review with these filters.
        </p>
      ) : (
        <table className="queue" aria-label="Items waiting for review">
          <thead>
            <tr>
              <th scope="col">SKU</th>
              <th scope="col">Product</th>
              <th scope="col">Lang</th>
              <th scope="col">Attempt</th>
              <th scope="col">Score</th>
              <th scope="col">Issues</th>
              <th scope="col">Waiting</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item, index) => (
              <tr
                key={item.versionId}
                id={`queue-row-${index}`}
                className={index === selected ? 'selected' : undefined}
                aria-current={index === selected ? 'true' : undefined}
                onClick={() => open(index)}
              >
                <td>
                  <a
                    href={`/items/${item.versionId}`}
                    onClick={(event) => {
                      event.preventDefault();
                      open(index);
                    }}
                  >
                    {item.skuId}
                  </a>
                </td>
                <td lang="zh">{item.productName}</td>
                <td>{item.language}</td>
                <td>{item.attempt}</td>
                <td>{item.score}</td>
                <td>
                  {item.issues.map((issue, issueIndex) => (
                    <span key={issueIndex} className={`badge ${issue.severity}`}>
                      {issue.rule}
                    </span>
                  ))}
                </td>
                <td>{age(item.createdAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <nav className="pages" aria-label="Pages">
        <button
          type="button"
          disabled={offset === 0}
          onClick={() => apply({ offset: Math.max(0, offset - limit) })}
        >
          Previous page
        </button>
        <span>
          {total === 0 ? 0 : offset + 1}–{Math.min(offset + limit, total)} of {total}
        </span>
        <button
          type="button"
          disabled={offset + limit >= total}
          onClick={() => apply({ offset: offset + limit })}
        >
          Next page
        </button>
      </nav>
    </section>
  );
}
