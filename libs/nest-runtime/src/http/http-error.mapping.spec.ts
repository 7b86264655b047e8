import { httpErrorBody, mapRequestError } from './http-error.mapping';

class ShelfError extends Error {}
const mapShelfError = (error: unknown) =>
  error instanceof ShelfError ? httpErrorBody(409, error.message) : null;

describe('mapRequestError', () => {
  it('maps a service’s domain errors through the mappers it registers', () => {
    expect(mapRequestError(new ShelfError('pinned'), [mapShelfError])).toEqual({
      statusCode: 409,
      error: 'Conflict',
      message: 'pinned',
    });
    expect(mapRequestError(new ShelfError('pinned'))).toBeNull();
  });

  it('maps request-caused PostgreSQL errors to 4xx, naming the duplicate key only', () => {
    expect(mapRequestError({ name: 'QueryFailedError', driverError: { code: '22P02' } })?.statusCode).toBe(
      400,
    );
    expect(mapRequestError({ name: 'QueryFailedError', driverError: { code: '22021' } })?.statusCode).toBe(
      400,
    );
    expect(
      mapRequestError({
        name: 'QueryFailedError',
        driverError: { code: '23505', detail: 'Key (x)=(1) already exists.' },
      }),
    ).toEqual({
      statusCode: 409,
      error: 'Conflict',
      message: 'This already exists: Key (x)=(1) already exists.',
    });
    expect(
      mapRequestError({ name: 'QueryFailedError', driverError: { code: '23503', detail: 'Key (internal)' } })
        ?.message,
    ).toBe('This refers to something that does not exist');
    expect(mapRequestError({ name: 'EntityNotFoundError' })?.statusCode).toBe(404);
  });

  it('maps the body parser’s refusals to 413, 400 and 415 with what to change', () => {
    expect(mapRequestError({ type: 'entity.too.large', status: 413, limit: 1048576 })).toEqual({
      statusCode: 413,
      error: 'Payload Too Large',
      message: 'The request body is larger than the limit of 1048576 bytes',
    });
    expect(mapRequestError({ type: 'entity.parse.failed', message: 'Unexpected token' })?.statusCode).toBe(
      400,
    );
    expect(
      mapRequestError({ type: 'charset.unsupported', message: 'unsupported charset "LATIN1"' }),
    ).toMatchObject({
      statusCode: 415,
      message: 'unsupported charset "LATIN1"; send UTF-8',
    });
  });

  it('keeps the 4xx of an exposed http error and never exposes a 5xx one', () => {
    expect(mapRequestError({ expose: true, status: 414, message: 'too long' })?.statusCode).toBe(414);
    expect(mapRequestError({ expose: false, status: 503, message: 'internal' })).toBeNull();
  });

  it('leaves the service’s own failures to a 500', () => {
    expect(mapRequestError(new Error('connection refused'))).toBeNull();
    expect(mapRequestError({ name: 'QueryFailedError', driverError: { code: '53300' } })).toBeNull();
    expect(mapRequestError('a string')).toBeNull();
  });
});
