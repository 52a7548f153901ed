import {
  OpenPortalTicketDocument,
  PortalMeDocument,
  PortalTicketDocument,
  PortalTicketReferenceInvoicesDocument,
  PortalTicketReferenceProjectsDocument,
  PortalTicketsDocument,
  PortalTicketThreadDocument,
  ReplyToPortalTicketDocument,
  type PortalPermission,
} from '@clientflow/graphql-types/portal';
import { portalViewer } from '../../test/portal-session.test-kit';

/** Portal tickets and messages as the API returns them (with __typename, as Apollo's cache expects). */
export function ticket(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'PortalTicket' as const,
    id: 't1',
    subject: 'Checkout page shows an error',
    status: 'OPEN',
    createdAt: '2026-03-02T09:00:00Z',
    lastPublicMessageAt: '2026-03-03T15:30:00Z',
    reference: null,
    ...overrides,
  };
}

export const invoiceReference = {
  __typename: 'PortalTicketReference' as const,
  kind: 'INVOICE',
  id: 'inv-1',
  name: 'INV-0004',
};

export function message(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'PortalTicketMessage' as const,
    id: 'm1',
    body: 'The pay button does nothing.',
    createdAt: '2026-03-02T09:00:00Z',
    mine: true,
    author: { __typename: 'PortalPerson' as const, kind: 'CONTACT', name: 'Ana Souza' },
    attachments: [],
    ...overrides,
  };
}

export const attachment = (id: string, fileName: string) => ({
  __typename: 'PortalTicketAttachment' as const,
  id,
  fileName,
  size: 2048,
  contentType: 'application/pdf',
  downloadUrl: `/files/documents/${id}`,
});

export const me = (permissions?: PortalPermission[]) => ({
  request: { query: PortalMeDocument },
  result: { data: { portalMe: portalViewer({ permissions }) } },
});
export const ticketsList = (items: object[]) => ({
  request: { query: PortalTicketsDocument },
  result: { data: { portalTickets: items } },
});
export const thread = (t: object, delay?: number) => ({
  request: { query: PortalTicketDocument, variables: { id: (t as { id: string }).id } },
  result: { data: { portalTicket: t } },
  delay,
});
export const referenceInvoices = (nodes: object[]) => ({
  request: { query: PortalTicketReferenceInvoicesDocument },
  result: { data: { portalInvoices: { __typename: 'PortalInvoicePage', totalCount: nodes.length, nodes } } },
});
export const referenceProjects = (items: object[]) => ({
  request: { query: PortalTicketReferenceProjectsDocument },
  result: { data: { portalProjects: items } },
});
export const invoiceOption = (id: string, number: string) => ({
  __typename: 'PortalInvoice' as const,
  id,
  number,
  issueDate: '2026-02-01',
});
export const projectOption = (id: string, name: string) => ({ __typename: 'PortalProject' as const, id, name });

export const openTicket = (input: Record<string, unknown>, result: object) => ({
  request: { query: OpenPortalTicketDocument, variables: { input } },
  result,
});
export const reply = (variables: Record<string, unknown>, result: object) => ({
  request: { query: ReplyToPortalTicketDocument, variables },
  result,
});
export const threadEvent = (ticketId: string, event: { message?: object; ticket?: object }, delay = 50) => ({
  request: { query: PortalTicketThreadDocument, variables: { ticketId } },
  delay,
  result: {
    data: {
      portalTicketThread: {
        __typename: 'PortalTicketThreadEvent',
        ticketId,
        message: event.message ?? null,
        ticket: event.ticket ?? null,
      },
    },
  },
});
