import type { IncomingMessage } from 'node:http';
import type { DataSource } from 'typeorm';
import {
  DEFAULT_PORTAL_PERMISSIONS,
  effectivePortalPermissions,
  permissionsFor,
  portalProjectSelection,
  type ContactRole,
  type Permission,
  type PortalPermission,
  type PortalProjectSelection,
  type Role,
} from '@clientflow/domain';
import { APP_HEADER, PORTAL_COOKIE, readCookies, STAFF_COOKIE } from './cookies';
import type { SessionTokens } from './session-token';

export interface StaffViewer {
  kind: 'staff';
  userId: string;
  /** The signed-in browser (user_session id); absent for viewers re-read for live fan-out. */
  sessionId?: string;
  workspaceId: string;
  role: Role;
  permissions: Permission[];
  /**
   * The workspace requires two-factor and this user has not set it up: the session may only enrol, read `me` and
   * sign out (enforced by `assertAccess`).
   */
  twoFactorSetupRequired?: boolean;
}
export interface PortalViewer {
  kind: 'portal';
  contactId: string;
  clientId: string;
  workspaceId: string;
  /** The client's portal permissions narrowed by this contact's role (see `effectivePortalPermissions`). */
  permissions: PortalPermission[];
  /** The client's project selection, read with the session (live fan-out applies it without another query). */
  projects: PortalProjectSelection;
}
export type Viewer = { kind: 'anonymous' } | StaffViewer | PortalViewer;
export type AppAudience = 'admin' | 'portal';

export const ANONYMOUS: Viewer = { kind: 'anonymous' };

/** Which session a request speaks for: the portal SPA says so with a header (or graphql-ws connection param). */
export function audienceOf(req: IncomingMessage, connectionParams?: Record<string, unknown>): AppAudience {
  const fromParams = connectionParams?.app;
  const value = typeof fromParams === 'string' ? fromParams : req.headers[APP_HEADER];
  return value === 'portal' ? 'portal' : 'admin';
}

/**
 * Cookie -> verified JWT -> a Viewer re-read from the database on every request, so a removed membership,
 * a changed role or revoked portal access takes effect at once.
 */
export async function resolveViewer(
  req: IncomingMessage,
  audience: AppAudience,
  deps: { dataSource: DataSource; tokens: SessionTokens },
): Promise<Viewer> {
  const cookies = readCookies(req);
  if (audience === 'portal') {
    const token = cookies[PORTAL_COOKIE];
    const claims = token ? await deps.tokens.verify(token, 'portal') : null;
    if (!claims) return ANONYMOUS;
    // Re-read on every request: revoking a contact's access or disabling the client's portal ends its sessions at once.
    const viewers = await portalViewersOf(deps.dataSource, claims.ws, [claims.sub]);
    const viewer = viewers.get(claims.sub);
    return viewer && viewer.clientId === claims.cid ? viewer : ANONYMOUS;
  }
  const token = cookies[STAFF_COOKIE];
  const claims = token ? await deps.tokens.verify(token, 'staff') : null;
  if (!claims) return ANONYMOUS;
  return (await staffSessionViewer(deps.dataSource, claims)) ?? ANONYMOUS;
}

/** Whether the workspace (w) requires two-factor and the member (m) has none: a column of the viewer statements. */
const TWO_FACTOR_SETUP_REQUIRED = `(w."requireTwoFactor" AND NOT EXISTS (
       SELECT 1 FROM user_two_factor t WHERE t."userId" = m."userId" AND t."enabledAt" IS NOT NULL
     )) AS "twoFactorSetupRequired"`;

/**
 * The staff viewer behind one session cookie, in ONE statement (the same count as before sessions existed): the
 * membership and role, and the session row unrevoked and unexpired, whose last-seen time is bumped at most once a
 * minute by a writable CTE of the same statement, and whether the workspace's two-factor rule still waits for this
 * user. A signed-out, revoked or removed session, or a workspace marked for deletion, answers null.
 */
