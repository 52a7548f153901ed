import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import type { ErrorLike } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { OperationTypeNode } from 'graphql';
import { LazyLiveLink } from '../features/live/lazy-live-link';
import { liveStatus } from '../features/live/live-status';
import { hasErrorCode, isUnauthenticated } from '../shared/errors/api-error';
import { createReconnectLink, SERVICE_UNAVAILABLE } from './reconnect-link';

/** The API picks the portal session (not the staff one) from this header. */
export const APP_HEADERS = { 'x-clientflow-app': 'portal' } as const;

declare module '@apollo/client' {
  interface DefaultContext {
    /** Set by screens that show their own error UI, so no toast duplicates it. */
    quietErrors?: boolean;
  }
}

export interface PortalApolloOptions {
  onUnauthenticated: () => void;
  onError: (error: ErrorLike) => void;
  /** The API is unavailable and queries are being retried (called on every retry: show one notice). */
  onReconnecting: () => void;
  /** A request succeeded again after `onReconnecting`. */
  onReconnected: () => void;
}

function websocketUrl(): string {
  const { protocol, host } = window.location;
  return `${protocol === 'https:' ? 'wss' : 'ws'}://${host}/graphql`;
}

export function createApolloClient({
  onUnauthenticated,
  onError,
  onReconnecting,
  onReconnected,
}: PortalApolloOptions): ApolloClient {
  const httpLink = new HttpLink({ uri: '/graphql', credentials: 'same-origin', headers: { ...APP_HEADERS } });

  // Lazy twice: graphql-ws is downloaded and its socket opened with the first subscription.
  const wsLink = new LazyLiveLink(() =>
    import('../features/live/live-socket').then((m) => m.createLiveLink(websocketUrl())),
  );

  const errorLink = new ErrorLink(({ error, operation }) => {
    if (isUnauthenticated(error)) {
      onUnauthenticated();
      return;
    }
    // A query that ran out of retries: the "reconnecting" notice is already on screen.
    if (hasErrorCode(error, SERVICE_UNAVAILABLE) && operation.operationType === OperationTypeNode.QUERY) return;
    if (!operation.getContext().quietErrors) onError(error);
  });

  const transport = ApolloLink.split(
    (operation) => operation.operationType === OperationTypeNode.SUBSCRIPTION,
    wsLink,
    httpLink,
  );

  const client = new ApolloClient({
    link: ApolloLink.from([errorLink, createReconnectLink({ onReconnecting, onReconnected }), transport]),
    cache: new InMemoryCache(),
  });
  // Events published while the socket was down are lost: re-fetch what is on screen once it is back.
  liveStatus.setRefetch(() => void client.refetchQueries({ include: 'active' }));
  return client;
}
