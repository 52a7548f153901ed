import { InMemoryCache } from '@apollo/client';
import { PortalTicketDocument, type PortalTicketMessageFieldsFragment } from '@clientflow/graphql-types/portal';
import { message as messageRow, ticket } from '../tickets.test-kit';
import { appendTicketMessage } from './use-ticket-thread-live';

const message = (overrides: Record<string, unknown> = {}) => messageRow(overrides) as PortalTicketMessageFieldsFragment;

function cacheWith(messages: object[]) {
  const cache = new InMemoryCache();
  cache.writeQuery({
    query: PortalTicketDocument,
    variables: { id: 't1' },
    data: { portalTicket: { ...ticket(), messages } } as never,
  });
  return cache;
}
const ids = (cache: InMemoryCache) =>
  cache.readQuery({ query: PortalTicketDocument, variables: { id: 't1' } })?.portalTicket.messages.map((m) => m.id);

describe('appendTicketMessage', () => {
  it('adds a message once, whichever of the send answer and the live event comes first', () => {
    const cache = cacheWith([message({ id: 'm1' })]);
    const reply = message({ id: 'm2', createdAt: '2026-03-02T10:00:00Z' });
    expect(appendTicketMessage(cache, 't1', reply)).toBe(true);
    expect(appendTicketMessage(cache, 't1', reply)).toBe(false);
    expect(ids(cache)).toEqual(['m1', 'm2']);
  });

  it('keeps the thread oldest first when events arrive out of order', () => {
    const cache = cacheWith([
      message({ id: 'm1', createdAt: '2026-03-02T09:00:00Z' }),
      message({ id: 'm3', createdAt: '2026-03-02T11:00:00Z' }),
    ]);
    appendTicketMessage(cache, 't1', message({ id: 'm2', createdAt: '2026-03-02T10:00:00Z' }));
    expect(ids(cache)).toEqual(['m1', 'm2', 'm3']);
  });

  it('leaves a thread that is not on screen alone', () => {
    const cache = new InMemoryCache();
    expect(appendTicketMessage(cache, 't1', message())).toBe(false);
    expect(cache.readQuery({ query: PortalTicketDocument, variables: { id: 't1' } })).toBeNull();
  });
});
