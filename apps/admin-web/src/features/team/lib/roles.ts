import type { Role } from '@clientflow/domain';

export const ROLE_LABELS: Record<Role, string> = {
  OWNER: 'Owner',
  ADMIN: 'Admin',
  MANAGER: 'Manager',
  MEMBER: 'Member',
};

export const ROLE_COLORS: Record<Role, string> = { OWNER: 'grape', ADMIN: 'brand', MANAGER: 'teal', MEMBER: 'gray' };

/** One line per role, shown where a role is chosen. */
export const ROLE_DESCRIPTIONS: Record<Role, string> = {
  OWNER: 'Everything, including deleting the workspace and managing owners',
  ADMIN: 'Everything except deleting the workspace; manages the team below owner',
  MANAGER: 'All clients, billing and the portal; no settings or team',
  MEMBER: 'Only the clients they manage; no financial figures by default',
};

export const roleOptions = (roles: readonly Role[]) =>
  roles.map((role) => ({ value: role, label: `${ROLE_LABELS[role]} — ${ROLE_DESCRIPTIONS[role]}` }));
