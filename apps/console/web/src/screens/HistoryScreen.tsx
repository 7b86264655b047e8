import { useEffect, useRef, useState } from 'react';
import { atLeast } from '../App';
import { api, messageOf, PersonView, Schemas, VersionView } from '../api/client';
import { ExperimentPanel } from '../components/ExperimentPanel';
import { VersionDiff } from '../components/VersionDiff';
import type { Route } from '../route';

type History = Schemas['HistoryView'];
type Language = 'en' | 'ja' | 'es' | 'de' | 'fr';

/** An activation or rollback the operator is about to confirm with a reason. */
interface PendingChange {
  kind: 'activate' | 'rollback';
  version: VersionView;
}

/** The pair a comparison starts with: the version before the newest, against the newest. */
function defaultPair(history: History): { from: string; to: string } | null {
  const [newest, previous] = history.items;
  return newest && previous ? { from: previous.versionId, to: newest.versionId } : null;
}

/**
 * Versions of a SKU-language, newest first: any two compared word by word with who made them, when and why; an
 * operator activates a version or rolls back to an earlier one with a reason, and after an English rollback
 * derives the other languages again.
 */
export function HistoryScreen({
  sku,
  lang,
  person,
  go,
}: {
  sku: string;
  lang: string;
  person: PersonView;
  go: (route: Route) => void;
}) {
  const language = lang as Language;
  const path = { sku, lang: language };
  const [history, setHistory] = useState<History | null>(null);
  const [pair, setPair] = useState<{ from: string; to: string } | null>(null);
  const [diff, setDiff] = useState<Schemas['VersionDiffView'] | null>(null);
  const [pending, setPending] = useState<PendingChange | null>(null);
  const [reason, setReason] = useState('');
  const [staleLanguages, setStaleLanguages] = useState<string[]>([]);
  const [status, setStatus] = useState('');
  // Bumped after each change, so the comparison's who/when/why shows it.
  const [revision, setRevision] = useState(0);
  const [alert, setAlert] = useState<string | null>(null);
  const reasonField = useRef<HTMLTextAreaElement>(null);

  const load = async () => {
    const { data, error } = await api.GET('/api/skus/{sku}/languages/{lang}', { params: { path } });
    if (!data) return setAlert(messageOf(error));
    setHistory(data);
    setPair((chosen) => chosen ?? defaultPair(data));
  };
  useEffect(() => void load(), [sku, lang]);

  useEffect(() => {
    if (!pair) return setDiff(null);
    void api
      .GET('/api/skus/{sku}/languages/{lang}/diff', { params: { path, query: pair } })
      .then(({ data, error }) => (data ? setDiff(data) : setAlert(messageOf(error))));
  }, [pair?.from, pair?.to, revision]);

  useEffect(() => {
    if (pending) reasonField.current?.focus();
  }, [pending]);

  const active = history?.items.find((version) => version.versionId === history.activeVersionId) ?? null;
  const isOperator = atLeast(person, 'operator');
  const changeFor = (version: VersionView): PendingChange['kind'] =>
    active && version.versionNumber < active.versionNumber ? 'rollback' : 'activate';
  const verb = (kind: PendingChange['kind']) => (kind === 'rollback' ? 'Roll back to' : 'Activate');

  const confirm = async () => {
    if (!pending) return;
    if (!reason.trim()) return setAlert('Give a reason: it is recorded in the audit');
    const route =
      pending.kind === 'rollback'
        ? ('/api/skus/{sku}/languages/{lang}/rollback' as const)
        : ('/api/skus/{sku}/languages/{lang}/activate' as const);
    const { data, error } = await api.POST(route, {
      params: { path },
      body: { versionId: pending.version.versionId, reason: reason.trim() },
    });
    if (!data) return setAlert(messageOf(error));
    setAlert(null);
    setStatus(`Version #${pending.version.versionNumber} is active now`);
    setStaleLanguages(data.rederiveOffer?.staleLanguages ?? []);
    setPending(null);
    setReason('');
    await load();
    setRevision((count) => count + 1);
  };

  const rederive = async () => {
    const { data, error } = await api.POST('/api/skus/{sku}/languages/{lang}/rederive', {
      params: { path },
      body: { reason: `derive again after rolling English back to #${active?.versionNumber}` },
    });
    if (!data) return setAlert(messageOf(error));
    setStaleLanguages([]);
    const languages = (list: { language: string }[]) => list.map((entry) => entry.language).join(', ');
    setStatus(
      `Derivation requested for ${languages(data.requested) || 'no language'}; ` +
        `shown again: ${languages(data.reactivated) || 'none'}`,
    );
  };

  if (!history) return <p role={alert ? 'alert' : 'status'}>{alert ?? 'Loading…'}</p>;
  return (
    <section aria-labelledby="history-title">
      <h1 id="history-title">
        {sku} · {lang} — versions
      </h1>
      <button type="button" onClick={() => go({ screen: 'queue' })}>
        Back to the queue
      </button>
      {alert && (
        <p role="alert" className="error">
          {alert}
        </p>
      )}
      <p role="status" className="status">
        {status}
      </p>
      {staleLanguages.length > 0 && isOperator && (
        <p>
          {staleLanguages.join(', ')} still derive from another English version.{' '}
          <button type="button" onClick={() => void rederive()}>
            Derive {staleLanguages.join(', ')} again
          </button>
        </p>
      )}
      <table>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">Status</th>
            <th scope="col">Verdict</th>
            <th scope="col">Score</th>
            <th scope="col">By</th>
            <th scope="col">SEO title</th>
            <th scope="col">Created</th>
            <th scope="col">Action</th>
          </tr>
        </thead>
        <tbody>
          {history.items.map((version) => (
            <tr key={version.versionId}>
              <td>{version.versionNumber}</td>
              <td>{version.versionId === history.activeVersionId ? 'active' : version.status}</td>
              <td>{version.verdict}</td>
              <td>{version.score}</td>
              <td>{version.provider}</td>
              <td lang={lang}>{version.content.seoTitle}</td>
              <td>{new Date(version.createdAt).toLocaleString()}</td>
              <td>
                {isOperator &&
                  version.versionId !== history.activeVersionId &&
                  version.verdict === 'pass' && (
                    <button type="button" onClick={() => setPending({ kind: changeFor(version), version })}>
                      {verb(changeFor(version))} #{version.versionNumber}
                    </button>
                  )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {pending && (
        <form
          className="change-form"
          aria-label={`${verb(pending.kind)} version ${pending.version.versionNumber}`}
          onSubmit={(event) => {
            event.preventDefault();
            void confirm();
          }}
          onKeyDown={(event) => event.key === 'Escape' && setPending(null)}
        >
          <label>
            Why {pending.kind === 'rollback' ? 'roll back to' : 'activate'} #{pending.version.versionNumber}?
            (recorded in the audit)
            <textarea
              ref={reasonField}
              rows={2}
              value={reason}
              onChange={(event) => setReason(event.target.value)}
            />
          </label>
          <button type="submit">
            {verb(pending.kind)} #{pending.version.versionNumber}
          </button>
          <button type="button" onClick={() => setPending(null)}>
            Cancel
          </button>
        </form>
      )}
      <h2>Compare two versions</h2>
      {history.items.length < 2 ? (
        <p>Only one version so far.</p>
      ) : (
        <div className="compare">
          {(['from', 'to'] as const).map((end) => (
            <span key={end}>
              <label htmlFor={`compare-${end}`}>{end === 'from' ? 'From version' : 'To version'}</label>{' '}
              <select
                id={`compare-${end}`}
                value={pair?.[end] ?? ''}
                onChange={(event) =>
                  setPair((current) => ({
                    ...(current ?? { from: '', to: '' }),
                    [end]: event.target.value,
                  }))
                }
              >
                {history.items.map((version) => (
                  <option key={version.versionId} value={version.versionId}>
                    #{version.versionNumber}
                    {version.versionId === history.activeVersionId ? ' (active)' : ''}
                  </option>
                ))}
              </select>
            </span>
          ))}
        </div>
      )}
      {diff && <VersionDiff diff={diff} lang={lang} />}
      <ExperimentPanel
        key={revision}
        sku={sku}
        lang={lang}
        versionNumbers={new Map(history.items.map((version) => [version.versionId, version.versionNumber]))}
      />
      <h2>Audit</h2>
      <ul>
        {history.audit.map((entry, index) => (
          <li key={index}>
            {new Date(entry.at).toLocaleString()}: {entry.action} by <strong>{entry.actor}</strong> —{' '}
            {entry.reason}
          </li>
        ))}
      </ul>
    </section>
  );
}
