import { can, permissionsFor, PERMISSIONS, ROLES } from './permissions';

describe('role matrix', () => {
  it('gives the owner every permission', () => {
    for (const p of PERMISSIONS) expect(can('OWNER', p)).toBe(true);
  });

  it('keeps workspace deletion to the owner', () => {
    expect(ROLES.filter((r) => can(r, 'workspace.delete'))).toEqual(['OWNER']);
  });

  it('forbids members deleting clients, managing the portal or seeing financials by default', () => {
    expect(can('MEMBER', 'client.delete')).toBe(false);
    expect(can('MEMBER', 'portal.manage')).toBe(false);
    expect(can('MEMBER', 'financials.view')).toBe(false);
    expect(can('MEMBER', 'client.create')).toBe(true);
  });

  it('lets a workspace grant members financial visibility', () => {
    expect(can('MEMBER', 'financials.view', { memberCanViewFinancials: true })).toBe(true);
    expect(permissionsFor('MEMBER', { memberCanViewFinancials: true })).toContain('financials.view');
  });

  it('forbids managers deleting clients or managing members', () => {
    expect(can('MANAGER', 'client.delete')).toBe(false);
    expect(can('MANAGER', 'members.manage')).toBe(false);
    expect(can('MANAGER', 'financials.view')).toBe(true);
  });
});
