import {
  can,
  isPermission,
  permissionsFor,
  PERMISSIONS,
  ROLE_MATRIX,
  ROLES,
  type Permission,
  type Role,
} from './permissions';

/**
 * The whole matrix spelled out cell by cell, so any change to ROLE_MATRIX has to be made here too, on purpose.
 * ✓ = granted, · = refused.
 */
const EXPECTED: Record<Permission, Record<Role, '✓' | '·'>> = {
  'client.viewList': { OWNER: '✓', ADMIN: '✓', MANAGER: '✓', MEMBER: '✓' },
  'client.view': { OWNER: '✓', ADMIN: '✓', MANAGER: '✓', MEMBER: '✓' },
  'client.viewAll': { OWNER: '✓', ADMIN: '✓', MANAGER: '✓', MEMBER: '·' },
  'client.create': { OWNER: '✓', ADMIN: '✓', MANAGER: '✓', MEMBER: '✓' },
  'client.edit': { OWNER: '✓', ADMIN: '✓', MANAGER: '✓', MEMBER: '✓' },
  'client.delete': { OWNER: '✓', ADMIN: '✓', MANAGER: '·', MEMBER: '·' },
  'financials.view': { OWNER: '✓', ADMIN: '✓', MANAGER: '✓', MEMBER: '·' },
  'billing.manage': { OWNER: '✓', ADMIN: '✓', MANAGER: '✓', MEMBER: '·' },
  'portal.manage': { OWNER: '✓', ADMIN: '✓', MANAGER: '✓', MEMBER: '·' },
  'data.export': { OWNER: '✓', ADMIN: '✓', MANAGER: '✓', MEMBER: '·' },
  'workspace.manage': { OWNER: '✓', ADMIN: '✓', MANAGER: '·', MEMBER: '·' },
  'members.manage': { OWNER: '✓', ADMIN: '✓', MANAGER: '·', MEMBER: '·' },
  'audit.view': { OWNER: '✓', ADMIN: '✓', MANAGER: '·', MEMBER: '·' },
  'workspace.delete': { OWNER: '✓', ADMIN: '·', MANAGER: '·', MEMBER: '·' },
};

describe('role matrix, cell by cell', () => {
  it('covers exactly the declared permissions', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual([...PERMISSIONS].sort());
  });

  const cells = ROLES.flatMap((role) =>
    PERMISSIONS.map((permission) => [role, permission, EXPECTED[permission][role]] as const),
  );
  it.each(cells)('%s × %s = %s', (role, permission, mark) => {
    expect(can(role, permission)).toBe(mark === '✓');
    expect(ROLE_MATRIX[role].includes(permission)).toBe(mark === '✓');
  });

  it('lists no permission twice for a role', () => {
    for (const role of ROLES) expect(new Set(ROLE_MATRIX[role]).size).toBe(ROLE_MATRIX[role].length);
  });

  it('only lists known permissions', () => {
    for (const role of ROLES) for (const p of ROLE_MATRIX[role]) expect(isPermission(p)).toBe(true);
    expect(isPermission('client.fly')).toBe(false);
  });
});

describe('membership grants', () => {
  it('lets a workspace grant members financial visibility, and nothing else', () => {
    const granted = permissionsFor('MEMBER', { memberCanViewFinancials: true });
    expect(granted).toContain('financials.view');
    expect(granted.filter((p) => !ROLE_MATRIX.MEMBER.includes(p))).toEqual(['financials.view']);
    expect(can('MEMBER', 'financials.view', { memberCanViewFinancials: true })).toBe(true);
    expect(can('MEMBER', 'financials.view', { memberCanViewFinancials: false })).toBe(false);
  });

  it.each(['OWNER', 'ADMIN', 'MANAGER'] as const)('does not change %s', (role) => {
    expect(permissionsFor(role, { memberCanViewFinancials: true }).sort()).toEqual([...ROLE_MATRIX[role]].sort());
    expect(permissionsFor(role, { memberCanViewFinancials: false }).sort()).toEqual([...ROLE_MATRIX[role]].sort());
  });

  it('never mutates the matrix', () => {
    const before = [...ROLE_MATRIX.MEMBER];
    permissionsFor('MEMBER', { memberCanViewFinancials: true }).push('workspace.delete');
    expect(ROLE_MATRIX.MEMBER).toEqual(before);
  });
});
