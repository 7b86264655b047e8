import { isUniqueViolation } from './postgres-errors';

describe('isUniqueViolation', () => {
  it('recognises the SQLSTATE on a TypeORM QueryFailedError and on a raw pg error', () => {
    expect(isUniqueViolation({ driverError: { code: '23505' } })).toBe(true);
    expect(isUniqueViolation({ code: '23505' })).toBe(true);
    expect(isUniqueViolation({ code: '40001' })).toBe(false);
    expect(isUniqueViolation(undefined)).toBe(false);
  });
});
