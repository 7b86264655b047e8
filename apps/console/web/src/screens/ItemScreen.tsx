import { KeyboardEvent, useEffect, useRef, useState } from 'react';
import { atLeast, QueueState } from '../App';
import {
  api,
  CheckView,
  ContentBody,
  messageOf,
  PersonView,
  QueueFilter,
  QueueItem,
  ReviewItem,
  VersionView,
} from '../api/client';
import { HighlightedText } from '../components/HighlightedText';
import { IssueList } from '../components/IssueList';
import { LengthCounter } from '../components/LengthCounter';
import { useShortcuts } from '../keyboard';
import type { Route } from '../route';

type TextField = Exclude<keyof ContentBody, 'suggestedKeywords'>;

/** The content fields side by side, with the source text each one renders and its issue field name. */
const FIELDS: {
  key: TextField;
  issueField: string;
  label: string;
  source: 'productName' | 'productDescription' | null;
}[] = [
  {
    key: 'translatedDescription',
    issueField: 'translated_description',
    label: 'Description',
    source: 'productDescription',
  },
  { key: 'seoTitle', issueField: 'seo_title', label: 'SEO title', source: 'productName' },
  { key: 'metaDescription', issueField: 'meta_description', label: 'Meta description', source: null },
  { key: 'h1', issueField: 'h1', label: 'H1', source: 'productName' },
  { key: 'marketingCopyA', issueField: 'marketing_copy_a', label: 'Copy A (value)', source: null },
  { key: 'marketingCopyB', issueField: 'marketing_copy_b', label: 'Copy B (emotion)', source: null },
  { key: 'marketingCopyC', issueField: 'marketing_copy_c', label: 'Copy C (promotion)', source: null },
];

const CHECK_DELAY_MS = 250;

/** What the last decision did, shown on the next item (the screen is re-created per item). */
let lastOutcome: string | null = null;

interface Props {
  versionId: string;
  person: PersonView;
  queue: QueueState;
  loadQueue: (filter: QueueFilter) => Promise<QueueItem[]>;
  go: (route: Route) => void;
}

