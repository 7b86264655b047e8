import { VersionStoreError } from '../version-store.error';
import { mapErrorToHttp } from './http-error.mapping';

describe('mapErrorToHttp', () => {
  it('maps domain errors by kind', () => {
    expect(mapErrorToHttp(VersionStoreError.notFound('no such SKU'))).toEqual({
      statusCode: 404,
      error: 'Not Found',
      message: 'no such SKU',
    });
    expect(mapErrorToHttp(VersionStoreError.conflict('pinned'))?.statusCode).toBe(409);
    expect(mapErrorToHttp(VersionStoreError.invalid('bad'))?.statusCode).toBe(400);
  });

  it('maps request-caused PostgreSQL errors to 4xx', () => {
    expect(mapErrorToHttp({ name: 'QueryFailedError', driverError: { code: '22P02' } })?.statusCode).toBe(
      400,
    );
    expect(
      mapErrorToHttp({
        name: 'QueryFailedError',
        driverError: { code: '23505', detail: 'Key (x)=(1) already exists.' },
      }),
    ).toEqual({
      statusCode: 409,
      error: 'Conflict',
      message: 'This already exists: Key (x)=(1) already exists.',
    });
    expect(mapErrorToHttp({ name: 'EntityNotFoundError' })?.statusCode).toBe(404);
  });

  it('leaves the service’s own failures to a 500', () => {
    expect(mapErrorToHttp(new Error('connection refused'))).toBeNull();
    expect(mapErrorToHttp({ name: 'QueryFailedError', driverError: { code: '53300' } })).toBeNull();
  });
});
