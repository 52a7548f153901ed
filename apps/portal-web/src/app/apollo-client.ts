import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import type { ErrorLike } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { OperationTypeNode } from 'graphql';
import { createClient } from 'graphql-ws';
import { isUnauthenticated } from '../shared/errors/api-error';

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
}

function websocketUrl(): string {
  const { protocol, host } = window.location;
  return `${protocol === 'https:' ? 'wss' : 'ws'}://${host}/graphql`;
}

export function createApolloClient({ onUnauthenticated, onError }: PortalApolloOptions): ApolloClient {
  const httpLink = new HttpLink({ uri: '/graphql', credentials: 'same-origin', headers: { ...APP_HEADERS } });

  // Lazy: no socket is opened until the first subscription.
  const wsLink = new GraphQLWsLink(
    createClient({ url: websocketUrl(), lazy: true, connectionParams: { app: 'portal' } }),
  );

  const errorLink = new ErrorLink(({ error, operation }) => {
    if (isUnauthenticated(error)) {
      onUnauthenticated();
      return;
    }
    if (!operation.getContext().quietErrors) onError(error);
  });

  const transport = ApolloLink.split(
    (operation) => operation.operationType === OperationTypeNode.SUBSCRIPTION,
    wsLink,
    httpLink,
  );

  return new ApolloClient({
    link: ApolloLink.from([errorLink, transport]),
    cache: new InMemoryCache(),
  });
}