export function ItemScreen({ versionId, person, queue, loadQueue, go }: Props) {
  const [item, setItem] = useState<ReviewItem | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [shown, setShown] = useState<VersionView | null>(null);
  const [mode, setMode] = useState<'view' | 'edit' | 'reject'>('view');
  const [draft, setDraft] = useState<ContentBody | null>(null);
  const [check, setCheck] = useState<CheckView | null>(null);
  const [checkedDraft, setCheckedDraft] = useState<ContentBody | null>(null);
  const [status] = useState<string | null>(() => {
    const outcome = lastOutcome;
    lastOutcome = null;
    return outcome;
  });
  const [alert, setAlert] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const editors = useRef<Partial<Record<TextField, HTMLTextAreaElement | null>>>({});
  const rejectNote = useRef<HTMLTextAreaElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const mayDecide = atLeast(person, 'reviewer');

  useEffect(() => {
    void api
      .GET('/api/review/items/{versionId}', { params: { path: { versionId } } })
      .then(({ data, error }) => {
        if (!data) return setLoadError(messageOf(error));
        setItem(data);
        setShown(data.version);
        heading.current?.focus();
      });
    if (queue.items.length === 0) void loadQueue(queue.filter);
  }, [versionId]);

  // The edit is re-checked by the gate's rules as the reviewer types.
  useEffect(() => {
    if (mode !== 'edit' || !draft) return;
    const timer = setTimeout(() => {
      void recheck(draft);
    }, CHECK_DELAY_MS);
    return () => clearTimeout(timer);
  }, [draft, mode]);

  const recheck = async (content: ContentBody): Promise<CheckView | null> => {
    const { data, error } = await api.POST('/api/review/items/{versionId}/check', {
      params: { path: { versionId } },
      body: { content },
    });
    if (!data) {
      setAlert(messageOf(error));
      return null;
    }
    setCheck(data);
    setCheckedDraft(content);
    return data;
  };

  const index = queue.items.findIndex((candidate) => candidate.versionId === versionId);
  const neighbour = (step: number) => {
    const next = queue.items[index + step];
    if (next) go({ screen: 'item', versionId: next.versionId });
  };

  /** After a decision the item leaves the queue: open the one that took its place. */
  const advance = async (outcome: string) => {
    lastOutcome = outcome;
    const items = await loadQueue(queue.filter);
    const next = items[Math.min(Math.max(index, 0), items.length - 1)];
    if (next && next.versionId !== versionId) go({ screen: 'item', versionId: next.versionId });
    else {
      go({ screen: 'queue' });
    }
  };

  const decide = async (request: () => Promise<{ data?: unknown; error?: unknown }>, outcome: string) => {
    setBusy(true);
    setAlert(null);
    const { data, error } = await request();
    setBusy(false);
    if (!data) {
      setAlert(messageOf(error));
      return;
    }
    setMode('view');
    await advance(outcome);
  };

  const approve = () => {
    if (!item || !mayDecide || busy) return;
    void decide(
      () =>
        api.POST('/api/review/items/{versionId}/approve', {
          params: { path: { versionId } },
          body: { notes: 'Approved in the review console' },
        }),
      `Approved ${item.version.skuId} (${item.version.language}).`,
    );
  };

  const startEdit = () => {
    if (!item || !mayDecide) return;
    const content = { ...item.version.content };
    setDraft(content);
    setCheck({
      score: item.version.score,
      issues: item.version.issues,
      criticalIssues: -1,
      lengths: item.lengths,
    });
    setCheckedDraft(null);
    setShown(item.version);
    setMode('edit');
    const firstCritical = FIELDS.find((field) =>
      item.version.issues.some((issue) => issue.field === field.issueField && issue.severity === 'critical'),
    );
    setTimeout(() => editors.current[(firstCritical ?? FIELDS[0]).key]?.focus(), 0);
  };

  const saveEdit = async () => {
    if (!item || !draft || busy) return;
    const current = checkedDraft === draft && check ? check : await recheck(draft);
    if (!current) return;
    if (current.criticalIssues > 0) {
      setAlert(`Cannot approve: ${current.criticalIssues} critical issue(s) remain in the edit.`);
      return;
    }
    await decide(
      () =>
        api.POST('/api/review/items/{versionId}/approve', {
          params: { path: { versionId } },
          body: { content: draft, notes: 'Edited and approved in the review console' },
        }),
      `Approved ${item.version.skuId} (${item.version.language}) with edits: the gate checks them before they go live.`,
    );
  };

  const startReject = () => {
    if (!item || !mayDecide) return;
    setMode('reject');
    setTimeout(() => rejectNote.current?.focus(), 0);
  };

  const submitReject = () => {
    const notes = rejectNote.current?.value.trim() ?? '';
    if (!item) return;
    if (!notes) {
      setAlert('Write a note: it is the feedback of the regeneration.');
      return;
    }
    void decide(
      () =>
        api.POST('/api/review/items/{versionId}/reject', {
          params: { path: { versionId } },
          body: { notes },
        }),
      `Rejected ${item.version.skuId} (${item.version.language}): regeneration requested with your note.`,
    );
  };

  const cancel = () => {
    setMode('view');
    setAlert(null);
    if (item) setShown(item.version);
  };

  const viewing = mode === 'view';
  useShortcuts([
    { keys: 'a', description: 'approve', run: () => viewing && approve() },
    { keys: 'e', description: 'edit', run: () => viewing && startEdit() },
    { keys: 'r', description: 'reject', run: () => viewing && startReject() },
    { keys: 'j', description: 'next', run: () => viewing && neighbour(1) },
    { keys: 'k', description: 'previous', run: () => viewing && neighbour(-1) },
    { keys: 'u', description: 'queue', run: () => viewing && go({ screen: 'queue' }) },
    {
      keys: 'h',
      description: 'history',
      run: () =>
        viewing && item && go({ screen: 'history', sku: item.version.skuId, lang: item.version.language }),
    },
    {
      keys: 'Ctrl+Enter',
      description: 'save',
      inFields: true,
      run: () => mode === 'edit' && void saveEdit(),
    },
    {
      keys: 'Escape',
      description: 'cancel',
      inFields: true,
      run: () => (viewing ? go({ screen: 'queue' }) : cancel()),
    },
    ...'0123456789'.split('').map((digit) => ({
      keys: digit,
      description: 'attempt',
      run: () => {
        if (!viewing || !item) return;
        if (digit === '0') return setShown(item.version);
        const attempt = item.attempts[Number(digit) - 1];
        if (attempt) setShown(attempt);
      },
    })),
  ]);

  if (loadError)
    return (
      <p role="alert" className="error">
        {loadError}
      </p>
    );
  if (!item || !shown) return <p role="status">Loading…</p>;

  const { version, source, master, limits } = item;
  const editing = mode === 'edit' && draft !== null;
  const issues = editing ? (check?.issues ?? []) : shown.issues;
  const lengths = editing ? check?.lengths : shown.versionId === version.versionId ? item.lengths : undefined;
  const openCritical = editing
    ? (check?.issues ?? []).filter((issue) => issue.severity === 'critical').length
    : version.issues.filter((issue) => issue.severity === 'critical').length;
  const limitOf = (key: TextField) =>
    key === 'seoTitle' ? limits.seoTitle : key === 'metaDescription' ? limits.metaDescription : undefined;

  return (
    <section aria-labelledby="item-title" className="item">
      <div className="item-head">
        <h1 id="item-title" tabIndex={-1} ref={heading}>
          {version.skuId} · {version.language} · attempt {version.attempt} · score {version.score}
        </h1>
        <p className="position">
          {index >= 0
            ? `Item ${index + 1} of ${queue.items.length} on this page, ${queue.total} waiting`
            : 'Not in the current queue page'}
        </p>
      </div>
      <div aria-live="polite" role="status" className="status">
        {status}
      </div>
      {alert && (
        <p role="alert" className="error">
          {alert}
        </p>
      )}
      <div className="actions" role="toolbar" aria-label="Decision">
        {viewing ? (
          <>
            <button
              type="button"
              onClick={approve}
              disabled={!mayDecide || busy || openCritical > 0}
              aria-keyshortcuts="a"
            >
              Approve (a)
            </button>
            <button type="button" onClick={startEdit} disabled={!mayDecide || busy} aria-keyshortcuts="e">
              Edit (e)
            </button>
            <button type="button" onClick={startReject} disabled={!mayDecide || busy} aria-keyshortcuts="r">
              Reject (r)
            </button>
            <button type="button" onClick={() => neighbour(-1)} disabled={index <= 0} aria-keyshortcuts="k">
              Previous (k)
            </button>
            <button
              type="button"
              onClick={() => neighbour(1)}
              disabled={index < 0 || index >= queue.items.length - 1}
              aria-keyshortcuts="j"
            >
              Next (j)
            </button>
            <button
              type="button"
              onClick={() => go({ screen: 'history', sku: version.skuId, lang: version.language })}
              aria-keyshortcuts="h"
            >
              History (h)
            </button>
            {openCritical > 0 && (
              <span className="hint">
                {openCritical} critical issue{openCritical > 1 ? 's' : ''} open: edit (e) or reject (r).
              </span>
            )}
          </>
        ) : editing ? (
          <>
            <button
              type="button"
              onClick={() => void saveEdit()}
              disabled={busy || (check?.criticalIssues ?? 0) > 0}
              aria-keyshortcuts="Control+Enter"
            >
              Save and approve (Ctrl+Enter)
            </button>
            <button type="button" onClick={cancel} aria-keyshortcuts="Escape">
              Cancel (Esc)
            </button>
            <span className="hint" role="status">
              {check && check.criticalIssues >= 0
                ? check.criticalIssues > 0
                  ? `${check.criticalIssues} critical issue${check.criticalIssues > 1 ? 's' : ''} open — fix before approving`
                  : `No critical issue · score ${check.score}`
                : 'Checking as you type…'}
            </span>
          </>
        ) : null}
      </div>
      {mode === 'reject' && (
        <form
          className="reject"
          onSubmit={(event) => {
            event.preventDefault();
            submitReject();
          }}
        >
          <label htmlFor="reject-note">
            Why reject? The note is the feedback of the regeneration (Enter sends, Esc cancels)
          </label>
          <textarea
            id="reject-note"
            ref={rejectNote}
            rows={3}
            onKeyDown={(event: KeyboardEvent<HTMLTextAreaElement>) => {
              if (event.key === 'Enter' && !event.shiftKey && !event.ctrlKey) {
                event.preventDefault();
                submitReject();
              }
            }}
          />
          <button type="submit" disabled={busy}>
            Reject and regenerate
          </button>
          <button type="button" onClick={cancel}>
            Cancel
          </button>
        </form>
      )}
      <nav className="attempts" aria-label="Attempts">
        {item.attempts.map((attempt, attemptIndex) => (
          <button
            type="button"
            key={attempt.versionId}
            aria-pressed={shown.versionId === attempt.versionId}
            onClick={() => setShown(attempt)}
            disabled={editing}
          >
            Attempt {attempt.attempt} ({attempt.provider === 'human' ? 'human' : `score ${attempt.score}`}) ·{' '}
            {attemptIndex + 1}
          </button>
        ))}
      </nav>
      <table className="fields">
        <caption className="visually-hidden">Source, English master and target, field by field</caption>
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col">Chinese source</th>
            <th scope="col">English master</th>
            <th scope="col">
              Target ({version.language}
              {shown.versionId !== version.versionId ? `, attempt ${shown.attempt}` : ''})
            </th>
          </tr>
        </thead>
        <tbody>
          {FIELDS.map((field) => {
            const fieldIssues = issues.filter((issue) => issue.field === field.issueField);
            return (
              <tr key={field.key}>
                <th scope="row">
                  {field.label}
                  <br />
                  <LengthCounter
                    length={lengths?.[field.key]}
                    limit={limitOf(field.key)}
                    unit={limits.unit}
                  />
                </th>
                <td lang="zh" className="source">
                  {field.source && source ? source[field.source] : '—'}
                </td>
                <td lang="en" className="master">
                  {master ? (
                    master.content[field.key]
                  ) : version.language === 'en' ? (
                    <span className="muted">this is the master</span>
                  ) : (
                    '—'
                  )}
                </td>
                <td lang={version.language} className="target">
                  {editing ? (
                    <>
                      <label className="visually-hidden" htmlFor={`edit-${field.key}`}>
                        Edit {field.label}
                      </label>
                      <textarea
                        id={`edit-${field.key}`}
                        ref={(element) => {
                          editors.current[field.key] = element;
                        }}
                        value={draft[field.key]}
                        rows={field.key === 'translatedDescription' ? 6 : 2}
                        onChange={(event) => setDraft({ ...draft, [field.key]: event.target.value })}
                        aria-invalid={fieldIssues.some((issue) => issue.severity === 'critical')}
                      />
                    </>
                  ) : (
                    <HighlightedText text={shown.content[field.key]} issues={fieldIssues} />
                  )}
                  <IssueList issues={fieldIssues} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {item.decisions.length > 0 && (
        <section aria-labelledby="decisions-title">
          <h2 id="decisions-title">Earlier decisions on this task</h2>
          <ul>
            {item.decisions.map((decision, decisionIndex) => (
              <li key={decisionIndex}>
                {decision.decision} by {decision.reviewer} at {new Date(decision.decidedAt).toLocaleString()}:{' '}
                {decision.notes}
              </li>
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}
