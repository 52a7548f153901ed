import { createContext, useContext, useMemo } from 'react';
import type { Permission } from '@clientflow/domain';
import type { ViewerFieldsFragment } from '@clientflow/graphql-types/admin';
import type { WorkspaceFormat } from '../../../shared/lib/format';

export type Viewer = ViewerFieldsFragment;

export const ViewerContext = createContext<Viewer | null>(null);

export function useViewer(): Viewer {
  const viewer = useContext(ViewerContext);
  if (!viewer) throw new Error('useViewer must be used inside a signed-in route');
  return viewer;
}

/** The server's permission list is authoritative: it already folds in per-membership grants. */
export function useCan(permission: Permission): boolean {
  return useViewer().permissions.includes(permission);
}

export function useWorkspaceFormat(): WorkspaceFormat {
  const { workspace } = useViewer();
  return useMemo(
    () => ({ locale: workspace.locale, currency: workspace.currency, timeZone: workspace.timezone }),
    [workspace.locale, workspace.currency, workspace.timezone],
  );
}
