import { roleAtLeast, serviceRoleOf } from './person-role';

describe('person roles', () => {
  it('orders viewer < reviewer < operator < admin', () => {
    expect(roleAtLeast('reviewer', 'reviewer')).toBe(true);
    expect(roleAtLeast('viewer', 'reviewer')).toBe(false);
    expect(roleAtLeast('admin', 'operator')).toBe(true);
    expect(roleAtLeast('operator', 'admin')).toBe(false);
  });

  it('lets an admin act as operator on the services, every other role as itself', () => {
    expect(serviceRoleOf('admin')).toBe('operator');
    expect(serviceRoleOf('reviewer')).toBe('reviewer');
  });
});
