import { DomainErrorMapper, httpErrorBody } from '@content-pipeline/nest-runtime';
import { VersionStoreError } from '../version-store.error';

const STATUS_OF_KIND = { not_found: 404, conflict: 409, invalid: 400 } as const;

/** The version store's domain errors as answers; everything else goes through the shared mapping. */
export const mapVersionStoreError: DomainErrorMapper = (error) =>
  error instanceof VersionStoreError ? httpErrorBody(STATUS_OF_KIND[error.kind], error.message) : null;
