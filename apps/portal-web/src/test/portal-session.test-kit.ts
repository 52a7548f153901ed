import type { PortalPermission, PortalViewerFieldsFragment } from '@clientflow/graphql-types/portal';

/** A portal viewer as the API returns it (with __typename, as Apollo's cache expects). */
export function portalViewer(
  overrides: {
    contactName?: string;
    clientName?: string;
    status?: PortalViewerFieldsFragment['client']['status'];
    agencyName?: string;
    logoUrl?: string | null;
    primaryColor?: string;
    locale?: string;
    permissions?: PortalPermission[];
  } = {},
) {
  return {
    __typename: 'PortalViewer' as const,
    contact: {
      __typename: 'PortalContact' as const,
      id: 'contact-1',
      name: overrides.contactName ?? 'Ana Souza',
      email: 'ana@acme.test',
      role: 'DECISION_MAKER' as const,
    },
    permissions:
      overrides.permissions ??
      ([
        'VIEW_PROJECTS',
        'VIEW_TASKS',
        'COMMENT',
        'APPROVE',
        'VIEW_DOCUMENTS',
        'VIEW_INVOICES',
        'VIEW_TIMELINE',
        'OPEN_TICKETS',
      ] as PortalPermission[]),
    locale: overrides.locale ?? 'en',
    client: {
      __typename: 'PortalClient' as const,
      id: 'client-1',
      name: overrides.clientName ?? 'Acme Retail',
      status: overrides.status ?? 'ACTIVE',
    },
    branding: {
      __typename: 'PortalBranding' as const,
      agencyName: overrides.agencyName ?? 'Northwind Studio',
      logoUrl: overrides.logoUrl ?? null,
      primaryColor: overrides.primaryColor ?? '#d6336c',
      accentColor: null,
      locale: overrides.locale ?? 'en',
    },
  };
}
