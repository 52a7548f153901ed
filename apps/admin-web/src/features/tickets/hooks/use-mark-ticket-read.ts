import { useEffect } from 'react';
import { useMutation } from '@apollo/client/react';
import { MarkTicketReadDocument } from '@clientflow/graphql-types/admin';

/** While a thread is on screen it is read: clears the viewer's unread marker whenever the ticket turns unread. */
export function useMarkTicketRead(ticketId: string | undefined, unread: boolean | undefined) {
  const [markRead] = useMutation(MarkTicketReadDocument, { context: { handledErrorCodes: ['*'] } });
  useEffect(() => {
    if (ticketId && unread) void markRead({ variables: { id: ticketId } }).catch(() => undefined);
  }, [ticketId, unread, markRead]);
}
