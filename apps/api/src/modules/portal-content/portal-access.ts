import type { Context } from '../../platform/graphql/context';
import type { PortalAccess } from './portal-content.service';

/** The portal caller's scope, contact, permissions and project selection (loaded once per request). */
export async function portalAccess(ctx: Context): Promise<PortalAccess> {
  const viewer = ctx.portal();
  return { viewer, scope: ctx.scope(), settings: await ctx.loaders.portalProjectSettings.load(viewer.clientId) };
}
