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
  'VIEW_PROJECTS',
  'VIEW_TASKS',
  'COMMENT',
  'APPROVE',
  'VIEW_DOCUMENTS',
  'VIEW_INVOICES',
  'VIEW_TIMELINE',
  'OPEN_TICKETS',
];

const READ_ONLY: readonly PortalPermission[] = [
  'VIEW_PROJECTS',
  'VIEW_TASKS',
  'VIEW_DOCUMENTS',
  'VIEW_INVOICES',
  'VIEW_BUDGET',
  'VIEW_TIMELINE',
];

/**
 * How a contact's role narrows the client's portal permissions (it never widens them):
 * DECISION_MAKER gets all that is enabled; TECHNICAL views and comments (no approvals, no money);
 * BILLING sees invoices only; OBSERVER — and roles without a portal meaning — read only.
 */
export const PORTAL_ROLE_CEILING: Readonly<Record<ContactRole, readonly PortalPermission[]>> = {
  DECISION_MAKER: PORTAL_PERMISSIONS,
  TECHNICAL: [
    'VIEW_PROJECTS',
    'VIEW_TASKS',
    'COMMENT',
    'VIEW_DOCUMENTS',
    'UPLOAD_FILES',
    'VIEW_TIMELINE',
    'OPEN_TICKETS',
  ],
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
export function effectivePortalPermissions(
  settings: { enabled: boolean; permissions: readonly string[] },
  role: ContactRole,
): PortalPermission[] {
  if (!settings.enabled) return [];
  const ceiling = PORTAL_ROLE_CEILING[role] ?? READ_ONLY;
  return PORTAL_PERMISSIONS.filter((p) => settings.permissions.includes(p) && ceiling.includes(p));
}

/** The languages the portal is translated into. */
export const PORTAL_LOCALES = ['en', 'pt', 'es', 'fr'] as const;
export type PortalLocale = (typeof PORTAL_LOCALES)[number];

export function isPortalLocale(value: unknown): value is PortalLocale {
  return typeof value === 'string' && (PORTAL_LOCALES as readonly string[]).includes(value);
}

/** The client's language when set, else the workspace's (`pt-BR` → `pt`), else English. */
export function portalLocaleOf(
  clientLocale: string | null | undefined,
  workspaceLocale: string | null | undefined,
): PortalLocale {
  for (const tag of [clientLocale, workspaceLocale]) {
    const language = tag?.trim().toLowerCase().split(/[-_]/)[0];
    if (isPortalLocale(language)) return language;
  }
  return 'en';
}

/** The client's own portal address: the sign-in page there shows the agency's branding in the client's language. */
export function clientPortalUrl(portalOrigin: string, workspaceSlug: string, clientKey: string): string {
  return `${portalOrigin.replace(/\/+$/, '')}/p/${encodeURIComponent(workspaceSlug)}/${encodeURIComponent(clientKey)}`;
}
