import { Arg, Authorized, Ctx, Resolver, Root, Subscription, ID, type SubscribeResolverData } from 'type-graphql';
import { map, pipe, Repeater } from '@graphql-yoga/subscription';
import { PORTAL } from '../../auth/auth-checker';
import type { Context } from '../../context';
import { liveStream } from '../../realtime/live-subscribe';
import type { LiveItem } from '../../realtime/live-topic';
import type { Ticket, TicketMessage } from './ticket.entity';
import { TICKET_MESSAGE_TOPIC, TICKET_TOPIC } from './ticket.topics';
import { PortalTicketThreadEventType, TicketThreadEventType, TicketType } from './ticket.types';

type ThreadArgs = SubscribeResolverData<unknown, { ticketId: string }, Context>;
interface ThreadEvent {
  ticketId: string;
  message: TicketMessage | null;
  ticket: Ticket | null;
}

/** One thread's messages and ticket changes; each topic's visibility rule already ran (internal notes: staff only). */
function threadStream(context: Context, ticketId: string, required: string[]): AsyncIterable<ThreadEvent> {
  return Repeater.merge([
    pipe(
      liveStream<TicketMessage>(context, TICKET_MESSAGE_TOPIC, required, (item) => item.row.ticketId === ticketId),
      map(({ row }): ThreadEvent => ({ ticketId, message: row, ticket: null })),
    ),
    pipe(
      liveStream<Ticket>(context, TICKET_TOPIC, required, (item) => item.row.id === ticketId),
      map(({ row }): ThreadEvent => ({ ticketId, message: null, ticket: row })),
    ),
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
  ticketThread(@Root() event: ThreadEvent, @Arg('ticketId', () => ID) _ticketId: string, @Ctx() ctx: Context): ThreadEvent {
    ctx.renewLoaders();
    return event;
  }

  @Authorized('client.view')
  @Subscription(() => TicketType, {
    description: 'Tickets of the visible clients as they are opened or change (status, priority, assignee, any new message).',
    subscribe: ({ context }: SubscribeResolverData<unknown, object, Context>) =>
      Repeater.merge([
        pipe(liveStream<Ticket>(context, TICKET_TOPIC, ['client.view']), map(({ row }) => ({ ticketId: row.id, ticket: row as Ticket | null }))),
        // Internal notes publish no ticket event (the portal must not notice them); the inbox still moves.
        pipe(
          liveStream<TicketMessage>(context, TICKET_MESSAGE_TOPIC, ['client.view'], (item: LiveItem<TicketMessage>) => item.row.internal),
          map(({ row }) => ({ ticketId: row.ticketId, ticket: null as Ticket | null })),
        ),
      ]),
  })
  async ticketsInbox(@Root() event: { ticketId: string; ticket: Ticket | null }, @Ctx() ctx: Context): Promise<Ticket> {
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
  portalTicketThread(@Root() event: ThreadEvent, @Arg('ticketId', () => ID) _ticketId: string, @Ctx() ctx: Context): ThreadEvent {
    ctx.renewLoaders();
    return event;
  }
}
