/** The JSON every service answers an error with. */
export interface HttpErrorBody {
  statusCode: number;
  error: string;
  message: string;
}

/** Maps a service's own domain error to a 4xx answer, or returns null when it does not know the error. */
export type DomainErrorMapper = (error: unknown) => HttpErrorBody | null;

const STATUS_NAMES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Payload Too Large',
  414: 'URI Too Long',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Entity',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
};

export function httpErrorBody(statusCode: number, message: string): HttpErrorBody {
  return { statusCode, error: STATUS_NAMES[statusCode] ?? 'Error', message };
}

/** SQLSTATE → answer for database errors a request caused (a bad value), not the service. */
const POSTGRES_CLIENT_ERRORS: Record<string, { status: number; message: string }> = {
  '22P02': { status: 400, message: 'A value has the wrong format (e.g. an id that is not a UUID)' },
  '22003': { status: 400, message: 'A number is out of range' },
  '22001': { status: 400, message: 'A value is too long' },
  '22021': { status: 400, message: 'A value contains a byte sequence that is not valid UTF-8' },
  '22P05': { status: 400, message: 'A value contains a character that cannot be stored (e.g. NUL)' },
  '22007': { status: 400, message: 'A date or time has the wrong format' },
  '22008': { status: 400, message: 'A date or time is out of range' },
  '23505': { status: 409, message: 'This already exists' },
  '23503': { status: 409, message: 'This refers to something that does not exist' },
  '23514': { status: 409, message: 'This would break a rule of the data' },
};

/** Errors raised by Express's body parser (http-errors with a `type`), in words a client can act on. */
function bodyParserError(error: {
  type?: string;
  status?: number;
  limit?: number;
  message?: string;
}): HttpErrorBody | null {
  switch (error.type) {
    case 'entity.too.large':
      return httpErrorBody(413, `The request body is larger than the limit of ${error.limit} bytes`);
    case 'entity.parse.failed':
      return httpErrorBody(400, `The request body is not valid JSON: ${error.message}`);
    case 'entity.verify.failed':
      return httpErrorBody(error.status ?? 400, error.message ?? 'The request body was refused');
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return httpErrorBody(415, `${error.message}; send UTF-8`);
    case 'request.aborted':
    case 'request.size.invalid':
      return httpErrorBody(400, 'The request body ended before its declared length');
    default:
      return null;
  }
}

/**
 * Maps an error thrown while handling a request to a 4xx answer when the request caused it — the service's own
 * domain errors, body-parser refusals, a value the database cannot take — or to null when it is the service's
 * fault (a logged 500).
 */
export function mapRequestError(
  error: unknown,
  domainMappers: readonly DomainErrorMapper[] = [],
): HttpErrorBody | null {
  for (const mapDomainError of domainMappers) {
    const mapped = mapDomainError(error);
    if (mapped) return mapped;
  }
  if (typeof error !== 'object' || error === null) return null;
  const parsed = bodyParserError(error as { type?: string });
  if (parsed) return parsed;
  const named = error as {
    name?: string;
    code?: string;
    status?: number;
    expose?: boolean;
    message?: string;
    driverError?: { code?: string; detail?: string };
  };
  // Any other http-errors error marked safe to show (e.g. from a middleware) keeps its 4xx status.
  if (named.expose === true && typeof named.status === 'number' && named.status >= 400 && named.status < 500)
    return httpErrorBody(named.status, named.message ?? 'The request was refused');
  if (named.name === 'EntityNotFoundError' || named.name === 'EntityNotFound')
    return httpErrorBody(404, 'Not found');
  const code = named.driverError?.code ?? (named.name === 'QueryFailedError' ? named.code : undefined);
  const known = code ? POSTGRES_CLIENT_ERRORS[code] : undefined;
  if (!known) return null;
  // A duplicate's detail names the key, which helps the client; other details may echo internals.
  const detail = code === '23505' ? named.driverError?.detail : undefined;
  return httpErrorBody(known.status, detail ? `${known.message}: ${detail}` : known.message);
}
