import { Authorized, Ctx, Resolver, Root, Subscription, type SubscribeResolverData } from 'type-graphql';
import type { Context } from '../../platform/graphql/context';
import { liveStream } from '../../platform/realtime/live-subscribe';
import type { LiveItem } from '../../platform/realtime/live-topic';
import type { TimelineEvent } from '../timeline/timeline-event.entity';
import { TIMELINE_TOPIC } from '../timeline/timeline.topics';
import { DashboardActivityType } from './dashboard.types';

@Resolver()
export class DashboardSubscriptionResolver {
  @Authorized('client.viewList')
  @Subscription(() => DashboardActivityType, {
    description: 'Timeline events across the clients the caller can see, as they happen (the dashboard feed).',
    subscribe: ({ context }: SubscribeResolverData<unknown, object, Context>) =>
      liveStream(context, TIMELINE_TOPIC, ['client.viewList']),
  })
  activityFeed(@Root() { row, clientName }: LiveItem<TimelineEvent>, @Ctx() _ctx: Context): DashboardActivityType {
    return {
      id: row.id,
      clientId: row.clientId,
      clientName: clientName ?? '',
      type: row.type,
      summary: row.summary,
      occurredAt: row.occurredAt,
    };
  }
}
