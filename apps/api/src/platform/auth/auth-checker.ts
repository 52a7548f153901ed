import type { AuthChecker } from 'type-graphql';
import { forbidden, isPermission, isPortalPermission, unauthenticated } from '@clientflow/domain';
import type { Context } from '../graphql/context';
import type { Viewer } from './viewer';

/** Marks a resolver as reachable by portal sessions (and only by them). */
export const PORTAL = 'PORTAL';

/**
 * The one auth checker. `@Authorized()` = any signed-in staff member; `@Authorized('client.create')` = staff
 * whose role has that permission in the domain matrix; `@Authorized(PORTAL)` = a portal contact session;
 * `@Authorized(PORTAL, 'VIEW_INVOICES')` = a portal session whose client settings and contact role allow that.
 */
export const authChecker: AuthChecker<Context> = ({ context }, required) => assertAccess(context.viewer, required);

/** The checker's rule, synchronous: throws UNAUTHENTICATED / FORBIDDEN, else answers true (subscriptions call it too). */
export function assertAccess(viewer: Viewer, required: readonly string[]): true {
  if (viewer.kind === 'anonymous') throw unauthenticated();
  if (required.includes(PORTAL)) {
    if (viewer.kind !== 'portal') throw forbidden('This is only available in the client portal');
    for (const permission of required) {
      if (permission === PORTAL) continue;
      if (!isPortalPermission(permission)) throw new Error(`Unknown portal permission ${permission}`);
      if (!viewer.permissions.includes(permission)) throw forbidden('Your portal access does not include this');
    }
    return true;
  }
  if (viewer.kind !== 'staff') throw forbidden('Client portal sessions cannot use the agency API');
  for (const permission of required) {
    if (!isPermission(permission)) throw new Error(`Unknown permission ${permission}`);
    if (!viewer.permissions.includes(permission)) throw forbidden(`Your role (${viewer.role}) cannot do this`);
  }
  return true;
}
