import { useEffect, useState } from 'react';

/** The page's routes, kept in the address bar so a link or reload opens the same screen. */
export type Route =
  | { screen: 'queue' }
  | { screen: 'item'; versionId: string }
  | { screen: 'history'; sku: string; lang: string }
  | { screen: 'jobs' }
  | { screen: 'people' }
  | { screen: 'spot-checks' };

export function parseRoute(path: string): Route {
  const item = /^\/items\/([0-9a-f-]{36})$/.exec(path);
  if (item) return { screen: 'item', versionId: item[1] };
  const history = /^\/history\/([^/]+)\/([a-z]{2})$/.exec(path);
  if (history) return { screen: 'history', sku: decodeURIComponent(history[1]), lang: history[2] };
  if (path === '/jobs') return { screen: 'jobs' };
  if (path === '/people') return { screen: 'people' };
  if (path === '/spot-checks') return { screen: 'spot-checks' };
  return { screen: 'queue' };
}

export function pathOf(route: Route): string {
  switch (route.screen) {
    case 'item':
      return `/items/${route.versionId}`;
    case 'history':
      return `/history/${encodeURIComponent(route.sku)}/${route.lang}`;
    case 'jobs':
      return '/jobs';
    case 'people':
      return '/people';
    case 'spot-checks':
      return '/spot-checks';
    case 'queue':
      return '/';
  }
}

export function useRoute(): [Route, (route: Route) => void] {
  const [route, setRoute] = useState(() => parseRoute(window.location.pathname));
  useEffect(() => {
    const onPop = () => setRoute(parseRoute(window.location.pathname));
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  const go = (next: Route) => {
    if (pathOf(next) !== window.location.pathname) window.history.pushState(null, '', pathOf(next));
    setRoute(next);
  };
  return [route, go];
}

/**
 * The queue's filters a link may carry (`/?jobId=…&language=en&severity=critical`), so a job's page, a bookmark or
 * a colleague's link opens the queue already filtered. Values the API would refuse are left for it to explain.
 */
export function queueFilterFromSearch(search: string): Record<string, string | number> {
  const params = new URLSearchParams(search);
  const filter: Record<string, string | number> = {};
  for (const name of ['jobId', 'language', 'rule', 'severity'] as const) {
    const value = params.get(name);
    if (value) filter[name] = value;
  }
  for (const name of ['attempt', 'minAgeMinutes'] as const) {
    const value = params.get(name);
    if (value && /^\d+$/.test(value)) filter[name] = Number(value);
  }
  const sort = params.get('sort');
  if (sort === 'age' || sort === 'score') filter['sort'] = sort;
  return filter;
}
