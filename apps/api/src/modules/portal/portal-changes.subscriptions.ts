import {
  Authorized,
  Field,
  ID,
  ObjectType,
  Resolver,
  Root,
  Subscription,
  type SubscribeResolverData,
} from 'type-graphql';
import { map, pipe, Repeater } from '@graphql-yoga/subscription';
import { PORTAL } from '../../platform/auth/auth-checker';
import type { Context } from '../../platform/graphql/context';
import { liveStream } from '../../platform/realtime/live-subscribe';

@ObjectType('PortalChange', {
  description: 'Something the signed-in contact can see changed: re-fetch what is on screen.',
})
export class PortalChangeType {
  @Field({ description: 'What changed: timeline | invoice | ticket | ticketMessage.' }) topic: string;
  @Field(() => ID) id: string;
}

/**
 * The topics a portal page may show. Every event is still checked per contact by the one portal rule (`portalSees`,
 * the rule of the portal's queries: permission, project selection, sharing flags, own client only).
 * Named, not imported: the names are this subscription's `topic` values (its API), each topic is declared by its own
 * module (timeline, billing's invoices, tickets), and the LiveBus refuses an unknown name when a client subscribes.
 */
const PORTAL_TOPICS = ['timeline', 'invoice', 'ticket', 'ticketMessage'];

@Resolver()
export class PortalChangesResolver {
  @Authorized(PORTAL)
  @Subscription(() => PortalChangeType, {
    description: 'One stream for the whole portal: ids of changes to what this contact can see (any permission).',
    subscribe: ({ context }: SubscribeResolverData<unknown, object, Context>) =>
      Repeater.merge(
        PORTAL_TOPICS.map((topic) =>
          pipe(
            liveStream<{ id: string }>(context, topic, [PORTAL]),
            map((item): PortalChangeType => ({ topic, id: item.row.id })),
          ),
        ),
      ),
  })
  portalChanges(@Root() change: PortalChangeType): PortalChangeType {
    return change;
  }
}
