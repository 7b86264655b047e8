import { useCallback, useEffect, useState } from 'react';
import { api, messageOf, PersonView, QueueFilter, QueueItem, useCsrfToken } from './api/client';
import { HelpOverlay } from './components/HelpOverlay';
import { useShortcuts } from './keyboard';
import { HistoryScreen } from './screens/HistoryScreen';
import { ItemScreen } from './screens/ItemScreen';
import { JobsScreen } from './screens/JobsScreen';
import { PeopleScreen } from './screens/PeopleScreen';
import { QueueScreen } from './screens/QueueScreen';
import { SignInScreen } from './screens/SignInScreen';
import { SpotCheckScreen } from './screens/SpotCheckScreen';
import { queueFilterFromSearch, Route, useRoute } from './route';

export interface QueueState {
  filter: QueueFilter;
  items: QueueItem[];
  total: number;
}

const ROLE_ORDER = ['viewer', 'reviewer', 'operator', 'admin'];

export function atLeast(person: PersonView, role: string): boolean {
  return ROLE_ORDER.indexOf(person.role) >= ROLE_ORDER.indexOf(role);
}

export function App() {
  const [person, setPerson] = useState<PersonView | null | undefined>(undefined);
  const [route, go] = useRoute();
  const [helpOpen, setHelpOpen] = useState(false);
  const [queue, setQueue] = useState<QueueState>({
    filter: {
      sort: 'age',
      limit: 25,
      offset: 0,
      ...(queueFilterFromSearch(window.location.search) as Partial<QueueFilter>),
    },
    items: [],
    total: 0,
  });
  const [queueError, setQueueError] = useState<string | null>(null);

  useEffect(() => {
    void api.GET('/api/session').then(({ data }) => {
      useCsrfToken(data?.csrfToken ?? null);
      setPerson(data?.person ?? null);
    });
  }, []);

  const loadQueue = useCallback(async (filter: QueueFilter): Promise<QueueItem[]> => {
    const { data, error } = await api.GET('/api/review/queue', { params: { query: filter } });
    if (error || !data) {
      setQueueError(messageOf(error));
      return [];
    }
    setQueueError(null);
    setQueue({ filter, items: data.items, total: data.total });
    return data.items;
  }, []);

  useShortcuts([
    {
      keys: '?',
      description: 'Show or hide the keyboard shortcuts',
      run: () => setHelpOpen((open) => !open),
    },
    { keys: 'Escape', description: 'Close the shortcuts', run: () => setHelpOpen(false) },
  ]);

  if (person === undefined) return <main className="loading">Loading…</main>;
  if (person === null)
    return (
      <SignInScreen
        onSignedIn={(signedIn, token) => {
          useCsrfToken(token);
          setPerson(signedIn);
        }}
      />
    );

  const signOut = async () => {
    await api.DELETE('/api/session');
    useCsrfToken(null);
    setPerson(null);
  };

  const screen = (current: Route) => {
    switch (current.screen) {
      case 'item':
        return (
          <ItemScreen
            key={current.versionId}
            versionId={current.versionId}
            person={person}
            queue={queue}
            loadQueue={loadQueue}
            go={go}
          />
        );
      case 'history':
        return <HistoryScreen sku={current.sku} lang={current.lang} person={person} go={go} />;
      case 'jobs':
        return <JobsScreen person={person} />;
      case 'people':
        return atLeast(person, 'admin') ? (
          <PeopleScreen />
        ) : (
          <p role="alert">Only an administrator manages people.</p>
        );
      case 'spot-checks':
        return <SpotCheckScreen person={person} />;
      case 'queue':
        return (
          <QueueScreen
            queue={queue}
            error={queueError}
            loadQueue={loadQueue}
            go={go}
            canDecide={atLeast(person, 'reviewer')}
          />
        );
    }
  };

  return (
    <div className="app">
      <header className="top">
        <nav aria-label="Main">
          <a
            href="/"
            onClick={(event) => {
              event.preventDefault();
              go({ screen: 'queue' });
            }}
            aria-current={route.screen === 'queue' ? 'page' : undefined}
          >
            Review queue
          </a>
          <a
            href="/jobs"
            onClick={(event) => {
              event.preventDefault();
              go({ screen: 'jobs' });
            }}
            aria-current={route.screen === 'jobs' ? 'page' : undefined}
          >
            Jobs
          </a>
          <a
            href="/spot-checks"
            onClick={(event) => {
              event.preventDefault();
              go({ screen: 'spot-checks' });
            }}
            aria-current={route.screen === 'spot-checks' ? 'page' : undefined}
          >
            Spot checks
          </a>
          {atLeast(person, 'admin') && (
            <a
              href="/people"
              onClick={(event) => {
                event.preventDefault();
                go({ screen: 'people' });
              }}
              aria-current={route.screen === 'people' ? 'page' : undefined}
            >
              People
            </a>
          )}
        </nav>
        <div className="who">
          <span>
            {person.displayName} · <span className="role">{person.role}</span>
          </span>
          <button type="button" onClick={() => setHelpOpen(true)} aria-keyshortcuts="?">
            Shortcuts (?)
          </button>
          <button type="button" onClick={() => void signOut()}>
            Sign out
          </button>
        </div>
      </header>
      <main>{screen(route)}</main>
      {helpOpen && <HelpOverlay onClose={() => setHelpOpen(false)} />}
    </div>
  );
}
