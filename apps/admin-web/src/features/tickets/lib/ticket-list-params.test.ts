import {
  INBOX_DEFAULT_STATUSES,
  hasTicketFilters,
  parseTicketListParams,
  serializeTicketListParams,
  toTicketsVariables,
} from './ticket-list-params';

const parse = (qs: string) => parseTicketListParams(new URLSearchParams(qs), INBOX_DEFAULT_STATUSES);

describe('ticket list params', () => {
  it('opens on open and pending tickets with a clean URL', () => {
    const params = parse('');
    expect(params.statuses).toEqual(['OPEN', 'PENDING']);
    expect(hasTicketFilters(params, INBOX_DEFAULT_STATUSES)).toBe(false);
    expect(serializeTicketListParams(params, INBOX_DEFAULT_STATUSES).toString()).toBe('');
    expect(toTicketsVariables(params, 'me-id')).toEqual({
      filter: { status: ['OPEN', 'PENDING'] },
      page: { offset: 0, limit: 25 },
    });
  });

  it('round-trips every filter and maps "me" to the viewer and "unassigned" to its flag', () => {
    const params = parse('status=OPEN&priority=HIGH,URGENT&assignee=me&client=c-1&q=refund&unread=1&page=3');
    expect(serializeTicketListParams(params, INBOX_DEFAULT_STATUSES).toString()).toBe(
      'q=refund&status=OPEN&priority=HIGH%2CURGENT&assignee=me&client=c-1&unread=1&page=3',
    );
    expect(toTicketsVariables(params, 'me-id')).toEqual({
      filter: {
        status: ['OPEN'],
        priority: ['HIGH', 'URGENT'],
        assigneeId: 'me-id',
        clientId: 'c-1',
        search: 'refund',
        unreadOnly: true,
      },
      page: { offset: 50, limit: 25 },
    });
    expect(toTicketsVariables({ ...params, assignee: 'unassigned' }, 'me-id').filter).toMatchObject({
      unassigned: true,
    });
    expect(toTicketsVariables({ ...params, assignee: 'unassigned' }, 'me-id').filter).not.toHaveProperty('assigneeId');
  });

  it('keeps "every status" distinct from the default and drops malformed values', () => {
    const all = parse('status=all');
    expect(all.statuses).toEqual([]);
    expect(serializeTicketListParams(all, INBOX_DEFAULT_STATUSES).get('status')).toBe('all');
    expect(toTicketsVariables(all, 'u').filter).not.toHaveProperty('status');
    expect(parse('status=OPEN,BOGUS&priority=MEH&page=-2')).toMatchObject({
      statuses: ['OPEN'],
      priorities: [],
      page: 1,
    });
  });

  it('pins the client on a client page whatever the client filter says', () => {
    expect(toTicketsVariables(parse('client=other'), 'u', 'c-9').filter).toEqual({
      status: ['OPEN', 'PENDING'],
      clientId: 'c-9',
    });
  });
});
