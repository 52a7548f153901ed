import type { PortalPermission } from './portal-access';
import { isProjectVisibleInPortal } from './portal-content';

/** A client's project selection: every project, or only those picked on the Portal tab. */
export interface PortalProjectSelection {
  allProjects: boolean;
  projectIds: readonly string[];
}

/** A client without a portal settings row shows all its projects. */
export function portalProjectSelection(
  row: { allProjects: boolean | null; projectIds: readonly string[] | null } | null | undefined,
): PortalProjectSelection {
  return row && row.allProjects === false
    ? { allProjects: false, projectIds: row.projectIds ?? [] }
    : { allProjects: true, projectIds: [] };
}

/**
 * Everything that decides what a portal contact sees: its client, its permissions (the client's portal permissions
 * narrowed by the contact's role; none when the portal is switched off) and the client's project selection.
 */
export interface PortalSight {
  clientId: string;
  permissions: readonly string[];
  projects: PortalProjectSelection;
}

/**
 * What a kind of row must satisfy to be shown to a portal contact, besides being of its client. Declarative so the
 * same rule runs in memory (`portalSees`: live events, rows read by id) and compiles to SQL (the portal's list
 * queries, `portalQuery` in the API): one rule, two callers.
 */
export interface PortalRowRule {
  /** The portal permission the contact needs. */
  permission: PortalPermission;
  /** Boolean columns the agency sets to share a row: each must be true. */
  shared?: readonly string[];
  /** Boolean columns that keep a row from the client (internal notes): each must be false. */
  internal?: readonly string[];
  /** Statuses the client never sees (a DRAFT invoice). */
  hiddenStatuses?: readonly string[];
  /** The column holding the row's project (the project's own id for projects); null ids are not project-bound. */
  project?: string;
}

export const PORTAL_ROW_RULES = {
  timelineEvent: { permission: 'VIEW_TIMELINE', shared: ['portalVisible'], project: 'projectId' },
  project: { permission: 'VIEW_PROJECTS', project: 'id' },
  deliverable: { permission: 'VIEW_PROJECTS', project: 'projectId' },
  task: { permission: 'VIEW_TASKS', shared: ['clientVisible'], project: 'projectId' },
  document: { permission: 'VIEW_DOCUMENTS', shared: ['portalVisible'], project: 'projectId' },
  invoice: { permission: 'VIEW_INVOICES', hiddenStatuses: ['DRAFT'] },
  ticket: { permission: 'OPEN_TICKETS' },
  ticketMessage: { permission: 'OPEN_TICKETS', internal: ['internal'] },
} as const satisfies Record<string, PortalRowRule>;

export type PortalRowKind = keyof typeof PORTAL_ROW_RULES;

/** A row as the rule reads it: its client and the columns its kind's rule names. */
export type PortalRow = { clientId: string | null } & object;

/** Whether a portal contact may see this row (the one decision; `portalQuery` is its SQL form). */
export function portalSees(kind: PortalRowKind, row: PortalRow, sight: PortalSight): boolean {
  const rule: PortalRowRule = PORTAL_ROW_RULES[kind];
  const value = (column: string) => (row as Record<string, unknown>)[column];
  if (row.clientId === null || row.clientId !== sight.clientId) return false;
  if (!sight.permissions.includes(rule.permission)) return false;
  if (rule.shared?.some((c) => value(c) !== true)) return false;
  if (rule.internal?.some((c) => value(c) !== false)) return false;
  if (rule.hiddenStatuses?.includes(value('status') as string)) return false;
  if (rule.project) return isProjectVisibleInPortal(sight.projects, (value(rule.project) as string | null) ?? null);
  return true;
}
