import type { AuthCheckerFn, ResolverData } from 'type-graphql';
import { authChecker } from '../auth/auth-checker';
import type { Context } from '../context';
import type { LiveItem, LiveViewer } from './live-topic';

/**
 * The subscribe step of a live subscription. TypeGraphQL runs `@Authorized` only when each event is resolved, so the
 * same one auth checker is asked here, before anything is registered (UNAUTHENTICATED / FORBIDDEN as for queries).
 */
export function liveStream<T>(
  ctx: Context,
  topic: string,
  required: string[],
  accept: (item: LiveItem<T>) => boolean = () => true,
): AsyncIterable<LiveItem<T>> {
  (authChecker as AuthCheckerFn<Context>)({ context: ctx } as ResolverData<Context>, required);
  return ctx.services.live.subscribe<T>(topic, ctx.viewer as LiveViewer, accept);
}

/**
 * TypeGraphQL insists on a PubSub; every subscription here brings its own `subscribe` function over the LiveBus,
 * so topic-based subscriptions are refused loudly instead of silently never firing across processes.
 */
export const subscribeFunctionsOnly = {
  publish(): void {
    throw new Error('Publish live events with realtime/live-event.ts publish(manager, event)');
  },
  subscribe(): AsyncIterable<unknown> {
    throw new Error('Live subscriptions use a subscribe function over the LiveBus (realtime/live-subscribe.ts)');
  },
};
