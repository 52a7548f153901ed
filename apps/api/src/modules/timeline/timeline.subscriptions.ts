import {
  Arg,
  Authorized,
  Ctx,
  Field,
  ID,
  ObjectType,
  Resolver,
  Root,
  Subscription,
  type SubscribeResolverData,
} from 'type-graphql';
import type { TimelineEventType } from '@clientflow/domain';
import { PORTAL } from '../../platform/auth/auth-checker';
import type { Context } from '../../platform/graphql/context';
import { liveStream } from '../../platform/realtime/live-subscribe';
import type { LiveItem } from '../../platform/realtime/live-topic';
import type { TimelineEvent } from './timeline-event.entity';
import { TIMELINE_TOPIC } from './timeline.topics';
import { TimelineEventType_, TimelineEventTypeEnum } from './timeline.types';

@ObjectType('PortalTimelineUpdate', {
  description: 'A portal-visible timeline event, as the client portal may see it.',
})
export class PortalTimelineUpdateType {
  @Field(() => ID) id: string;
  @Field(() => ID, { nullable: true }) projectId: string | null;
  @Field(() => TimelineEventTypeEnum) type: TimelineEventType;
  @Field(() => Date) occurredAt: Date;
  @Field() summary: string;
  @Field(() => String, { nullable: true }) body: string | null;
}

type ClientArgs = SubscribeResolverData<unknown, { clientId: string }, Context>;

@Resolver()
export class TimelineSubscriptionResolver {
  @Authorized('client.view')
  @Subscription(() => TimelineEventType_, {
    description: "New and changed events of one client's timeline, as they are committed (any API process).",
    subscribe: async ({ args, context }: ClientArgs) => {
      const stream = liveStream<TimelineEvent>(
        context,
        TIMELINE_TOPIC,
        ['client.view'],
        (item) => item.clientId === args.clientId,
      );
      await context.services.clients.get(context.scope(), args.clientId); // NOT_FOUND outside the caller's scope
      return stream;
    },
  })
  clientTimelineEvents(
    @Root() item: LiveItem<TimelineEvent>,
    @Arg('clientId', () => ID) _clientId: string,
    @Ctx() ctx: Context,
  ): TimelineEvent {
    ctx.renewLoaders();
    return item.row;
  }

  @Authorized(PORTAL, 'VIEW_TIMELINE')
  @Subscription(() => PortalTimelineUpdateType, {
    description: "New and changed portal-visible events of the signed-in contact's client.",
    subscribe: ({ context }: SubscribeResolverData<unknown, object, Context>) =>
      liveStream(context, TIMELINE_TOPIC, [PORTAL, 'VIEW_TIMELINE']),
  })
  portalTimelineEvents(@Root() { row }: LiveItem<TimelineEvent>): PortalTimelineUpdateType {
    return {
      id: row.id,
      projectId: row.projectId,
      type: row.type,
      occurredAt: row.occurredAt,
      summary: row.summary,
      body: row.body,
    };
  }
}
