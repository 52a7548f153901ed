import type { ApolloCache } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import { useEffect, useEffectEvent } from 'react';
import {
  PortalTicketDocument,
  PortalTicketThreadDocument,
  type PortalTicketMessageFieldsFragment,
} from '@clientflow/graphql-types/portal';

/**
 * Adds a message to the cached thread, once: the contact's own reply arrives both as the mutation's answer and as a
 * live event, and a re-fetch may already have brought it. The thread stays oldest first.
 */
export function appendTicketMessage(
  cache: ApolloCache,
  ticketId: string,
  message: PortalTicketMessageFieldsFragment,
): boolean {
  let added = false;
  cache.updateQuery({ query: PortalTicketDocument, variables: { id: ticketId } }, (data) => {
    if (!data || data.portalTicket.messages.some((m) => m.id === message.id)) return undefined;
    added = true;
    const messages = [...data.portalTicket.messages, message].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    return { portalTicket: { ...data.portalTicket, messages } };
  });
  return added;
}

/**
 * Live thread: new replies are appended and status changes land in the cache (the event's ticket is normalised onto
 * the same `PortalTicket` entry). The server drops internal notes and other clients' events before they get here.
 */
export function useTicketThreadLive(
  ticketId: string,
  onIncoming: (message: PortalTicketMessageFieldsFragment) => void,
): void {
  const client = useApolloClient();
  const incoming = useEffectEvent(onIncoming);
  // client.subscribe rather than useSubscription: the hook would be one more chunk in the portal's initial JS.
  useEffect(() => {
    const subscription = client
      // A refused or lost socket shows in the header's live indicator; a reconnect re-fetches the page.
      .subscribe({ query: PortalTicketThreadDocument, variables: { ticketId }, context: { quietErrors: true } })
      .subscribe({
        next: ({ data }) => {
          const message = data?.portalTicketThread.message;
          if (message && appendTicketMessage(client.cache, ticketId, message) && !message.mine) incoming(message);
        },
        error: () => undefined,
      });
    return () => subscription.unsubscribe();
  }, [client, ticketId]);
}
