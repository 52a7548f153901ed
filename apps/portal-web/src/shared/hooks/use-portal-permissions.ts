import { useMemo } from 'react';
import type { PortalPermission } from '@clientflow/graphql-types/portal';
import { usePortalViewer } from '../session/portal-viewer-context';

export interface PortalPermissions {
  /** The client's portal permissions narrowed by the contact's role, exactly as the API enforces them. */
  permissions: readonly PortalPermission[];
  can: (permission: PortalPermission) => boolean;
}

/** What the signed-in contact may see and do; only inside the signed-in layout. */
export function usePortalPermissions(): PortalPermissions {
  const { permissions } = usePortalViewer();
  return useMemo(() => ({ permissions, can: (p: PortalPermission) => permissions.includes(p) }), [permissions]);
}
