import type { PortalPermission } from '@clientflow/domain';
import type { PortalViewer } from '../../platform/auth/viewer';
import type { TenantScope } from '../../platform/db/tenant-scope';
import type { Context } from '../../platform/graphql/context';
import { ClientPortalSettings } from './client-portal-settings.entity';

/** The client's project selection: which of its projects (and what belongs to them) the portal shows. */
export interface PortalProjectSettings {
  allProjects: boolean;
  projectIds: string[];
}

/** What every portal call needs: the client's scope, the contact, its permissions and the project selection. */
export interface PortalAccess {
  scope: TenantScope;
  viewer: PortalViewer;
  settings: PortalProjectSettings;
}

/** Portal lists answer at most this many rows. */
export const PORTAL_LIST_LIMIT = 200;

/** A client without a settings row shows all its projects. */
export const projectSettingsOf = (row: ClientPortalSettings | null | undefined): PortalProjectSettings =>
  row ? { allProjects: row.allProjects, projectIds: row.projectIds } : { allProjects: true, projectIds: [] };

export const hasPortalPermission = (a: PortalAccess, p: PortalPermission) => a.viewer.permissions.includes(p);

/** The portal caller's scope, contact, permissions and project selection (loaded once per request). */
export async function portalAccess(ctx: Context): Promise<PortalAccess> {
  const viewer = ctx.portal();
  return { viewer, scope: ctx.scope(), settings: await ctx.loaders.portalProjectSettings.load(viewer.clientId) };
}

/** For the REST file routes (no GraphQL context): the same access the resolvers build from their loaders. */
export async function portalAccessFor(scope: TenantScope, viewer: PortalViewer): Promise<PortalAccess> {
  return { scope, viewer, settings: projectSettingsOf(await scope.query(ClientPortalSettings, 's').getOne()) };
}
