import { useCallback, useEffect, useRef, useState } from 'react';
import { atLeast } from '../App';
import { api, messageOf, PersonView, Schemas } from '../api/client';
import { SpotCheckReport } from '../components/SpotCheckReport';
import './spot-checks.css';

type Sample = Schemas['SampleView'];
type SampleItem = Schemas['SampleItemView'];
type Report = Schemas['SpotCheckReportView'];
type MarkedError = Schemas['MarkedErrorBody'];
type Verdict = Schemas['RecordCheckBody']['verdict'];
type Field = MarkedError['field'];

const FIELDS: { key: Field; label: string }[] = [
  { key: 'translatedDescription', label: 'Description' },
  { key: 'seoTitle', label: 'SEO title' },
  { key: 'metaDescription', label: 'Meta description' },
  { key: 'h1', label: 'H1' },
  { key: 'marketingCopyA', label: 'Copy A (value)' },
  { key: 'marketingCopyB', label: 'Copy B (emotion)' },
  { key: 'marketingCopyC', label: 'Copy C (promotion)' },
];
const CATEGORIES: MarkedError['category'][] = [
  'accuracy/mistranslation',
  'accuracy/omission',
  'accuracy/addition',
  'accuracy/numbers',
  'fluency',
  'terminology',
  'style',
  'locale_convention',
];
const SEVERITIES: MarkedError['severity'][] = ['minor', 'major', 'critical'];
const VERDICT_LABELS: Record<Verdict, string> = {
  publishable: 'publishable',
  not_publishable: 'not publishable',
};
/** The queue shows at most this many pending versions at a time; checking them brings the next ones. */
const PENDING_PAGE = 200;

/** The keys of this screen, shown beside the item (the help overlay lists the review screens'). */
const KEYS: [string, string][] = [
  ['j / k', 'next / previous version'],
  ['p', 'publishable as is'],
  ['n', 'not publishable (add an error first)'],
  ['e', 'add an error: select its text first, the span is filled in'],
  ['Enter', 'save the check (in the error form: add the error)'],
  ['Escape', 'close the error form'],
];

/** The check being put together for one version, with the error being added, if any. */
interface Draft {
  verdict: Verdict | null;
  errors: MarkedError[];
  form: MarkedError | null;
}
const EMPTY_DRAFT: Draft = { verdict: null, errors: [], form: null };

/** The field and UTF-16 offsets of the text selected inside one content field, if any. */
function selectedSpan(): { field: Field; start: number; end: number } | null {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  const startElement =
    range.startContainer instanceof Element ? range.startContainer : range.startContainer.parentElement;
  const container = startElement?.closest<HTMLElement>('[data-field]');
  if (!container || !container.contains(range.endContainer)) return null;
  const before = document.createRange();
  before.selectNodeContents(container);
  before.setEnd(range.startContainer, range.startOffset);
  const start = before.toString().length;
  return { field: container.dataset['field'] as Field, start, end: start + range.toString().length };
}

