import { Arg, Authorized, Ctx, Resolver, Root, Subscription, ID, type SubscribeResolverData } from 'type-graphql';
import { PORTAL } from '../../platform/auth/auth-checker';
import type { Context } from '../../platform/graphql/context';
import { liveMerged } from '../../platform/realtime/live-subscribe';
import type { Ticket, TicketMessage } from './ticket.entity';
import { TICKET_MESSAGE_TOPIC, TICKET_TOPIC } from './ticket.topics';
import { PortalTicketThreadEventType, TicketThreadEventType, TicketType } from './ticket.types';

type ThreadArgs = SubscribeResolverData<unknown, { ticketId: string }, Context>;
interface InboxEvent {
  ticketId: string;
  ticket: Ticket | null;
}
interface ThreadEvent {
  ticketId: string;
  message: TicketMessage | null;
  ticket: Ticket | null;
}

/**
 * One thread's messages and ticket changes, in commit order (a reply's message before the ticket change it caused);
 * each topic's visibility rule already ran (internal notes: staff only).
 */
function threadStream(context: Context, ticketId: string, required: string[]): AsyncIterable<ThreadEvent> {
  return liveMerged<ThreadEvent>(context, required, [
    {
      topic: TICKET_MESSAGE_TOPIC,
      accept: (item) => item.row.ticketId === ticketId,
      map: ({ row }) => ({ ticketId, message: row, ticket: null }),
    },
    {
      topic: TICKET_TOPIC,
      accept: (item) => item.row.id === ticketId,
      map: ({ row }) => ({ ticketId, message: null, ticket: row }),
    },
  ]);
}

@Resolver()
export class TicketSubscriptionResolver {
  @Authorized('client.view')
  @Subscription(() => TicketThreadEventType, {
    description: "A ticket's new messages (internal notes included) and changes, as they are committed.",
    subscribe: async ({ args, context }: ThreadArgs) => {
      const stream = threadStream(context, args.ticketId, ['client.view']);
      await context.services.tickets.get(context.scope(), args.ticketId); // NOT_FOUND outside the caller's scope
      return stream;
    },
  })
  ticketThread(
    @Root() event: ThreadEvent,
    @Arg('ticketId', () => ID) _ticketId: string,
    @Ctx() ctx: Context,
  ): ThreadEvent {
    ctx.renewLoaders();
    return event;
  }

  @Authorized('client.view')
  @Subscription(() => TicketType, {
    description:
      'Tickets of the visible clients as they are opened or change (status, priority, assignee, any new message).',
    subscribe: ({ context }: SubscribeResolverData<unknown, object, Context>) =>
      liveMerged<InboxEvent>(
        context,
        ['client.view'],
        [
          { topic: TICKET_TOPIC, accept: () => true, map: ({ row }) => ({ ticketId: row.id, ticket: row }) },
          // Internal notes publish no ticket event (the portal must not notice them); the inbox still moves.
          {
            topic: TICKET_MESSAGE_TOPIC,
            accept: (item) => item.row.internal,
            map: ({ row }) => ({ ticketId: row.ticketId, ticket: null }),
          },
        ],
      ),
  })
  async ticketsInbox(@Root() event: InboxEvent, @Ctx() ctx: Context): Promise<Ticket> {
    ctx.renewLoaders();
    return event.ticket ?? ctx.services.tickets.get(ctx.scope(), event.ticketId);
  }

  @Authorized(PORTAL, 'OPEN_TICKETS')
  @Subscription(() => PortalTicketThreadEventType, {
    description: "New replies and changes of one of the client's tickets (never internal notes).",
    subscribe: async ({ args, context }: ThreadArgs) => {
      const stream = threadStream(context, args.ticketId, [PORTAL, 'OPEN_TICKETS']);
      await context.services.tickets.get(context.scope(), args.ticketId);
      return stream;
    },
  })
  portalTicketThread(
    @Root() event: ThreadEvent,
    @Arg('ticketId', () => ID) _ticketId: string,
    @Ctx() ctx: Context,
  ): ThreadEvent {
    ctx.renewLoaders();
    return event;
  }
}
