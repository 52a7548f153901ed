import { useSubscription } from '@apollo/client/react';
import {
  ClientTimelineDocument,
  ClientTimelineEventsDocument,
  type ClientTimelineQueryVariables,
} from '@clientflow/graphql-types/admin';
import { mergeLiveTimelineEvent } from '../lib/live-timeline';

/** Keeps the loaded feed current: entries written anywhere (other people, other tabs, the portal) appear here. */
export function useLiveTimeline(variables: ClientTimelineQueryVariables) {
  useSubscription(ClientTimelineEventsDocument, {
    variables: { clientId: variables.clientId },
    ignoreResults: true,
    // UNAUTHENTICATED still signs out; a lost socket is shown by the live indicator, not as an error toast.
    context: { handledErrorCodes: ['*'] },
    onData: ({ client, data }) => {
      const event = data.data?.clientTimelineEvents;
      if (!event) return;
      client.cache.updateQuery({ query: ClientTimelineDocument, variables }, (prev) =>
        prev ? { clientTimeline: mergeLiveTimelineEvent(prev.clientTimeline, event, variables.filter) } : prev,
      );
    },
  });
}
