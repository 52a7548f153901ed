import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { isProjectVisibleInPortal, portalSees, type PortalPermission } from '@clientflow/domain';
import { PORTAL } from '../../platform/auth/auth-checker';
import type { Context } from '../../platform/graphql/context';
import { portalAccess, portalFind, portalReader } from '../portal/portal-access';
import { PortalPersonType } from '../timeline/portal-timeline.types';
import { portalPerson } from '../timeline/timeline-author';
import { Ticket, type TicketMessage } from './ticket.entity';
import type { Document } from '../documents/document.entity';
import { ticketReference } from './ticket-reference';
import {
  OpenPortalTicketInput,
  PortalTicketAttachmentType,
  PortalTicketMessageType,
  PortalTicketReferenceType,
  PortalTicketType,
} from './ticket.types';

@Authorized(PORTAL, 'OPEN_TICKETS')
@Resolver(() => PortalTicketType)
export class PortalTicketResolver {
  @Query(() => [PortalTicketType], {
    description: "The client's tickets: unresolved first, then newest reply first (at most 200).",
  })
  portalTickets(@Ctx() ctx: Context) {
    return ctx.services.tickets.portalList(portalReader(ctx));
  }

  @Query(() => PortalTicketType)
  portalTicket(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return portalFind(portalReader(ctx), Ticket, id, 'ticket', 'Ticket');
  }

  @Mutation(() => PortalTicketType, {
    description: 'Opens a ticket with its first message (optionally about one of your invoices or projects).',
  })
  async openPortalTicket(@Arg('input', () => OpenPortalTicketInput) input: OpenPortalTicketInput, @Ctx() ctx: Context) {
    const a = await portalAccess(ctx);
    return ctx.services.tickets.open(a.scope, a.viewer.contactId, a.viewer.clientId, input, (id) =>
      isProjectVisibleInPortal(a.settings, id),
    );
  }

  @Mutation(() => PortalTicketMessageType)
  replyToPortalTicket(
    @Arg('id', () => ID) id: string,
    @Arg('body') body: string,
    @Arg('attachmentIds', () => [ID], {
      nullable: true,
      description: 'Files uploaded to /files/portal/ticket-attachments.',
    })
    attachmentIds: string[] | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.tickets.reply(
      ctx.scope(),
      id,
      { kind: 'CONTACT', contactId: ctx.portal().contactId },
      body,
      false,
      attachmentIds,
    );
  }

  @FieldResolver(() => PortalTicketReferenceType, {
    nullable: true,
    description: 'Shown only when you can see that invoice or project.',
  })
  async reference(@Root() t: Ticket, @Ctx() ctx: Context) {
    const a = await portalAccess(ctx);
    const may = (p: PortalPermission) => a.viewer.permissions.includes(p);
    return ticketReference(ctx, t, {
      invoices: may('VIEW_INVOICES'),
      project: (id) => may('VIEW_PROJECTS') && isProjectVisibleInPortal(a.settings, id),
    });
  }

  @FieldResolver(() => [PortalTicketMessageType], {
    description: 'The thread, oldest first (replies from both sides).',
  })
  async messages(@Root() t: Ticket, @Ctx() ctx: Context) {
    const viewer = ctx.portal();
    // The loader leaves internal notes out in SQL; the portal rule decides, as for the live thread.
    return (await ctx.loaders.publicTicketMessages.load(t.id)).filter((m) => portalSees('ticketMessage', m, viewer));
  }
}

@Authorized(PORTAL, 'OPEN_TICKETS')
@Resolver(() => PortalTicketMessageType)
export class PortalTicketMessageResolver {
  @FieldResolver(() => PortalPersonType, { nullable: true })
  author(@Root() m: TicketMessage, @Ctx() ctx: Context) {
    return portalPerson(ctx, m.authorUserId, m.authorContactId);
  }

  @FieldResolver(() => Boolean)
  mine(@Root() m: TicketMessage, @Ctx() ctx: Context) {
    return m.authorContactId === ctx.portal().contactId;
  }

  @FieldResolver(() => [PortalTicketAttachmentType])
  async attachments(@Root() m: TicketMessage, @Ctx() ctx: Context) {
    // The loader runs in the portal scope (this client only); a message reaching here is public.
    const files: Document[] = m.internal ? [] : await ctx.loaders.attachmentsByTicketMessage.load(m.id);
    return files.map((d) => ({
      id: d.id,
      fileName: d.fileName,
      size: d.size,
      contentType: d.contentType,
      downloadUrl: `/files/documents/${d.id}`,
    }));
  }
}
