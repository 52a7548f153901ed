import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { createClient } from 'graphql-ws';
import { liveStatus } from './live-status';

/**
 * The graphql-ws link, loaded on the first subscription only (its own chunk: the sign-in page never pays for it).
 * Lost sockets are retried for ever; the server's refusals (4401/4403) are not.
 */
export function createLiveLink(url: string): GraphQLWsLink {
  return new GraphQLWsLink(
    createClient({
      url,
      lazy: true,
      connectionParams: { app: 'portal' },
      retryAttempts: Infinity,
      on: {
        connecting: () => liveStatus.dispatch({ type: 'connecting' }),
        connected: () => liveStatus.dispatch({ type: 'connected' }),
        closed: (event) => liveStatus.dispatch({ type: 'closed', code: (event as CloseEvent | undefined)?.code ?? 1006 }),
      },
    }),
  );
}
