import type { ApolloCache, Reference } from '@apollo/client';
import { statusAfterMessage, type TicketStatus } from '@clientflow/domain';
import {
  TicketMessageFieldsFragmentDoc,
  TicketMessageIdsFragmentDoc,
  type TicketMessageFieldsFragment,
} from '@clientflow/graphql-types/admin';

interface AppendOptions {
  /** A message the viewer wrote: apply the status rule of the domain (a public reply hands the ticket to the client). */
  ownReply?: boolean;
  /** Someone else wrote it while the thread is open: the thread is unread until marked read again. */
  unread?: boolean;
}

/**
 * Adds a message to its ticket's thread in the cache (once, in order) and moves the ticket's last activity, so the
 * thread and the inbox rows agree without re-reading the whole ticket.
 */
export function appendTicketMessage(
  cache: ApolloCache,
  message: TicketMessageFieldsFragment,
  options: AppendOptions = {},
): boolean {
  const ticketId = cache.identify({ __typename: 'Ticket', id: message.ticketId });
  // The thread is not loaded yet: nothing to add it to (the caller re-reads the thread instead).
  if (!ticketId || !cache.readFragment({ id: ticketId, fragment: TicketMessageIdsFragmentDoc })) return false;
  const ref = cache.writeFragment({
    fragment: TicketMessageFieldsFragmentDoc,
    fragmentName: 'TicketMessageFields',
    data: message,
  });
  cache.modify({
    id: ticketId,
    fields: {
      messages(existing: readonly Reference[] = [], { readField }) {
        if (!ref || existing.some((r) => readField('id', r) === message.id)) return existing;
        return [...existing, ref].sort((a, b) => {
          const [ca, cb] = [readField<string>('createdAt', a) ?? '', readField<string>('createdAt', b) ?? ''];
          return ca === cb ? 0 : ca < cb ? -1 : 1;
        });
      },
      lastMessageAt(existing: string) {
        return existing && existing > message.createdAt ? existing : message.createdAt;
      },
      status(existing: TicketStatus) {
        return options.ownReply ? statusAfterMessage(existing, 'STAFF', message.internal) : existing;
      },
      unread(existing: boolean) {
        if (options.ownReply) return false;
        return options.unread ? true : existing;
      },
    },
  });
  return true;
}
