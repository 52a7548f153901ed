import type { AuthChecker } from 'type-graphql';
import { forbidden, isPermission, unauthenticated } from '@clientflow/domain';
import type { Context } from '../context';

/** Marks a resolver as reachable by portal sessions (and only by them). */
export const PORTAL = 'PORTAL';

/**
 * The one auth checker. `@Authorized()` = any signed-in staff member; `@Authorized('client.create')` = staff
 * whose role has that permission in the domain matrix; `@Authorized(PORTAL)` = a portal contact session.
 */
export const authChecker: AuthChecker<Context> = ({ context }, required) => {
  const { viewer } = context;
  if (viewer.kind === 'anonymous') throw unauthenticated();
  if (required.includes(PORTAL)) {
    if (viewer.kind !== 'portal') throw forbidden('This is only available in the client portal');
    return true;
  }
  if (viewer.kind !== 'staff') throw forbidden('Client portal sessions cannot use the agency API');
  for (const permission of required) {
    if (!isPermission(permission)) throw new Error(`Unknown permission ${permission}`);
    if (!viewer.permissions.includes(permission)) throw forbidden(`Your role (${viewer.role}) cannot do this`);
  }
  return true;
};
