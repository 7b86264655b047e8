/** Why a request cannot be carried out, in domain terms; the HTTP filter maps each kind to a status. */
export type VersionStoreErrorKind = 'not_found' | 'conflict' | 'invalid';

export class VersionStoreError extends Error {
  constructor(
    readonly kind: VersionStoreErrorKind,
    message: string,
  ) {
    super(message);
    this.name = 'VersionStoreError';
  }

  static notFound(message: string): VersionStoreError {
    return new VersionStoreError('not_found', message);
  }

  static conflict(message: string): VersionStoreError {
    return new VersionStoreError('conflict', message);
  }

  static invalid(message: string): VersionStoreError {
    return new VersionStoreError('invalid', message);
  }
}
