import { TICKET_PRIORITIES, TICKET_STATUSES, type TicketPriority, type TicketStatus } from '@clientflow/domain';

export const TICKET_STATUS_LABELS: Record<TicketStatus, string> = {
  OPEN: 'Open',
  PENDING: 'Pending',
  RESOLVED: 'Resolved',
  CLOSED: 'Closed',
};

/** What each status means for whoever reads the badge. */
export const TICKET_STATUS_HINTS: Record<TicketStatus, string> = {
  OPEN: 'Waiting for your team',
  PENDING: 'Waiting for the client',
  RESOLVED: 'Answered; reopens when the client replies',
  CLOSED: 'Done; the client opens a new ticket to continue',
};

export const TICKET_STATUS_COLORS: Record<TicketStatus, string> = {
  OPEN: 'blue',
  PENDING: 'yellow',
  RESOLVED: 'teal',
  CLOSED: 'gray',
};

export const TICKET_PRIORITY_LABELS: Record<TicketPriority, string> = {
  LOW: 'Low',
  NORMAL: 'Normal',
  HIGH: 'High',
  URGENT: 'Urgent',
};

export const TICKET_PRIORITY_COLORS: Record<TicketPriority, string> = {
  LOW: 'gray',
  NORMAL: 'blue',
  HIGH: 'orange',
  URGENT: 'red',
};

export const STATUS_OPTIONS = TICKET_STATUSES.map((s) => ({ value: s, label: TICKET_STATUS_LABELS[s] }));
export const PRIORITY_OPTIONS = TICKET_PRIORITIES.map((p) => ({ value: p, label: TICKET_PRIORITY_LABELS[p] }));

export const ticketHref = (id: string) => `/tickets/${id}`;

/** Where a ticket's reference (the invoice or project it is about) lives in the admin. */
export const referenceHref = (ref: { kind: 'INVOICE' | 'PROJECT'; id: string }) =>
  ref.kind === 'INVOICE' ? `/invoices/${ref.id}` : `/projects/${ref.id}`;
