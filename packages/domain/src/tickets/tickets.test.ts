import {
  assertTicketMessage,
  assertTicketStatusChange,
  assertTicketSubject,
  canChangeTicketStatus,
  assertTicketAttachmentIds,
  isTicketUnread,
  MAX_TICKET_ATTACHMENTS,
  MAX_TICKET_MESSAGE,
  ticketNotificationRecipient,
  statusAfterMessage,
  TICKET_STATUSES,
} from './tickets';

describe('ticket status changes', () => {
  it('lets staff move between the open states and close, but a closed ticket only reopens', () => {
    expect(canChangeTicketStatus('OPEN', 'RESOLVED')).toBe(true);
    expect(canChangeTicketStatus('RESOLVED', 'OPEN')).toBe(true);
    expect(canChangeTicketStatus('PENDING', 'CLOSED')).toBe(true);
    expect(canChangeTicketStatus('CLOSED', 'OPEN')).toBe(true);
    expect(canChangeTicketStatus('CLOSED', 'RESOLVED')).toBe(false);
    expect(canChangeTicketStatus('CLOSED', 'PENDING')).toBe(false);
  });

  it('refuses a no-op and a forbidden change on the status field', () => {
    expect(() => assertTicketStatusChange('OPEN', 'OPEN')).toThrow(
      expect.objectContaining({ field: 'status', message: 'The ticket is already open' }),
    );
    expect(() => assertTicketStatusChange('CLOSED', 'PENDING')).toThrow(
      expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'status' }),
    );
    for (const to of TICKET_STATUSES)
      if (to !== 'CLOSED' && to !== 'OPEN') expect(() => assertTicketStatusChange('CLOSED', to)).toThrow(/cannot/);
  });
});

describe('status after a message', () => {
  it('a public staff reply waits for the client; a note changes nothing', () => {
    expect(statusAfterMessage('OPEN', 'STAFF', false)).toBe('PENDING');
    expect(statusAfterMessage('RESOLVED', 'STAFF', false)).toBe('PENDING');
    expect(statusAfterMessage('OPEN', 'STAFF', true)).toBe('OPEN');
    expect(statusAfterMessage('CLOSED', 'STAFF', false)).toBe('CLOSED');
  });

  it('a client reply hands the ticket back to the agency, but not a closed one', () => {
    expect(statusAfterMessage('PENDING', 'CONTACT', false)).toBe('OPEN');
    expect(statusAfterMessage('RESOLVED', 'CONTACT', false)).toBe('OPEN');
    expect(() => statusAfterMessage('CLOSED', 'CONTACT', false)).toThrow(expect.objectContaining({ code: 'CONFLICT' }));
    expect(() => statusAfterMessage('OPEN', 'CONTACT', true)).toThrow(expect.objectContaining({ field: 'internal' }));
  });
});

describe('ticket text', () => {
  it('trims and requires a subject and a message', () => {
    expect(assertTicketSubject('  Login broken ')).toBe('Login broken');
    expect(() => assertTicketSubject('   ')).toThrow(expect.objectContaining({ field: 'subject' }));
    expect(() => assertTicketSubject('x'.repeat(201))).toThrow(/200/);
    expect(assertTicketMessage(' hi ')).toBe('hi');
    expect(() => assertTicketMessage('', 'message')).toThrow(expect.objectContaining({ field: 'message' }));
    expect(() => assertTicketMessage('x'.repeat(MAX_TICKET_MESSAGE + 1))).toThrow(
      expect.objectContaining({ field: 'body' }),
    );
  });
});

describe('unread marker', () => {
  it('is unread when a message came after the last read, or it was never read', () => {
    const t = new Date('2026-01-01T10:00:00Z');
    expect(isTicketUnread(t, null)).toBe(true);
    expect(isTicketUnread(t, new Date('2026-01-01T09:00:00Z'))).toBe(true);
    expect(isTicketUnread(t, t)).toBe(false);
    expect(isTicketUnread(null, null)).toBe(false);
  });
});

describe('attachments and notifications', () => {
  it('keeps distinct attachment ids and refuses too many on the attachmentIds field', () => {
    expect(assertTicketAttachmentIds(['a', 'b', 'a'])).toEqual(['a', 'b']);
    expect(assertTicketAttachmentIds(null)).toEqual([]);
    const many = Array.from({ length: MAX_TICKET_ATTACHMENTS + 1 }, (_, i) => `id-${i}`);
    expect(() => assertTicketAttachmentIds(many)).toThrow(expect.objectContaining({ field: 'attachmentIds' }));
  });

  it('notifies the assignee about what others did, never about their own actions', () => {
    expect(ticketNotificationRecipient('u1', 'u2')).toBe('u1');
    expect(ticketNotificationRecipient('u1', null)).toBe('u1');
    expect(ticketNotificationRecipient('u1', 'u1')).toBeNull();
    expect(ticketNotificationRecipient(null, 'u2')).toBeNull();
  });
});
