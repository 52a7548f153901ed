import type { Request } from 'express';
import type { DataSource } from 'typeorm';
import { forbidden, type Permission } from '@clientflow/domain';
import { APP_HEADER } from '../auth/cookies';
import { resolveViewer, type PortalViewer, type StaffViewer } from '../auth/viewer';
import { TenantScope } from '../db/tenant-scope';
import type { Services } from '../services';
import { HttpError } from './http-errors';

export interface Deps {
  dataSource: DataSource;
  services: Services;
}

const staffScope = (deps: Deps, viewer: StaffViewer) =>
  new TenantScope(
    deps.dataSource.manager,
    viewer.workspaceId,
    null,
    viewer.permissions.includes('client.viewAll') ? null : viewer.userId,
  );

/**
 * Writes: multipart and DELETE can be sent cross-site without a preflight, so the admin's custom header is
 * required (a cross-site form cannot set it), then a staff session with the permission.
 */
export async function staffForWrite(req: Request, deps: Deps, permission: Permission): Promise<{ viewer: StaffViewer; scope: TenantScope }> {
  if (req.headers[APP_HEADER] !== 'admin') {
    throw new HttpError('BAD_REQUEST', `This request must carry the header ${APP_HEADER}: admin`);
  }
  const viewer = await resolveViewer(req, 'admin', { dataSource: deps.dataSource, tokens: deps.services.tokens });
  if (viewer.kind !== 'staff') throw new HttpError('UNAUTHENTICATED', 'Sign in to continue');
  if (!viewer.permissions.includes(permission)) throw forbidden(`Your role (${viewer.role}) cannot do this`);
  return { viewer, scope: staffScope(deps, viewer) };
}

/** Portal writes (uploads): the portal's custom header (same reason as for staff), then a portal session. */
export async function portalForWrite(req: Request, deps: Deps): Promise<{ viewer: PortalViewer; scope: TenantScope }> {
  if (req.headers[APP_HEADER] !== 'portal') {
    throw new HttpError('BAD_REQUEST', `This request must carry the header ${APP_HEADER}: portal`);
  }
  const viewer = await resolveViewer(req, 'portal', { dataSource: deps.dataSource, tokens: deps.services.tokens });
  if (viewer.kind !== 'portal') throw new HttpError('UNAUTHENTICATED', 'Sign in to continue');
  return { viewer, scope: new TenantScope(deps.dataSource.manager, viewer.workspaceId, viewer.clientId) };
}

/** Reads (links, <img>): no custom header possible; the staff cookie first, else the portal cookie. */
export async function readerFor(
  req: Request,
  deps: Deps,
): Promise<{ viewer: StaffViewer; scope: TenantScope } | { viewer: PortalViewer; scope: TenantScope }> {
  const tokenDeps = { dataSource: deps.dataSource, tokens: deps.services.tokens };
  const staff = await resolveViewer(req, 'admin', tokenDeps);
  if (staff.kind === 'staff') {
    if (!staff.permissions.includes('client.view')) throw forbidden(`Your role (${staff.role}) cannot do this`);
    return { viewer: staff, scope: staffScope(deps, staff) };
  }
  const portal = await resolveViewer(req, 'portal', tokenDeps);
  if (portal.kind === 'portal') {
    return { viewer: portal, scope: new TenantScope(deps.dataSource.manager, portal.workspaceId, portal.clientId) };
  }
  throw new HttpError('UNAUTHENTICATED', 'Sign in to continue');
}
