import {
  Arg,
  Authorized,
  Ctx,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
  Subscription,
  type SubscribeResolverData,
} from 'type-graphql';
import type { Context } from '../../platform/graphql/context';
import { liveStream } from '../../platform/realtime/live-subscribe';
import type { Notification } from './notification.entity';
import { NOTIFICATION_TOPIC } from './notification.topics';
import { NotificationType } from './notification.types';

@Authorized('client.view')
@Resolver(() => NotificationType)
export class NotificationResolver {
  @Query(() => [NotificationType], { description: "The caller's newest notifications (at most 50)." })
  notifications(@Arg('first', () => Int, { defaultValue: 20 }) first: number, @Ctx() ctx: Context) {
    return ctx.services.notifications.list(ctx.scope(), ctx.staff().userId, first);
  }

  @Query(() => Int)
  unreadNotificationCount(@Ctx() ctx: Context) {
    return ctx.services.notifications.unreadCount(ctx.scope(), ctx.staff().userId);
  }

  @Mutation(() => Int, {
    description: "Marks the given notifications (or, without ids, all of the caller's) read; answers how many changed.",
  })
  markNotificationsRead(@Arg('ids', () => [ID], { nullable: true }) ids: string[] | null, @Ctx() ctx: Context) {
    return ctx.services.notifications.markRead(ctx.scope(), ctx.staff().userId, ids);
  }

  @Subscription(() => NotificationType, {
    description: "The caller's new notifications in the current workspace.",
    subscribe: ({ context }: SubscribeResolverData<unknown, object, Context>) =>
      liveStream<Notification>(context, NOTIFICATION_TOPIC, ['client.view']),
  })
  notificationAdded(@Root() item: { row: Notification }): Notification {
    return item.row;
  }
}
