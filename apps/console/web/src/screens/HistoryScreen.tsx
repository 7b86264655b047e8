import { useEffect, useState } from 'react';
import { atLeast } from '../App';
import { api, messageOf, PersonView, Schemas } from '../api/client';
import type { Route } from '../route';

/** Versions of a SKU-language, newest first, with who changed what; an operator activates or rolls back. */
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
  const [history, setHistory] = useState<Schemas['HistoryView'] | null>(null);
  const [alert, setAlert] = useState<string | null>(null);
  const language = lang as 'en';
  const load = () =>
    void api
      .GET('/api/skus/{sku}/languages/{lang}', { params: { path: { sku, lang: language } } })
      .then(({ data, error }) => {
        if (!data) return setAlert(messageOf(error));
        setHistory(data);
      });
  useEffect(load, [sku, lang]);

  const rollback = async (versionId: string) => {
    const reason = window.prompt('Why roll back to this version? (recorded in the audit)');
    if (!reason) return;
    const { error } = await api.POST('/api/skus/{sku}/languages/{lang}/rollback', {
      params: { path: { sku, lang: language } },
      body: { versionId, reason },
    });
    if (error) setAlert(messageOf(error));
    load();
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
      <table>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">Status</th>
            <th scope="col">Verdict</th>
            <th scope="col">Score</th>
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
              <td lang={lang}>{version.content.seoTitle}</td>
              <td>{new Date(version.createdAt).toLocaleString()}</td>
              <td>
                {atLeast(person, 'operator') &&
                  version.versionId !== history.activeVersionId &&
                  version.verdict === 'pass' && (
                    <button type="button" onClick={() => void rollback(version.versionId)}>
                      Roll back to #{version.versionNumber}
                    </button>
                  )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
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
