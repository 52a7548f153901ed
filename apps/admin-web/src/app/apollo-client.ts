import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ErrorLink } from '@apollo/client/link/error';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { isSubscriptionOperation } from '@apollo/client/utilities';
import { OperationTypeNode } from 'graphql';
import { notifications } from '@mantine/notifications';
import { createClient } from 'graphql-ws';
import { liveSocketListeners } from '@clientflow/domain';
import { apiErrorInfo, type HandledErrorsContext } from '../shared/lib/graphql-errors';
import { liveStatus } from '../features/live/live-status';
import { createReconnectLink, SERVICE_UNAVAILABLE } from './reconnect-link';

const APP_HEADER = { 'x-clientflow-app': 'admin' };

export interface ApolloClientOptions {
  /** Called once per burst of UNAUTHENTICATED answers: the session is gone. */
  onUnauthenticated: () => void;
  /**
   * The workspace began to require two-factor while this session was open: the API refuses with FORBIDDEN and
   * reason TWO_FACTOR_SETUP_REQUIRED. Re-reading the viewer shows the set-up gate instead of "Not allowed" toasts.
   */
  onTwoFactorSetupRequired?: () => void;
}

export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      // Objects without ids live inside their parent; merging keeps partial selections from clobbering each other.
      Viewer: { keyFields: false, merge: true },
      Address: { keyFields: false, merge: true },
      ClientPage: { keyFields: false },
      Membership: { keyFields: false },
      ClientPortalSettings: { keyFields: ['clientId'] },
      BillingSettings: { keyFields: false, merge: true },
      ClientBillingSummary: { keyFields: false, merge: true },
    },
  });
}

function wsUrl(): string {
  const { protocol, host } = window.location;
  return `${protocol === 'https:' ? 'wss:' : 'ws:'}//${host}/graphql`;
}

// '*' covers every code except UNAUTHENTICATED: a lost session must end the session whatever the screen,
// unless an operation names that code itself.
function isHandled(operation: ApolloLink.Operation, code: string | null): boolean {
  const handled = (operation.getContext() as HandledErrorsContext).handledErrorCodes ?? [];
  if (code !== null && handled.includes(code)) return true;
  return handled.includes('*') && code !== 'UNAUTHENTICATED';
}

/** UNAUTHENTICATED ends the session; other errors become notifications unless the operation shows them itself. */
export function createErrorLink({ onUnauthenticated, onTwoFactorSetupRequired }: ApolloClientOptions): ErrorLink {
  return new ErrorLink(({ error, operation }) => {
    const graphQLErrors = CombinedGraphQLErrors.is(error) ? error.errors : [];
    const unauthenticated = graphQLErrors.some((e) => e.extensions?.code === 'UNAUTHENTICATED');
    if (unauthenticated && !isHandled(operation, 'UNAUTHENTICATED')) {
      onUnauthenticated();
      return;
    }
    if (graphQLErrors.some((e) => e.extensions?.reason === 'TWO_FACTOR_SETUP_REQUIRED') && onTwoFactorSetupRequired) {
      onTwoFactorSetupRequired();
      return;
    }
    const info = apiErrorInfo(error);
    // A query that ran out of retries: the "reconnecting" notice is already on screen.
    if (info.code === SERVICE_UNAVAILABLE && operation.operationType === OperationTypeNode.QUERY) return;
    if (isHandled(operation, info.code)) return;
    notifications.show({
      id: `api-error-${info.message}`,
      color: 'red',
      title: info.code === 'FORBIDDEN' ? 'Not allowed' : 'Something went wrong',
      message: info.message,
    });
  });
}

const RECONNECTING_ID = 'api-reconnecting';

/** While the API answers SERVICE_UNAVAILABLE (or cannot be reached), queries are retried under one notice. */
export function createAdminReconnectLink(): ApolloLink {
  return createReconnectLink({
    onReconnecting: () =>
      notifications.show({
        id: RECONNECTING_ID,
        color: 'blue',
        loading: true,
        autoClose: false,
        withCloseButton: false,
        title: 'Connection to the server lost, retrying…',
        message: 'Your data will load as soon as the server is back. Changes are never resent on their own.',
      }),
    onReconnected: () => notifications.hide(RECONNECTING_ID),
  });
}

export function createApolloClient(options: ApolloClientOptions): ApolloClient {
  const httpLink = new HttpLink({ uri: '/graphql', credentials: 'same-origin', headers: APP_HEADER });

  // Lazy: the socket opens with the first live screen. Lost sockets are retried for ever (with graphql-ws's
  // randomised backoff); refused sessions (4401/4403) are not, and the error link signs the user out.
  const wsLink = new GraphQLWsLink(
    createClient({
      url: wsUrl(),
      lazy: true,
      connectionParams: { app: 'admin' },
      retryAttempts: Infinity,
      on: liveSocketListeners(liveStatus),
    }),
  );

  const errorLink = createErrorLink(options);

  const transport = ApolloLink.split(({ query }) => isSubscriptionOperation(query), wsLink, httpLink);

  const client = new ApolloClient({
    cache: createCache(),
    link: ApolloLink.from([errorLink, createAdminReconnectLink(), transport]),
  });
  // Events published while the socket was down are lost: re-fetch what is on screen once it is back.
  liveStatus.setRefetch(() => void client.refetchQueries({ include: 'active' }));
  return client;
}
