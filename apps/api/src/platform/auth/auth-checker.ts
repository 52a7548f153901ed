import type { AuthChecker } from 'type-graphql';
import {
  forbidden,
  isPermission,
  isPortalPermission,
  TWO_FACTOR_SETUP_REQUIRED,
  unauthenticated,
} from '@clientflow/domain';
import type { Context } from '../graphql/context';
import type { StaffViewer, Viewer } from './viewer';

/** Marks a resolver as reachable by portal sessions (and only by them). */
export const PORTAL = 'PORTAL';
/** Marks a staff resolver as reachable while the workspace still waits for the user to set up two-factor. */
export const TWO_FACTOR_SETUP = 'TWO_FACTOR_SETUP';

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
  assertTwoFactorSatisfied(viewer, required);
  for (const permission of required) {
    if (permission === TWO_FACTOR_SETUP) continue;
    if (!isPermission(permission)) throw new Error(`Unknown permission ${permission}`);
    if (!viewer.permissions.includes(permission)) throw forbidden(`Your role (${viewer.role}) cannot do this`);
  }
  return true;
}

/**
 * The workspace's two-factor rule, in one place (GraphQL through `assertAccess`, REST routes directly): a session of
 * a user the workspace requires two-factor from, who has none, reaches only `me`, sign-out and the setup itself.
 */
export function assertTwoFactorSatisfied(viewer: StaffViewer, required: readonly string[] = []): void {
  if (viewer.twoFactorSetupRequired && !required.includes(TWO_FACTOR_SETUP))
    throw forbidden(
      'Your workspace requires two-factor authentication. Set it up to continue.',
      TWO_FACTOR_SETUP_REQUIRED,
    );
}
