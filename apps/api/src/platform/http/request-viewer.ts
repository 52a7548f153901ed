import type { Request } from 'express';
import type { DataSource } from 'typeorm';
import { forbidden, type Permission, type PortalPermission, type Role } from '@clientflow/domain';
import { assertTwoFactorSatisfied } from '../auth/auth-checker';
import { APP_HEADER } from '../auth/cookies';
import { resolveViewer, type AppAudience, type PortalViewer, type StaffViewer } from '../auth/viewer';
import { TenantScope } from '../db/tenant-scope';
import type { Services } from '../module';
import { HttpError } from './http-errors';

/** What the REST routes need to turn a request into a viewer and its scope. */
export interface Deps {
  dataSource: DataSource;
  services: Services;
}

export interface StaffCaller {
  viewer: StaffViewer;
  scope: TenantScope;
}
export interface PortalCaller {
  viewer: PortalViewer;
  scope: TenantScope;
}

const signIn = () => new HttpError('UNAUTHENTICATED', 'Sign in to continue');

function requireAppHeader(req: Request, app: AppAudience): void {
  if (req.headers[APP_HEADER] !== app)
    throw new HttpError('BAD_REQUEST', `This request must carry the header ${APP_HEADER}: ${app}`);
}

/** A staff session with the permission (reads: links, downloads, exports); its scope from `TenantScope.forViewer`. */
export async function staffCaller(
  req: Request,
  deps: Deps,
  permission: Permission,
  refusal: (role: Role) => string = (role) => `Your role (${role}) cannot do this`,
): Promise<StaffCaller> {
  const viewer = await resolveViewer(req, 'admin', { dataSource: deps.dataSource, tokens: deps.services.tokens });
  if (viewer.kind !== 'staff') throw signIn();
  assertTwoFactorSatisfied(viewer);
  if (!viewer.permissions.includes(permission)) throw forbidden(refusal(viewer.role));
  return { viewer, scope: TenantScope.forViewer(deps.dataSource.manager, viewer) };
}

/** A portal session (with the portal permission when given); its scope reaches only the contact's client. */
export async function portalCaller(
  req: Request,
  deps: Deps,
  permission?: PortalPermission,
  refusal?: string,
): Promise<PortalCaller> {
  const viewer = await resolveViewer(req, 'portal', { dataSource: deps.dataSource, tokens: deps.services.tokens });
  if (viewer.kind !== 'portal') throw signIn();
  if (permission && !viewer.permissions.includes(permission))
    throw forbidden(refusal ?? 'Your portal access does not include this');
  return { viewer, scope: TenantScope.forViewer(deps.dataSource.manager, viewer) };
}

/**
 * Writes: multipart and DELETE can be sent cross-site without a preflight, so the admin's custom header is
 * required (a cross-site form cannot set it), then a staff session with the permission.
 */
export async function staffForWrite(req: Request, deps: Deps, permission: Permission): Promise<StaffCaller> {
  requireAppHeader(req, 'admin');
  return staffCaller(req, deps, permission);
}

/** Portal writes (uploads): the portal's custom header (same reason as for staff), then a portal session. */
export async function portalForWrite(req: Request, deps: Deps): Promise<PortalCaller> {
  requireAppHeader(req, 'portal');
  return portalCaller(req, deps);
}

/** Reads (links, <img>): no custom header possible; the staff cookie first, else the portal cookie. */
export async function readerFor(req: Request, deps: Deps): Promise<StaffCaller | PortalCaller> {
  const tokenDeps = { dataSource: deps.dataSource, tokens: deps.services.tokens };
  const staff = await resolveViewer(req, 'admin', tokenDeps);
  if (staff.kind === 'staff') {
    assertTwoFactorSatisfied(staff);
    if (!staff.permissions.includes('client.view')) throw forbidden(`Your role (${staff.role}) cannot do this`);
    return { viewer: staff, scope: TenantScope.forViewer(deps.dataSource.manager, staff) };
  }
  const portal = await resolveViewer(req, 'portal', tokenDeps);
  if (portal.kind === 'portal')
    return { viewer: portal, scope: TenantScope.forViewer(deps.dataSource.manager, portal) };
  throw signIn();
}
