import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { isTicketUnread, type TicketPriority, type TicketStatus } from '@clientflow/domain';
import type { Context } from '../../platform/graphql/context';
import { PageInput } from '../clients/client-list.inputs';
import { authorOf } from '../timeline/timeline-author';
import { UserType } from '../identity/identity.types';
import { TimelineAuthorType } from '../timeline/timeline.types';
import type { Ticket, TicketMessage } from './ticket.entity';
import { ClientType, ContactType } from '../clients/client.types';
import { DocumentType } from '../documents/document.types';
import { ticketReference } from './ticket-reference';
import {
  OpenTicketInput,
  TicketFilter,
  TicketMessageType,
  TicketPageType,
  TicketPriorityEnum,
  TicketReferenceType,
  TicketStatusEnum,
  TicketType,
} from './ticket.types';

@Authorized('client.view')
@Resolver(() => TicketType)
export class TicketResolver {
  @Query(() => TicketPageType, { description: 'Tickets across the clients the caller can see, newest activity first.' })
  tickets(
    @Ctx() ctx: Context,
    @Arg('filter', () => TicketFilter, { nullable: true }) filter?: TicketFilter,
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput,
  ) {
    return ctx.services.tickets.inbox(ctx.scope(), ctx.staff().userId, filter ?? {}, page ?? { offset: 0, limit: 25 });
  }

  @Query(() => TicketType)
  ticket(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.tickets.get(ctx.scope(), id);
  }

  @Authorized('client.edit')
  @Mutation(() => TicketType, {
    description: 'Opens a ticket for a client (starts PENDING; the contact, if given, is emailed).',
  })
  openTicket(@Arg('input', () => OpenTicketInput) input: OpenTicketInput, @Ctx() ctx: Context) {
    return ctx.services.tickets.openForClient(ctx.scope(), ctx.staff().userId, input);
  }

  @Authorized('client.edit')
  @Mutation(() => TicketMessageType, {
    description: 'A reply to the client (emailed to them) or, with internal, a note only staff see.',
  })
  replyToTicket(
    @Arg('id', () => ID) id: string,
    @Arg('body') body: string,
    @Arg('internal', () => Boolean, { defaultValue: false }) internal: boolean,
    @Arg('attachmentIds', () => [ID], { nullable: true, description: 'Files uploaded with ticketAttachment=true.' })
    attachmentIds: string[] | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.tickets.reply(
      ctx.scope(),
      id,
      { kind: 'USER', userId: ctx.staff().userId },
      body,
      internal,
      attachmentIds,
    );
  }

  @Authorized('client.edit')
  @Mutation(() => TicketType, { description: 'Assign to a member of the workspace, or unassign with null.' })
  assignTicket(
    @Arg('id', () => ID) id: string,
    @Arg('assigneeId', () => ID, { nullable: true }) assigneeId: string | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.tickets.assign(ctx.scope(), id, assigneeId ?? null, ctx.staff().userId);
  }

  @Authorized('client.edit')
  @Mutation(() => TicketType)
  setTicketStatus(
    @Arg('id', () => ID) id: string,
    @Arg('status', () => TicketStatusEnum) status: TicketStatus,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.tickets.setStatus(ctx.scope(), id, status, ctx.staff().userId);
  }

  @Authorized('client.edit')
  @Mutation(() => TicketType)
  setTicketPriority(
    @Arg('id', () => ID) id: string,
    @Arg('priority', () => TicketPriorityEnum) priority: TicketPriority,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.tickets.setPriority(ctx.scope(), id, priority);
  }

  @Mutation(() => TicketType, { description: "Clears the caller's unread marker on this ticket." })
  markTicketRead(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.tickets.markRead(ctx.scope(), id, ctx.staff().userId);
  }

  @FieldResolver(() => ClientType)
  client(@Root() t: Ticket, @Ctx() ctx: Context) {
    return ctx.loaders.clientById.load(t.clientId);
  }

  @FieldResolver(() => UserType, { nullable: true })
  async assignee(@Root() t: Ticket, @Ctx() ctx: Context) {
    return t.assigneeUserId ? ctx.loaders.memberById.load(t.assigneeUserId) : null;
  }

  @FieldResolver(() => ContactType, { nullable: true })
  async contact(@Root() t: Ticket, @Ctx() ctx: Context) {
    if (!t.contactId) return null;
    return (await ctx.loaders.contactsByClient.load(t.clientId)).find((c) => c.id === t.contactId) ?? null;
  }

  @FieldResolver(() => TicketReferenceType, {
    nullable: true,
    description: 'The invoice (with financials.view) or project the ticket is about.',
  })
  reference(@Root() t: Ticket, @Ctx() ctx: Context) {
    return ticketReference(ctx, t, { invoices: ctx.can('financials.view'), project: () => true });
  }

  @FieldResolver(() => TimelineAuthorType, { nullable: true, description: 'Who opened it (a contact, or staff).' })
  openedBy(@Root() t: Ticket, @Ctx() ctx: Context) {
    return authorOf(ctx, t.openedByUserId, t.openedByContactId);
  }

  @FieldResolver(() => Boolean, { description: 'A message arrived since the caller last read the thread.' })
  async unread(@Root() t: Ticket, @Ctx() ctx: Context): Promise<boolean> {
    return isTicketUnread(t.lastMessageAt, await ctx.loaders.ticketReadAt.load(`${ctx.staff().userId}|${t.id}`));
  }

  @FieldResolver(() => [TicketMessageType], { description: 'The thread, oldest first, internal notes included.' })
  messages(@Root() t: Ticket, @Ctx() ctx: Context) {
    return ctx.loaders.ticketMessages.load(t.id);
  }
}

@Authorized('client.view')
@Resolver(() => TicketMessageType)
export class TicketMessageResolver {
  @FieldResolver(() => TimelineAuthorType, { nullable: true })
  author(@Root() m: TicketMessage, @Ctx() ctx: Context) {
    return authorOf(ctx, m.authorUserId, m.authorContactId);
  }

  @FieldResolver(() => [DocumentType])
  attachments(@Root() m: TicketMessage, @Ctx() ctx: Context) {
    return ctx.loaders.attachmentsByTicketMessage.load(m.id);
  }
}