export async function staffSessionViewer(
  dataSource: DataSource,
  claims: { sub: string; ws: string; sid: string },
): Promise<StaffViewer | null> {
  const rows: { role: Role; memberCanViewFinancials: boolean; twoFactorSetupRequired: boolean }[] =
    await dataSource.query(
      `WITH live AS (
       SELECT s.id, s."lastSeenAt" FROM user_session s
        WHERE s.id = $3 AND s."userId" = $2 AND s."revokedAt" IS NULL AND s."expiresAt" > now()
     ), seen AS (
       UPDATE user_session SET "lastSeenAt" = now()
        WHERE id = (SELECT id FROM live WHERE "lastSeenAt" < now() - interval '1 minute')
     )
     SELECT m.role, w."memberCanViewFinancials", ${TWO_FACTOR_SETUP_REQUIRED} FROM membership m
       JOIN workspace w ON w.id = m."workspaceId"
       JOIN live ON true
      WHERE m."workspaceId" = $1 AND m."userId" = $2 AND w."deletionRequestedAt" IS NULL`,
      [claims.ws, claims.sub, claims.sid],
    );
  const row = rows[0];
  if (!row) return null;
  return {
    kind: 'staff',
    userId: claims.sub,
    sessionId: claims.sid,
    workspaceId: claims.ws,
    role: row.role,
    permissions: permissionsFor(row.role, { memberCanViewFinancials: row.memberCanViewFinancials }),
    twoFactorSetupRequired: row.twoFactorSetupRequired,
  };
}

/** Staff viewers of one live workspace, re-read in one query (requests, and live subscribers on every event). */
export async function staffViewersOf(
  dataSource: DataSource,
  workspaceId: string,
  userIds: string[],
): Promise<Map<string, StaffViewer>> {
  const rows: { userId: string; role: Role; memberCanViewFinancials: boolean; twoFactorSetupRequired: boolean }[] =
    await dataSource.query(
      `SELECT m."userId", m.role, w."memberCanViewFinancials", ${TWO_FACTOR_SETUP_REQUIRED}
         FROM membership m JOIN workspace w ON w.id = m."workspaceId"
        WHERE m."workspaceId" = $1 AND m."userId" = ANY($2::uuid[]) AND w."deletionRequestedAt" IS NULL`,
      [workspaceId, userIds],
    );
  return new Map(
    rows.map(({ userId, role, memberCanViewFinancials, twoFactorSetupRequired }) => [
      userId,
      {
        kind: 'staff',
        userId,
        workspaceId,
        role,
        permissions: permissionsFor(role, { memberCanViewFinancials }),
        twoFactorSetupRequired,
      },
    ]),
  );
}

/**
 * Portal viewers of one workspace not marked for deletion (contacts that still have access to a live,
 * portal-enabled client), one query.
 */
export async function portalViewersOf(
  dataSource: DataSource,
  workspaceId: string,
  contactIds: string[],
): Promise<Map<string, PortalViewer>> {
  const rows: {
    contactId: string;
    clientId: string;
    role: ContactRole;
    enabled: boolean | null;
    permissions: string[] | null;
    allProjects: boolean | null;
    projectIds: string[] | null;
  }[] = await dataSource.query(
    `SELECT ct.id AS "contactId", ct."clientId", ct.role, ps.enabled, ps.permissions, ps."allProjects", ps."projectIds"
         FROM contact ct JOIN client c ON c.id = ct."clientId"
         JOIN workspace w ON w.id = ct."workspaceId" AND w."deletionRequestedAt" IS NULL
         LEFT JOIN client_portal_settings ps ON ps."clientId" = c.id
        WHERE ct."workspaceId" = $1 AND ct.id = ANY($2::uuid[]) AND ct."portalAccess"
          AND c."deletedAt" IS NULL AND c."archivedAt" IS NULL`,
    [workspaceId, contactIds],
  );
  const viewers = new Map<string, PortalViewer>();
  for (const row of rows) {
    if (row.enabled === false) continue;
    const settings = { enabled: true, permissions: row.permissions ?? DEFAULT_PORTAL_PERMISSIONS };
    viewers.set(row.contactId, {
      kind: 'portal',
      contactId: row.contactId,
      clientId: row.clientId,
      workspaceId,
      permissions: effectivePortalPermissions(settings, row.role),
      projects: portalProjectSelection(row),
    });
  }
  return viewers;
}
