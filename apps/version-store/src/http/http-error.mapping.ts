import { VersionStoreError } from '../version-store.error';

export interface HttpErrorBody {
  statusCode: number;
  error: string;
  message: string;
}

const STATUS_NAMES: Record<number, string> = {
  400: 'Bad Request',
  404: 'Not Found',
  409: 'Conflict',
  500: 'Internal Server Error',
};

const body = (statusCode: number, message: string): HttpErrorBody => ({
  statusCode,
  error: STATUS_NAMES[statusCode],
  message,
});

/** SQLSTATE → status for errors caused by the request rather than by the service. */
const POSTGRES_CLIENT_ERRORS: Record<string, { status: number; message: string }> = {
  '22P02': { status: 400, message: 'A value has the wrong format (e.g. an id that is not a UUID)' },
  '22003': { status: 400, message: 'A number is out of range' },
  '22001': { status: 400, message: 'A value is too long' },
  '23505': { status: 409, message: 'This already exists' },
  '23503': { status: 409, message: 'This refers to something that does not exist' },
  '23514': { status: 409, message: 'This would break a rule of the data' },
};

/**
 * Maps an error thrown by a use case to a 4xx answer when the request caused it (domain errors, bad ids,
 * unique or check violations), or to null when it is the service's fault (a 500, logged).
 */
export function mapErrorToHttp(error: unknown): HttpErrorBody | null {
  if (error instanceof VersionStoreError) {
    const status = { not_found: 404, conflict: 409, invalid: 400 }[error.kind];
    return body(status, error.message);
  }
  const named = error as { name?: string; code?: string; driverError?: { code?: string; detail?: string } };
  if (named?.name === 'EntityNotFoundError' || named?.name === 'EntityNotFound')
    return body(404, 'Not found');
  const code = named?.driverError?.code ?? (named?.name === 'QueryFailedError' ? named.code : undefined);
  const known = code ? POSTGRES_CLIENT_ERRORS[code] : undefined;
  if (known)
    return body(
      known.status,
      named.driverError?.detail ? `${known.message}: ${named.driverError.detail}` : known.message,
    );
  return null;
}
