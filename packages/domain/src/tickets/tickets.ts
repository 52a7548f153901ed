import { badInput, DomainError } from '../errors/domain-error';
import { cleanText } from '../validation/text';

/** OPEN = waiting for the agency, PENDING = waiting for the client, RESOLVED = answered (reopens on a reply), CLOSED = done. */
export const TICKET_STATUSES = ['OPEN', 'PENDING', 'RESOLVED', 'CLOSED'] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];

export const TICKET_PRIORITIES = ['LOW', 'NORMAL', 'HIGH', 'URGENT'] as const;
export type TicketPriority = (typeof TICKET_PRIORITIES)[number];

export const MAX_TICKET_SUBJECT = 200;
export const MAX_TICKET_MESSAGE = 10_000;
export const MAX_TICKET_ATTACHMENTS = 10;

/** Who may move a ticket where: staff set any status but CLOSED stays closed except by reopening it to OPEN. */
const TRANSITIONS: Record<TicketStatus, readonly TicketStatus[]> = {
  OPEN: ['PENDING', 'RESOLVED', 'CLOSED'],
  PENDING: ['OPEN', 'RESOLVED', 'CLOSED'],
  RESOLVED: ['OPEN', 'PENDING', 'CLOSED'],
  CLOSED: ['OPEN'],
};

export function canChangeTicketStatus(from: TicketStatus, to: TicketStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

export function assertTicketStatusChange(from: TicketStatus, to: TicketStatus): void {
  if (from === to) throw badInput('status', `The ticket is already ${to.toLowerCase()}`);
  if (!canChangeTicketStatus(from, to))
    throw badInput('status', `A ${from.toLowerCase()} ticket cannot become ${to.toLowerCase()}`);
}

/**
 * The status after a message: a public staff reply hands the ticket to the client (PENDING), a client reply hands
 * it back to the agency (OPEN, reopening a resolved ticket); internal notes change nothing. A client cannot reply
 * to a CLOSED ticket (they open a new one).
 */
export function statusAfterMessage(current: TicketStatus, by: 'STAFF' | 'CONTACT', internal: boolean): TicketStatus {
  if (by === 'CONTACT') {
    if (internal) throw badInput('internal', 'Clients cannot write internal notes');
    if (current === 'CLOSED')
      throw new DomainError('CONFLICT', 'This ticket is closed; open a new ticket instead', 'id');
    return 'OPEN';
  }
  if (internal || current === 'CLOSED') return current;
  return 'PENDING';
}

export function assertTicketSubject(subject: string | null | undefined): string {
  const text = cleanText(subject);
  if (!text) throw badInput('subject', 'Enter a subject');
  if (text.length > MAX_TICKET_SUBJECT)
    throw badInput('subject', `subject must be at most ${MAX_TICKET_SUBJECT} characters`);
  return text;
}

export function assertTicketMessage(body: string | null | undefined, field = 'body'): string {
  const text = cleanText(body);
  if (!text) throw badInput(field, 'Write a message');
  if (text.length > MAX_TICKET_MESSAGE)
    throw badInput(field, `the message must be at most ${MAX_TICKET_MESSAGE} characters`);
  return text;
}

/** Unread for a staff user: a message arrived after they last read the thread (or they never did). */
export function isTicketUnread(lastMessageAt: Date | null, readAt: Date | null): boolean {
  if (!lastMessageAt) return false;
  return !readAt || lastMessageAt.getTime() > readAt.getTime();
}

/** The files to attach to a message: distinct ids, at most MAX_TICKET_ATTACHMENTS. */
export function assertTicketAttachmentIds(ids: readonly string[] | null | undefined): string[] {
  const distinct = [...new Set(ids ?? [])];
  if (distinct.length > MAX_TICKET_ATTACHMENTS)
    throw badInput('attachmentIds', `Attach at most ${MAX_TICKET_ATTACHMENTS} files to one message`);
  return distinct;
}

/**
 * Which staff user to notify in the app about a ticket event: the assignee, unless they caused it themselves
 * (assigning a ticket to yourself, replying on your own ticket) or there is none.
 */
export function ticketNotificationRecipient(assigneeUserId: string | null, actorUserId: string | null): string | null {
  if (!assigneeUserId || assigneeUserId === actorUserId) return null;
  return assigneeUserId;
}
