import { useLayoutEffect, useRef } from 'react';
import { useSubscription } from '@apollo/client/react';
import { TicketThreadDocument } from '@clientflow/graphql-types/admin';
import { appendTicketMessage } from '../lib/ticket-cache';

/**
 * New messages (internal notes included) and changes of one ticket as they are committed. A change patches the
 * cached ticket by id; a message is appended to the thread, and one written by someone else marks it unread (the
 * open thread then marks it read again). A message that arrives before the thread has loaded calls `onMissed`.
 */
export function useLiveTicketThread(ticketId: string, viewerId: string, onMissed: () => void) {
  const missed = useRef(onMissed);
  useLayoutEffect(() => {
    missed.current = onMissed;
  });
  useSubscription(TicketThreadDocument, {
    variables: { ticketId },
    ignoreResults: true,
    // UNAUTHENTICATED still signs out; a lost socket is shown by the live indicator, not as an error toast.
    context: { handledErrorCodes: ['*'] },
    onData: ({ client, data }) => {
      const message = data.data?.ticketThread.message;
      if (!message) return;
      const mine = message.author?.kind === 'USER' && message.author.id === viewerId;
      if (!appendTicketMessage(client.cache, message, { unread: !mine })) missed.current();
    },
  });
}
