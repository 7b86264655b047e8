/** SQLSTATE codes the services react to. */
export const PostgresErrorCode = {
  uniqueViolation: '23505',
  serializationFailure: '40001',
  deadlockDetected: '40P01',
} as const;

/** True when a driver error is a unique-constraint violation (an idempotent insert that lost a race). */
export function isUniqueViolation(error: unknown): boolean {
  const driverError = (error as { driverError?: { code?: string }; code?: string }) ?? {};
  return (driverError.driverError?.code ?? driverError.code) === PostgresErrorCode.uniqueViolation;
}
