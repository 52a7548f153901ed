export const ROLES = ['OWNER', 'ADMIN', 'MANAGER', 'MEMBER'] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = [
  'client.viewList',
  'client.view',
  /** See every client of the workspace; without it, only clients the user is account manager of. */
  'client.viewAll',
  'client.create',
  'client.edit',
  'client.delete',
  'financials.view',
  /** Create, send, void invoices and quotes, record payments, manage recurring billing and billing settings. */
  'billing.manage',
  'portal.manage',
  'data.export',
  'workspace.manage',
  'members.manage',
  /** Read the audit log (sign-ins, team and security changes, exports). */
  'audit.view',
  'workspace.delete',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

/**
 * The role matrix, as data. The API's auth checker and both SPAs read it; nothing else decides.
 * MEMBER's financial visibility can be granted per membership (see `permissionsFor`).
 */
export const ROLE_MATRIX: Readonly<Record<Role, readonly Permission[]>> = {
  OWNER: PERMISSIONS,
  ADMIN: PERMISSIONS.filter((p) => p !== 'workspace.delete'),
  MANAGER: [
    'client.viewList',
    'client.view',
    'client.viewAll',
    'client.create',
    'client.edit',
    'financials.view',
    'billing.manage',
    'portal.manage',
    'data.export',
  ],
  MEMBER: ['client.viewList', 'client.view', 'client.create', 'client.edit'],
};

export interface MembershipGrants {
  /** Workspace-configurable: lets a MEMBER see financial figures. */
  memberCanViewFinancials?: boolean;
}

export function permissionsFor(role: Role, grants: MembershipGrants = {}): Permission[] {
  const base = [...ROLE_MATRIX[role]];
  if (role === 'MEMBER' && grants.memberCanViewFinancials) base.push('financials.view');
  return base;
}

export function can(role: Role, permission: Permission, grants: MembershipGrants = {}): boolean {
  return permissionsFor(role, grants).includes(permission);
}

export function isPermission(value: string): value is Permission {
  return (PERMISSIONS as readonly string[]).includes(value);
}
