import {
  TicketAssigneesDocument,
  TicketsDocument,
  TicketsInboxDocument,
  TicketThreadDocument,
} from '@clientflow/graphql-types/admin';

/** Test rows shaped like the API's answers (with __typename, so the mocked cache stores them faithfully). */
export const acme = { __typename: 'Client', id: 'client-1', name: 'Acme Corp' } as const;
export const globex = { __typename: 'Client', id: 'client-2', name: 'Globex' } as const;
export const maya = { __typename: 'User', id: 'user-2', name: 'Maya Manager' } as const;

export function ticketRow(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Ticket',
    id: 'ticket-1',
    subject: 'Invoice INV-0004 looks wrong',
    status: 'OPEN',
    priority: 'NORMAL',
    unread: false,
    lastMessageAt: '2026-03-10T10:00:00.000Z',
    createdAt: '2026-03-09T10:00:00.000Z',
    clientId: acme.id,
    client: acme,
    assigneeUserId: null,
    assignee: null,
    ...overrides,
  };
}

export function ticketMessage(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'TicketMessage',
    id: 'msg-1',
    ticketId: 'ticket-1',
    body: 'Hello, the total on INV-0004 is off by 10%.',
    internal: false,
    createdAt: '2026-03-09T10:00:00.000Z',
    author: { __typename: 'TimelineAuthor', kind: 'CONTACT', id: 'contact-1', name: 'Ada Lovelace' },
    attachments: [],
    ...overrides,
  };
}

export function ticketDetail(overrides: Record<string, unknown> = {}) {
  return {
    ...ticketRow(),
    updatedAt: '2026-03-10T10:00:00.000Z',
    invoiceId: 'inv-4',
    projectId: null,
    contactId: 'contact-1',
    contact: { __typename: 'Contact', id: 'contact-1', name: 'Ada Lovelace', email: 'ada@acme.test' },
    reference: { __typename: 'TicketReference', kind: 'INVOICE', id: 'inv-4', label: 'Invoice INV-0004' },
    openedBy: { __typename: 'TimelineAuthor', kind: 'CONTACT', id: 'contact-1', name: 'Ada Lovelace' },
    messages: [
      ticketMessage(),
      ticketMessage({
        id: 'msg-2',
        body: 'They were billed the old rate; checking with finance.',
        internal: true,
        createdAt: '2026-03-10T10:00:00.000Z',
        author: { __typename: 'TimelineAuthor', kind: 'USER', id: 'user-2', name: 'Maya Manager' },
      }),
    ],
    ...overrides,
  };
}

export const ticketsVariables = (filter: Record<string, unknown> = { status: ['OPEN', 'PENDING'] }, page = 1) => ({
  filter,
  page: { offset: (page - 1) * 25, limit: 25 },
});

export const ticketsMock = (
  filter: Record<string, unknown> | undefined,
  nodes: unknown[],
  totalCount = nodes.length,
  page = 1,
) => ({
  request: { query: TicketsDocument, variables: ticketsVariables(filter, page) },
  result: { data: { tickets: { __typename: 'TicketPage', totalCount, hasMore: totalCount > page * 25, nodes } } },
});

export const assigneesMock = {
  request: { query: TicketAssigneesDocument },
  result: {
    data: {
      workspaceMembers: [
        { __typename: 'WorkspaceMember', id: 'user-1', name: 'Olivia Owner' },
        { __typename: 'WorkspaceMember', id: 'user-2', name: 'Maya Manager' },
      ],
    },
  },
  maxUsageCount: 10,
};

/** A live subscription that stays open and quiet. */
export const quietInbox = { request: { query: TicketsInboxDocument }, delay: Infinity, maxUsageCount: 10 };
export const quietThread = (ticketId = 'ticket-1') => ({
  request: { query: TicketThreadDocument, variables: { ticketId } },
  delay: Infinity,
  maxUsageCount: 10,
});
