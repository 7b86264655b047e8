import createClient, { type Middleware } from 'openapi-fetch';
import type { components, paths } from './schema.generated';

export type Schemas = components['schemas'];
export type PersonView = Schemas['PersonView'];
export type QueueItem = Schemas['QueueItemView'];
export type QueueCounts = Schemas['QueueCountsView'];
export type ReviewItem = Schemas['ReviewItemView'];
export type VersionView = Schemas['VersionView'];
export type IssueView = Schemas['IssueView'];
export type ContentBody = Schemas['ContentBody'];
export type CheckView = Schemas['CheckView'];
export type Lengths = Schemas['LengthsView'];
export type QueueFilter = NonNullable<paths['/api/review/queue']['get']['parameters']['query']>;

let csrfToken: string | null = null;

/** The session's CSRF token, sent on every write (the session cookie alone is not enough). */
export function useCsrfToken(token: string | null): void {
  csrfToken = token;
}

const csrf: Middleware = {
  onRequest({ request }) {
    if (request.method !== 'GET' && csrfToken) request.headers.set('x-csrf-token', csrfToken);
    return request;
  },
};

/** The console API, typed by the types generated from its OpenAPI document. */
export const api = createClient<paths>({ baseUrl: window.location.origin, credentials: 'same-origin' });
api.use(csrf);

/** The message of an error answer (a string or the validation list). */
export function messageOf(error: unknown): string {
  const message = (error as { message?: unknown } | undefined)?.message;
  if (Array.isArray(message)) return message.join('; ');
  return typeof message === 'string' ? message : 'Something went wrong';
}
