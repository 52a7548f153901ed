import { permissionsFor, type Role } from '@clientflow/domain';
import type { Viewer } from '../features/session/hooks/use-viewer';

/** Viewer objects carry __typename like real responses so the mocked cache stores them faithfully. */
export function viewerFixture(role: Role = 'OWNER'): Viewer {
  const workspace = { __typename: 'Workspace', id: 'ws-1', name: 'Demo Agency', slug: 'demo' } as const;
  const viewer = {
    __typename: 'Viewer',
    role,
    permissions: permissionsFor(role),
    twoFactorSetupRequired: false,
    user: {
      __typename: 'User',
      id: 'user-1',
      name: 'Olivia Owner',
      email: `${role.toLowerCase()}@demo.clientflow.test`,
    },
    workspace: {
      ...workspace,
      currency: 'USD',
      locale: 'en-US',
      timezone: 'UTC',
      primaryColor: '#4263eb',
      requireTwoFactor: false,
    },
    memberships: [{ __typename: 'Membership', role, workspace }],
  };
  return viewer as Viewer;
}
