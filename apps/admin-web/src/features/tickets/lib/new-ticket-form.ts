import { MAX_TICKET_MESSAGE, MAX_TICKET_SUBJECT, type TicketPriority } from '@clientflow/domain';
import type { OpenTicketInput } from '@clientflow/graphql-types/admin';

export interface NewTicketValues {
  clientId: string | null;
  contactId: string | null;
  subject: string;
  message: string;
  priority: TicketPriority;
  assigneeId: string | null;
}

export const emptyNewTicket = (clientId: string | null): NewTicketValues => ({
  clientId,
  contactId: null,
  subject: '',
  message: '',
  priority: 'NORMAL',
  assigneeId: null,
});

/** The same limits the API applies, checked before asking it. */
export function validateNewTicket(v: NewTicketValues): Partial<Record<keyof NewTicketValues, string>> {
  const errors: Partial<Record<keyof NewTicketValues, string>> = {};
  if (!v.clientId) errors.clientId = 'Choose a client';
  const subject = v.subject.trim();
  if (!subject) errors.subject = 'Enter a subject';
  else if (subject.length > MAX_TICKET_SUBJECT) errors.subject = `At most ${MAX_TICKET_SUBJECT} characters`;
  const message = v.message.trim();
  if (!message) errors.message = 'Write a message';
  else if (message.length > MAX_TICKET_MESSAGE)
    errors.message = `At most ${MAX_TICKET_MESSAGE.toLocaleString()} characters`;
  return errors;
}

export function toOpenTicketInput(v: NewTicketValues, attachmentIds: readonly string[]): OpenTicketInput {
  return {
    clientId: v.clientId!,
    contactId: v.contactId,
    subject: v.subject.trim(),
    message: v.message.trim(),
    priority: v.priority,
    assigneeId: v.assigneeId,
    attachmentIds: attachmentIds.length ? [...attachmentIds] : null,
  };
}