function isTyping(target: HTMLElement): boolean {
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * Spot checks of what a job published: an operator draws a seeded sample, a reviewer works through its pending
 * versions by keyboard — verdict, MQM-typed errors on selected spans — and the report updates after each check.
 */
export function SpotCheckScreen({ person }: { person: PersonView }) {
  const [jobs, setJobs] = useState<string[]>([]);
  const [jobId, setJobId] = useState<string>(
    () => new URLSearchParams(window.location.search).get('jobId') ?? '',
  );
  const [samples, setSamples] = useState<Sample[]>([]);
  const [sampleId, setSampleId] = useState<string>('');
  const [pending, setPending] = useState<SampleItem[]>([]);
  const [pendingTotal, setPendingTotal] = useState(0);
  const [index, setIndex] = useState(0);
  const [report, setReport] = useState<Report | null>(null);
  const [work, setWork] = useState<Draft & { versionId: string | null }>({ versionId: null, ...EMPTY_DRAFT });
  const [seed, setSeed] = useState('1');
  const [count, setCount] = useState('20');
  const [alert, setAlert] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const itemPanel = useRef<HTMLElement>(null);
  const errorCategory = useRef<HTMLSelectElement>(null);
  const mayDraw = atLeast(person, 'operator');
  // The version store records checks from reviewers only: an operator's check is refused there too.
  const mayCheck = person.role === 'reviewer';
  const item = pending[index] ?? null;
  // A draft belongs to one version: on another, whether moved to or next after a save, it starts empty — at
  // once, not in an effect after the render, so a key pressed right away is not lost.
  const draft = item && work.versionId === item.versionId ? work : EMPTY_DRAFT;
  const errorForm = draft.form;
  const setDraft = (update: (current: Draft) => Draft) => {
    if (!item) return;
    const versionId = item.versionId;
    setWork((current) => ({ ...update(current.versionId === versionId ? current : EMPTY_DRAFT), versionId }));
  };
  const setErrorForm = (form: MarkedError | null) => setDraft((current) => ({ ...current, form }));

  useEffect(() => {
    void api.GET('/api/jobs').then(({ data }) => {
      const ids = (data ?? []).map((job) => job.job_id);
      setJobs(ids);
      setJobId((chosen) => chosen || ids[0] || '');
    });
  }, []);

  const loadSamples = useCallback(async (job: string, choose?: string) => {
    if (!job) return;
    const { data, error } = await api.GET('/api/spot-checks', { params: { query: { jobId: job } } });
    if (!data) return setAlert(messageOf(error));
    setSamples(data.items);
    setSampleId(choose ?? data.items[0]?.sampleId ?? '');
  }, []);

  useEffect(() => {
    setSamples([]);
    setSampleId('');
    void loadSamples(jobId);
  }, [jobId, loadSamples]);

  const refresh = useCallback(async (sample: string) => {
    const [items, answer] = await Promise.all([
      api.GET('/api/spot-checks/{sampleId}/items', {
        params: { path: { sampleId: sample }, query: { state: 'pending', limit: PENDING_PAGE } },
      }),
      api.GET('/api/spot-checks/{sampleId}/report', { params: { path: { sampleId: sample } } }),
    ]);
    if (!items.data || !answer.data) return setAlert(messageOf(items.error ?? answer.error));
    setPending(items.data.items);
    setPendingTotal(items.data.total);
    setIndex((current) => Math.min(current, Math.max(items.data.items.length - 1, 0)));
    setReport(answer.data);
  }, []);

  useEffect(() => {
    setPending([]);
    setReport(null);
    setIndex(0);
    if (sampleId) void refresh(sampleId);
  }, [sampleId, refresh]);

  useEffect(() => {
    if (errorForm) errorCategory.current?.focus();
  }, [errorForm === null]);

  const draw = async () => {
    setAlert(null);
    const { data, error } = await api.POST('/api/spot-checks', {
      body: { jobId, seed: Number(seed), count: Number(count) },
    });
    if (!data) return setAlert(messageOf(error));
    setStatus(`Drew ${data.size} of ${data.population} published versions (seed ${data.seed})`);
    await loadSamples(jobId, data.sampleId);
  };

  const openErrorForm = () => {
    if (!item || !mayCheck) return;
    const span = selectedSpan() ?? { field: 'translatedDescription' as Field, start: 0, end: 0 };
    setErrorForm({ category: CATEGORIES[0], severity: 'major', ...span });
  };

  const addError = () => {
    if (!errorForm) return;
    setDraft((current) => ({ ...current, errors: [...current.errors, errorForm], form: null }));
    itemPanel.current?.focus();
  };

  const save = async () => {
    if (!item || !sampleId || busy || !mayCheck) return;
    if (!draft.verdict) return setAlert('Choose a verdict first: p (publishable) or n (not publishable)');
    setBusy(true);
    setAlert(null);
    const { data, error } = await api.POST('/api/spot-checks/{sampleId}/items/{versionId}/check', {
      params: { path: { sampleId, versionId: item.versionId } },
      body: { verdict: draft.verdict, errors: draft.errors },
    });
    setBusy(false);
    if (!data) return setAlert(messageOf(error));
    setStatus(
      `Saved ${item.skuId} · ${item.language}: ${VERDICT_LABELS[draft.verdict]}` +
        (draft.errors.length ? `, ${draft.errors.length} error(s)` : ''),
    );
    await refresh(sampleId);
    itemPanel.current?.focus();
  };

  const actions = useRef<Record<string, () => void>>({});
  actions.current = {
    j: () => setIndex((current) => Math.min(current + 1, pending.length - 1)),
    k: () => setIndex((current) => Math.max(current - 1, 0)),
    p: () => mayCheck && setDraft((current) => ({ ...current, verdict: 'publishable' })),
    n: () => mayCheck && setDraft((current) => ({ ...current, verdict: 'not_publishable' })),
    e: openErrorForm,
    Enter: () => void save(),
  };

  // Not the shared shortcut hook: Enter saves here, but must still press a focused button or follow a link.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) return;
      const target = event.target as HTMLElement;
      if (isTyping(target) || target.closest('.overlay')) return;
      if (event.key === 'Enter' && target.closest('button, a')) return;
      const action = actions.current[event.key];
      if (!action) return;
      event.preventDefault();
      action();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const sampleLabel = (sample: Sample) =>
    `${new Date(sample.drawnAt).toLocaleString()} · ${sample.size} versions · seed ${sample.seed}`;

  return (
    <section aria-labelledby="spot-title" className="spot-checks">
      <h1 id="spot-title">
        Spot checks{' '}
        {sampleId && (
          <span className="count" data-testid="pending-count">
            {pendingTotal} pending
          </span>
        )}
      </h1>
      <div className="controls">
        {/* Labels beside their controls, not around them: a wrapping label's name would include the value. */}
        <div className="field">
          <label htmlFor="spot-job">Job</label>
          <select id="spot-job" value={jobId} onChange={(event) => setJobId(event.target.value)}>
            {jobId && !jobs.includes(jobId) && <option value={jobId}>{jobId}</option>}
            {jobs.map((job) => (
              <option key={job} value={job}>
                {job}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="spot-sample">Sample</label>
          <select id="spot-sample" value={sampleId} onChange={(event) => setSampleId(event.target.value)}>
            {samples.length === 0 && <option value="">no sample drawn yet</option>}
            {samples.map((sample) => (
              <option key={sample.sampleId} value={sample.sampleId}>
                {sampleLabel(sample)}
              </option>
            ))}
          </select>
        </div>
        {mayDraw && (
          <form
            className="controls"
            aria-label="Draw a sample"
            onSubmit={(event) => {
              event.preventDefault();
              void draw();
            }}
          >
            <div className="field">
              <label htmlFor="spot-seed">Seed</label>
              <input
                id="spot-seed"
                type="number"
                min={0}
                value={seed}
                onChange={(event) => setSeed(event.target.value)}
              />
            </div>
            <div className="field">
              <label htmlFor="spot-count">Versions per language × category</label>
              <input
                id="spot-count"
                type="number"
                min={1}
                value={count}
                onChange={(event) => setCount(event.target.value)}
              />
            </div>
            <button type="submit" disabled={!jobId}>
              Draw sample
            </button>
          </form>
        )}
      </div>
      {alert && (
        <p role="alert" className="error">
          {alert}
        </p>
      )}
      <p className="status" role="status">
        {status}
      </p>
      <div className="layout">
        <div>
          {!sampleId ? (
            <p className="empty">Choose a job with a sample, or draw one.</p>
          ) : !item ? (
            <p className="empty" role="status">
              Every version of this sample is checked.
            </p>
          ) : (
            <article className="spot-item" ref={itemPanel} tabIndex={-1} aria-labelledby="spot-item-title">
              <h2 id="spot-item-title">
                {item.skuId} · {item.language} · {item.category}{' '}
                <span className="count">
                  ({index + 1} of {pending.length} shown)
                </span>
              </h2>
              <p>
                Attempt {item.attempt} · gate: {item.gateVerdict} ({item.gateScore})
              </p>
              {item.source && (
                <p>
                  Source: <span lang="zh">{item.source.productName}</span>
                </p>
              )}
              {FIELDS.map((field) => (
                <div className="spot-field" key={field.key}>
                  <h3 id={`spot-field-${field.key}`}>{field.label}</h3>
                  <p
                    className="spot-text"
                    data-field={field.key}
                    lang={item.language}
                    aria-labelledby={`spot-field-${field.key}`}
                  >
                    {item.content[field.key]}
                  </p>
                </div>
              ))}
              <div className="spot-draft" aria-label="This check">
                <p data-testid="draft-verdict">
                  Verdict: {draft.verdict ? VERDICT_LABELS[draft.verdict] : 'not chosen (p or n)'}
                </p>
                {draft.errors.length > 0 && (
                  <ul aria-label="Errors marked">
                    {draft.errors.map((error, position) => (
                      <li key={position}>
                        {error.category} · {error.severity} · {error.field} [{error.start}, {error.end}):{' '}
                        <q lang={item.language}>{item.content[error.field].slice(error.start, error.end)}</q>
                      </li>
                    ))}
                  </ul>
                )}
                {!mayCheck && <p>Only a reviewer records spot checks; you can read the sample and report.</p>}
              </div>
              {errorForm && (
                <form
                  className="spot-error-form"
                  aria-label="Add an error"
                  onSubmit={(event) => {
                    event.preventDefault();
                    addError();
                  }}
                  onKeyDown={(event) => {
                    if (event.key === 'Escape') {
                      event.preventDefault();
                      setErrorForm(null);
                      itemPanel.current?.focus();
                    } else if (event.key === 'Enter' && !(event.target instanceof HTMLButtonElement)) {
                      event.preventDefault();
                      addError();
                    }
                  }}
                >
                  <div className="field">
                    <label htmlFor="spot-error-category">Error category</label>
                    <select
                      id="spot-error-category"
                      ref={errorCategory}
                      value={errorForm.category}
                      onChange={(event) =>
                        setErrorForm({
                          ...errorForm,
                          category: event.target.value as MarkedError['category'],
                        })
                      }
                    >
                      {CATEGORIES.map((category) => (
                        <option key={category}>{category}</option>
                      ))}
                    </select>
                  </div>
                  <div className="field">
                    <label htmlFor="spot-error-severity">Severity</label>
                    <select
                      id="spot-error-severity"
                      value={errorForm.severity}
                      onChange={(event) =>
                        setErrorForm({
                          ...errorForm,
                          severity: event.target.value as MarkedError['severity'],
                        })
                      }
                    >
                      {SEVERITIES.map((severity) => (
                        <option key={severity}>{severity}</option>
                      ))}
                    </select>
                  </div>
                  <div className="field">
                    <label htmlFor="spot-error-field">Field</label>
                    <select
                      id="spot-error-field"
                      value={errorForm.field}
                      onChange={(event) => setErrorForm({ ...errorForm, field: event.target.value as Field })}
                    >
                      {FIELDS.map((field) => (
                        <option key={field.key} value={field.key}>
                          {field.label}
                        </option>
                      ))}
                    </select>
                  </div>
                  <div className="field">
                    <label htmlFor="spot-error-start">Span start</label>
                    <input
                      id="spot-error-start"
                      type="number"
                      min={0}
                      value={errorForm.start}
                      onChange={(event) => setErrorForm({ ...errorForm, start: Number(event.target.value) })}
                    />
                  </div>
                  <div className="field">
                    <label htmlFor="spot-error-end">Span end</label>
                    <input
                      id="spot-error-end"
                      type="number"
                      min={0}
                      value={errorForm.end}
                      onChange={(event) => setErrorForm({ ...errorForm, end: Number(event.target.value) })}
                    />
                  </div>
                  <div className="field">
                    <label htmlFor="spot-error-note">Note</label>
                    <input
                      id="spot-error-note"
                      type="text"
                      value={errorForm.note ?? ''}
                      onChange={(event) => setErrorForm({ ...errorForm, note: event.target.value })}
                    />
                  </div>
                  <p>
                    Marked text:{' '}
                    <q lang={item.language}>
                      {item.content[errorForm.field].slice(errorForm.start, errorForm.end)}
                    </q>
                  </p>
                  <button type="submit">Add error (Enter)</button>
                </form>
              )}
              {mayCheck && (
                <button type="button" disabled={busy || !draft.verdict} onClick={() => void save()}>
                  Save check (Enter)
                </button>
              )}
            </article>
          )}
          <section aria-labelledby="spot-keys-title">
            <h2 id="spot-keys-title">Keys</h2>
            <dl className="pass-rates">
              {KEYS.map(([keys, what]) => (
                <div key={keys}>
                  <dt>
                    <kbd>{keys}</kbd>
                  </dt>
                  <dd>{what}</dd>
                </div>
              ))}
            </dl>
          </section>
        </div>
        <div>{report && <SpotCheckReport report={report} />}</div>
      </div>
    </section>
  );
}
