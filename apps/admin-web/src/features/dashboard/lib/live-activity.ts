import type { ActivityFeedSubscription, DashboardQuery } from '@clientflow/graphql-types/admin';
import { newestFirst } from '../../../shared/lib/newest-first';

type Activity = DashboardQuery['dashboard']['recentActivity'][number];

/** The feed shows the newest 20: a live event replaces its older copy, takes its place in order, the oldest falls off. */
export const RECENT_ACTIVITY = 20;

export function withLiveActivity(items: Activity[], event: ActivityFeedSubscription['activityFeed']): Activity[] {
  return [...items.filter((i) => i.id !== event.id), event].sort(newestFirst).slice(0, RECENT_ACTIVITY);
}
