import type { IncomingMessage } from 'node:http';
import type { DataSource } from 'typeorm';
import {
  DEFAULT_PORTAL_PERMISSIONS, effectivePortalPermissions, permissionsFor, type ContactRole, type Permission, type PortalPermission, type Role,
} from '@clientflow/domain';
import { APP_HEADER, PORTAL_COOKIE, readCookies, STAFF_COOKIE } from './cookies';
import type { SessionTokens } from './session-token';

export interface StaffViewer {
  kind: 'staff';
  userId: string;
  workspaceId: string;
  role: Role;
  permissions: Permission[];
}
export interface PortalViewer {
  kind: 'portal';
  contactId: string;
  clientId: string;
  workspaceId: string;
  /** The client's portal permissions narrowed by this contact's role (see `effectivePortalPermissions`). */
  permissions: PortalPermission[];
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
    const rows: { role: ContactRole; enabled: boolean | null; permissions: string[] | null }[] = await deps.dataSource.query(
      `SELECT ct.role, ps.enabled, ps.permissions FROM contact ct JOIN client c ON c.id = ct."clientId"
         LEFT JOIN client_portal_settings ps ON ps."clientId" = c.id
        WHERE ct.id = $1 AND ct."clientId" = $2 AND ct."workspaceId" = $3 AND ct."portalAccess"
          AND c."deletedAt" IS NULL AND c."archivedAt" IS NULL`,
      [claims.sub, claims.cid, claims.ws],
    );
    if (!rows.length || rows[0].enabled === false) return ANONYMOUS;
    const settings = { enabled: true, permissions: rows[0].permissions ?? DEFAULT_PORTAL_PERMISSIONS };
    return {
      kind: 'portal',
      contactId: claims.sub,
      clientId: claims.cid,
      workspaceId: claims.ws,
      permissions: effectivePortalPermissions(settings, rows[0].role),
    };
  }
  const token = cookies[STAFF_COOKIE];
  const claims = token ? await deps.tokens.verify(token, 'staff') : null;
  if (!claims) return ANONYMOUS;
  const rows: { role: Role; memberCanViewFinancials: boolean }[] = await deps.dataSource.query(
    `SELECT m.role, w."memberCanViewFinancials" FROM membership m JOIN workspace w ON w.id = m."workspaceId"
      WHERE m."userId" = $1 AND m."workspaceId" = $2`,
    [claims.sub, claims.ws],
  );
  if (!rows.length) return ANONYMOUS;
  const { role, memberCanViewFinancials } = rows[0];
  return {
    kind: 'staff',
    userId: claims.sub,
    workspaceId: claims.ws,
    role,
    permissions: permissionsFor(role, { memberCanViewFinancials }),
  };
}
