import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { createClient } from 'graphql-ws';
import { liveSocketListeners } from '@clientflow/domain';
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
      on: liveSocketListeners(liveStatus),
    }),
  );
}
