import {
  IconBriefcase,
  IconChecklist,
  IconFileInvoice,
  IconFiles,
  IconHome,
  IconLifebuoy,
  IconMoodSmile,
  IconTimeline,
  type Icon,
} from '@tabler/icons-react';
import type { RouteObject } from 'react-router';
import type { PortalPermission } from '@clientflow/graphql-types/portal';
import type { MessageKey } from '../../shared/i18n/dictionary.types';

export interface PortalSection {
  path: string;
  labelKey: MessageKey;
  icon: Icon;
  /** null: every signed-in contact. */
  permission: PortalPermission | null;
}

/**
 * The portal's sections and the agreed paths. A section shows in the navigation only once a route with its path
 * exists (each feature adds its route, guarded by `<RequirePortalPermission>`) and the contact has its permission.
 */
export const PORTAL_SECTIONS: readonly PortalSection[] = [
  { path: '/', labelKey: 'nav.home', icon: IconHome, permission: null },
  { path: '/projects', labelKey: 'nav.projects', icon: IconBriefcase, permission: 'VIEW_PROJECTS' },
  { path: '/approvals', labelKey: 'nav.approvals', icon: IconChecklist, permission: 'APPROVE' },
  { path: '/documents', labelKey: 'nav.documents', icon: IconFiles, permission: 'VIEW_DOCUMENTS' },
  { path: '/invoices', labelKey: 'nav.invoices', icon: IconFileInvoice, permission: 'VIEW_INVOICES' },
  { path: '/timeline', labelKey: 'nav.timeline', icon: IconTimeline, permission: 'VIEW_TIMELINE' },
  { path: '/tickets', labelKey: 'nav.tickets', icon: IconLifebuoy, permission: 'OPEN_TICKETS' },
  { path: '/feedback', labelKey: 'nav.feedback', icon: IconMoodSmile, permission: null },
];

/** Every absolute path the route table declares (`index` routes count as their parent's path). */
export function routePaths(routes: readonly RouteObject[], parent = ''): Set<string> {
  const paths = new Set<string>();
  for (const route of routes) {
    const own = route.path
      ? route.path.startsWith('/')
        ? route.path
        : `${parent.replace(/\/$/, '')}/${route.path}`
      : parent;
    if (route.index || route.path) paths.add(own || '/');
    if (route.children) for (const p of routePaths(route.children, own)) paths.add(p);
  }
  return paths;
}

export function visibleSections(
  sections: readonly PortalSection[],
  existing: ReadonlySet<string>,
  permissions: readonly PortalPermission[],
): PortalSection[] {
  return sections.filter((s) => existing.has(s.path) && (!s.permission || permissions.includes(s.permission)));
}
