import { useLayoutEffect, useRef } from 'react';
import { useSubscription } from '@apollo/client/react';
import { TicketsInboxDocument, type TicketRowFragment } from '@clientflow/graphql-types/admin';

/**
 * Tickets of the visible clients as they are opened or change. The event's row patches the cache (same Ticket id);
 * `onChange` re-reads the page, since a change can move a ticket in or out of the filters and to the top.
 */
export function useLiveTicketsInbox(onChange: (ticket: TicketRowFragment) => void) {
  const latest = useRef(onChange);
  useLayoutEffect(() => {
    latest.current = onChange;
  });
  useSubscription(TicketsInboxDocument, {
    ignoreResults: true,
    // UNAUTHENTICATED still signs out; a lost socket is shown by the live indicator, not as an error toast.
    context: { handledErrorCodes: ['*'] },
    onData: ({ data }) => {
      const ticket = data.data?.ticketsInbox;
      if (ticket) latest.current(ticket);
    },
  });
}
