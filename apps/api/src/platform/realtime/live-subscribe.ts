import { assertAccess } from '../auth/auth-checker';
import type { Context } from '../graphql/context';
import type { AnyLiveItem, LiveItem, LiveViewer } from './live-topic';

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
  assertAccess(ctx.viewer, required);
  return ctx.services.live.subscribe<T>(topic, ctx.viewer as LiveViewer, accept);
}

/** One part of a `liveMerged` stream: a topic, the subscription's argument check on it, and the event it becomes. */
export interface LivePart<R> {
  topic: string;
  accept: (item: AnyLiveItem) => boolean;
  map: (item: AnyLiveItem) => R;
}

/**
 * The subscribe step of a live subscription over several topics (e.g. a ticket thread: messages and ticket changes):
 * one stream in fan-out order, instead of a `Repeater.merge` of one stream per topic (which costs a chain of promises
 * per event and subscriber and may swap the events of one commit).
 */
export function liveMerged<R>(ctx: Context, required: string[], parts: LivePart<R>[]): AsyncIterable<R> {
  assertAccess(ctx.viewer, required);
  return ctx.services.live.subscribeMany<R>(ctx.viewer as LiveViewer, parts);
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
