import type { ContactRole } from '../clients/contact-rules';

/** What a client's portal can show or let its contacts do; set per client on the client's "Portal" tab. */
export const PORTAL_PERMISSIONS = [
  'VIEW_PROJECTS',
  'VIEW_TASKS',
  'COMMENT',
  'APPROVE',
  'VIEW_DOCUMENTS',
  'UPLOAD_FILES',
  'VIEW_INVOICES',
  'VIEW_BUDGET',
  'VIEW_TIMELINE',
  'OPEN_TICKETS',
] as const;
export type PortalPermission = (typeof PORTAL_PERMISSIONS)[number];

/** A new client's portal: everything a client usually expects, nothing that exposes money plans or lets files in. */
export const DEFAULT_PORTAL_PERMISSIONS: readonly PortalPermission[] = [
  'VIEW_PROJECTS', 'VIEW_TASKS', 'COMMENT', 'APPROVE', 'VIEW_DOCUMENTS', 'VIEW_INVOICES', 'VIEW_TIMELINE', 'OPEN_TICKETS',
];

const READ_ONLY: readonly PortalPermission[] = ['VIEW_PROJECTS', 'VIEW_TASKS', 'VIEW_DOCUMENTS', 'VIEW_INVOICES', 'VIEW_BUDGET', 'VIEW_TIMELINE'];

/**
 * How a contact's role narrows the client's portal permissions (it never widens them):
 * DECISION_MAKER gets all that is enabled; TECHNICAL views and comments (no approvals, no money);
 * BILLING sees invoices only; OBSERVER — and roles without a portal meaning — read only.
 */
export const PORTAL_ROLE_CEILING: Readonly<Record<ContactRole, readonly PortalPermission[]>> = {
  DECISION_MAKER: PORTAL_PERMISSIONS,
  TECHNICAL: ['VIEW_PROJECTS', 'VIEW_TASKS', 'COMMENT', 'VIEW_DOCUMENTS', 'UPLOAD_FILES', 'VIEW_TIMELINE', 'OPEN_TICKETS'],
  BILLING: ['VIEW_INVOICES'],
  OBSERVER: READ_ONLY,
  MARKETING: READ_ONLY,
  LEGAL: READ_ONLY,
  OTHER: READ_ONLY,
};

export function isPortalPermission(value: string): value is PortalPermission {
  return (PORTAL_PERMISSIONS as readonly string[]).includes(value);
}

/** What one contact may do in the portal: the client's enabled permissions narrowed by the contact's role. */
export function effectivePortalPermissions(settings: { enabled: boolean; permissions: readonly string[] }, role: ContactRole): PortalPermission[] {
  if (!settings.enabled) return [];
  const ceiling = PORTAL_ROLE_CEILING[role] ?? READ_ONLY;
  return PORTAL_PERMISSIONS.filter((p) => settings.permissions.includes(p) && ceiling.includes(p));
}
