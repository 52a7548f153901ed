import { createContext, useContext } from 'react';
import type { PortalViewerFieldsFragment } from '@clientflow/graphql-types/portal';

export type PortalViewer = PortalViewerFieldsFragment;

export const PortalViewerContext = createContext<PortalViewer | null>(null);

/** The signed-in contact, client and branding; only inside the protected layout. */
export function usePortalViewer(): PortalViewer {
  const viewer = useContext(PortalViewerContext);
  if (!viewer) throw new Error('usePortalViewer must be used inside the signed-in portal layout');
  return viewer;
}
