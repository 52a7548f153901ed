import { useSubscription } from '@apollo/client/react';
import { ActivityFeedDocument, DashboardDocument } from '@clientflow/graphql-types/admin';
import { withLiveActivity } from '../lib/live-activity';

/** New timeline events of the clients the viewer can see appear in "Recent activity" as they happen. */
export function useLiveActivity() {
  useSubscription(ActivityFeedDocument, {
    ignoreResults: true,
    // UNAUTHENTICATED still signs out; a lost socket is shown by the live indicator, not as an error toast.
    context: { handledErrorCodes: ['*'] },
    onData: ({ client, data }) => {
      const event = data.data?.activityFeed;
      if (!event) return;
      client.cache.updateQuery({ query: DashboardDocument }, (prev) =>
        prev
          ? { dashboard: { ...prev.dashboard, recentActivity: withLiveActivity(prev.dashboard.recentActivity, event) } }
          : prev,
      );
    },
  });
}
