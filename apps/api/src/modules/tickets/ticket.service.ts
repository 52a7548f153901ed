import {
  assertTicketAttachmentIds,
  assertTicketMessage,
  assertTicketStatusChange,
  assertTicketSubject,
  badInput,
  notFound,
  permissionsFor,
  statusAfterMessage,
  ticketNotificationRecipient,
  type TicketPriority,
  type TicketStatus,
} from '@clientflow/domain';
import { isUuid, type TenantScope } from '../../platform/db/tenant-scope';
import { escapeLike } from '../../platform/db/sql';
import { Client } from '../clients/client.entity';
import { Contact } from '../clients/contact.entity';
import { Document } from '../documents/document.entity';
import { Membership } from '../identity/membership.entity';
import { Workspace } from '../identity/workspace.entity';
import { Invoice } from '../billing/invoices/invoice.entity';
import type { Outbox } from '../../platform/mail/outbox.service';
import type { NotificationService } from '../notifications/notification.service';
import { Project } from '../projects/project.entity';
import type { TimelineService } from '../timeline/timeline.service';
import { ticketReplyEmail } from './ticket-reply.email';
import { portalQuery, type PortalReader } from '../portal/portal-access';
import { publishTicket, publishTicketMessage } from './ticket.topics';
import { Ticket, TicketMessage } from './ticket.entity';

export const MAX_TICKET_PAGE = 100;
const MAX_PORTAL_LIST = 200;

export interface TicketFilter {
  status?: TicketStatus[] | null;
  priority?: TicketPriority[] | null;
  assigneeId?: string | null;
  unassigned?: boolean | null;
  clientId?: string | null;
  search?: string | null;
  unreadOnly?: boolean | null;
}

export interface TicketPage {
  nodes: Ticket[];
  totalCount: number;
  hasMore: boolean;
}

export type TicketAuthor = { kind: 'USER'; userId: string } | { kind: 'CONTACT'; contactId: string };

export interface OpenTicketInput {
  subject: string;
  message: string;
  invoiceId?: string | null;
  projectId?: string | null;
  attachmentIds?: string[] | null;
}

/** Staff open a ticket for a client (a request that came by phone, or a question for the client). */
export interface StaffOpenTicketInput {
  clientId: string;
  contactId?: string | null;
  subject: string;
  message: string;
  priority?: TicketPriority | null;
  assigneeId?: string | null;
  attachmentIds?: string[] | null;
}

interface NewTicket {
  clientId: string;
  subject: string;
  body: string;
  author: TicketAuthor;
  contactId: string | null;
  status: TicketStatus;
  priority: TicketPriority;
  assigneeUserId: string | null;
  invoiceId: string | null;
  projectId: string | null;
  attachmentIds: string[];
}

/**
 * Support tickets, for staff (inbox, thread with internal notes, assign, status, priority, read markers) and for
 * the client portal (its own tickets, public messages only). Every read and write goes through the caller's
 * TenantScope; every write is one transaction that also publishes the live events (delivered after commit).
 */
export class TicketService {
  constructor(
    private readonly timeline: TimelineService,
    private readonly outbox: Outbox,
    private readonly notifications: NotificationService,
    private readonly portalOrigin: string,
  ) {}

  async inbox(
    scope: TenantScope,
    userId: string,
    filter: TicketFilter,
    page: { offset: number; limit: number },
  ): Promise<TicketPage> {
    if (page.limit < 1 || page.limit > MAX_TICKET_PAGE)
      throw badInput('page.limit', `limit must be from 1 to ${MAX_TICKET_PAGE}`);
    if (page.offset < 0) throw badInput('page.offset', 'offset cannot be negative');
    const qb = scope.query(Ticket, 't');
    if (filter.status?.length) qb.andWhere('t.status IN (:...status)', { status: filter.status });
    if (filter.priority?.length) qb.andWhere('t.priority IN (:...priority)', { priority: filter.priority });
    if (filter.assigneeId) qb.andWhere('t."assigneeUserId" = :assignee', { assignee: filter.assigneeId });
    if (filter.unassigned) qb.andWhere('t."assigneeUserId" IS NULL');
    if (filter.clientId) qb.andWhere('t."clientId" = :clientId', { clientId: filter.clientId });
    const term = filter.search?.trim();
    if (term) qb.andWhere(`t.subject ILIKE :term ESCAPE '\\'`, { term: `%${escapeLike(term)}%` });
    if (filter.unreadOnly) {
      qb.andWhere(
        `NOT EXISTS (SELECT 1 FROM ticket_read r WHERE r."ticketId" = t.id AND r."userId" = :me AND r."readAt" >= t."lastMessageAt")`,
        { me: userId },
      );
    }
    const [nodes, totalCount] = await Promise.all([
      qb
        .clone()
        .orderBy('t."lastMessageAt"', 'DESC')
        .addOrderBy('t.id', 'DESC')
        .offset(page.offset)
        .limit(page.limit)
        .getMany(),
      qb.clone().getCount(),
    ]);
    return { nodes, totalCount, hasMore: page.offset + nodes.length < totalCount };
  }

  get(scope: TenantScope, id: string): Promise<Ticket> {
    return scope.findById(Ticket, id, 'Ticket');
  }

  /** Oldest first; internal notes only for staff. */
  async messages(scope: TenantScope, ticketId: string, includeInternal: boolean): Promise<TicketMessage[]> {
    const qb = scope.query(TicketMessage, 'm').andWhere('m."ticketId" = :ticketId', { ticketId });
    if (!includeInternal) qb.andWhere('m.internal = false');
    return qb.orderBy('m."createdAt"', 'ASC').addOrderBy('m.id', 'ASC').getMany();
  }

  /** Whether a message is public (not an internal note); null when it is not in the scope. For attachments' downloads. */
  async isPublicMessage(scope: TenantScope, id: string): Promise<boolean | null> {
    const message = await scope.query(TicketMessage, 'm').andWhere('m.id = :id', { id }).getOne();
    return message ? !message.internal : null;
  }

  /** The portal's list: the client's tickets, unresolved first, newest activity first. */
  portalList(a: PortalReader): Promise<Ticket[]> {
    return portalQuery(a, Ticket, 't', 'ticket')
      .orderBy(`CASE WHEN t.status IN ('RESOLVED', 'CLOSED') THEN 1 ELSE 0 END`, 'ASC')
      .addOrderBy('t."lastPublicMessageAt"', 'DESC')
      .addOrderBy('t.id', 'DESC')
      .limit(MAX_PORTAL_LIST)
      .getMany();
  }

  /**
   * A contact opens a ticket for their client: ticket + first message (+ attachments) + a portal-visible TICKET
   * timeline event. References must be the client's (`projectVisible` applies the portal's project selection).
   */
  async open(
    scope: TenantScope,
    contactId: string,
    clientId: string,
    input: OpenTicketInput,
    projectVisible: (id: string) => boolean,
  ): Promise<Ticket> {
    const subject = assertTicketSubject(input.subject);
    const body = assertTicketMessage(input.message, 'message');
    const attachmentIds = assertTicketAttachmentIds(input.attachmentIds);
    return scope.transaction(async (tx) => {
      if (input.invoiceId) {
        const invoice = await tx.query(Invoice, 'i').andWhere('i.id = :id', { id: input.invoiceId }).getOne();
        if (!invoice || invoice.clientId !== clientId || invoice.status === 'DRAFT')
          throw badInput('invoiceId', 'Pick one of your invoices');
      }
      if (input.projectId) {
        const project = await tx.query(Project, 'p').andWhere('p.id = :id', { id: input.projectId }).getOne();
        if (!project || project.clientId !== clientId || !projectVisible(project.id))
          throw badInput('projectId', 'Pick one of your projects');
      }
      return this.create(tx, {
        clientId,
        subject,
        body,
        author: { kind: 'CONTACT', contactId },
        contactId,
        status: 'OPEN',
        priority: 'NORMAL',
        assigneeUserId: null,
        invoiceId: input.invoiceId ?? null,
        projectId: input.projectId ?? null,
        attachmentIds,
      });
    });
  }

  /**
   * Staff open a ticket for one of their clients: it starts PENDING (the first word is the agency's), the chosen
   * contact is emailed with a link to the thread, an assignee other than the opener is notified in the app.
   */
  async openForClient(scope: TenantScope, userId: string, input: StaffOpenTicketInput): Promise<Ticket> {
    const subject = assertTicketSubject(input.subject);
    const body = assertTicketMessage(input.message, 'message');
    const attachmentIds = assertTicketAttachmentIds(input.attachmentIds);
    return scope.transaction(async (tx) => {
      if (!isUuid(input.clientId)) throw badInput('clientId', 'Pick a client');
      const client = await tx.query(Client, 'c').andWhere('c.id = :id', { id: input.clientId }).getOne();
      if (!client) throw badInput('clientId', 'Pick a client');
      if (input.contactId) {
        const contact = isUuid(input.contactId)
          ? await tx.query(Contact, 'c').andWhere('c.id = :id', { id: input.contactId }).getOne()
          : null;
        if (!contact || contact.clientId !== client.id) throw badInput('contactId', `Pick a contact of ${client.name}`);
      }
      if (input.assigneeId) await this.assertAssignable(tx, client, input.assigneeId);
      const ticket = await this.create(tx, {
        clientId: client.id,
        subject,
        body,
        author: { kind: 'USER', userId },
        contactId: input.contactId ?? null,
        status: 'PENDING',
        priority: input.priority ?? 'NORMAL',
        assigneeUserId: input.assigneeId ?? null,
        invoiceId: null,
        projectId: null,
        attachmentIds,
      });
      await this.emailContact(tx, ticket, body, true);
      const recipient = ticketNotificationRecipient(ticket.assigneeUserId, userId);
      if (recipient) {
        await this.notifications.notify(tx, {
          userId: recipient,
          kind: 'TICKET_ASSIGNED',
          title: `Ticket assigned to you: ${subject}`,
          body: client.name,
          ticketId: ticket.id,
          clientId: client.id,
        });
      }
      return ticket;
    });
  }

  private async create(tx: TenantScope, t: NewTicket): Promise<Ticket> {
    const now = new Date();
    const byUser = t.author.kind === 'USER' ? t.author.userId : null;
    const byContact = t.author.kind === 'CONTACT' ? t.author.contactId : null;
    const ticket = await tx.insert(Ticket, {
      clientId: t.clientId,
      subject: t.subject,
      status: t.status,
      priority: t.priority,
      assigneeUserId: t.assigneeUserId,
      openedByContactId: byContact,
      openedByUserId: byUser,
      contactId: t.contactId,
      invoiceId: t.invoiceId,
      projectId: t.projectId,
      lastMessageAt: now,
      lastPublicMessageAt: now,
    });
    const message = await tx.insert(TicketMessage, {
      ticketId: ticket.id,
      clientId: t.clientId,
      body: t.body,
      internal: false,
      authorContactId: byContact,
      authorUserId: byUser,
    });
    await this.attach(tx, message, t.author, t.attachmentIds);
    if (byUser) await this.markRead(tx, ticket.id, byUser, now); // the opener has read what they wrote
    await this.timeline.record(tx, {
      clientId: t.clientId,
      type: 'TICKET',
      summary: `Ticket opened: ${t.subject}`.slice(0, 500),
      authorContactId: byContact,
      authorUserId: byUser,
      portalVisible: true,
      projectId: ticket.projectId,
      metadata: { ticketId: ticket.id },
    });
    await publishTicket(tx.manager, ticket, 'created');
    await publishTicketMessage(tx.manager, message);
    return ticket;
  }

  /**
   * Links uploaded files to a message: each must be an unused ticket upload of the same client by the same author
   * (staff user or contact), otherwise nothing is linked and the message is refused.
   */
  private async attach(tx: TenantScope, message: TicketMessage, author: TicketAuthor, ids: string[]): Promise<void> {
    if (!ids.length) return;
    if (ids.some((id) => !isUuid(id))) throw badInput('attachmentIds', 'An attachment was not found; upload it again');
    const result = await tx.manager
      .createQueryBuilder()
      .update(Document)
      .set({ ticketMessageId: message.id })
      .where(
        `id IN (:...ids) AND "workspaceId" = :ws AND "clientId" = :clientId AND "ticketAttachment" AND "ticketMessageId" IS NULL`,
        {
          ids,
          ws: tx.workspaceId,
          clientId: message.clientId,
        },
      )
      .andWhere(author.kind === 'USER' ? '"uploadedByUserId" = :by' : '"uploadedByContactId" = :by', {
        by: author.kind === 'USER' ? author.userId : author.contactId,
      })
      .execute();
    if (result.affected !== ids.length)
      throw badInput('attachmentIds', 'An attachment was not found or is already attached; upload it again');
  }

  /**
   * A message in the thread. Staff public replies email the contact who opened the ticket (outbox, link to the
   * portal thread) and hand the ticket to the client; client replies hand it back; internal notes change nothing
   * the client can see (no portal ticket event, no email, no status change).
   */
  async reply(
    scope: TenantScope,
    ticketId: string,
    author: TicketAuthor,
    body: string,
    internal: boolean,
    attachmentIds?: string[] | null,
  ): Promise<TicketMessage> {
    const text = assertTicketMessage(body);
    const files = assertTicketAttachmentIds(attachmentIds);
    return scope.transaction(async (tx) => {
      if (!isUuid(ticketId)) throw notFound('Ticket');
      const ticket = await tx
        .query(Ticket, 't')
        .andWhere('t.id = :id', { id: ticketId })
        .setLock('pessimistic_write')
        .getOne();
      if (!ticket) throw notFound('Ticket');
      const status = statusAfterMessage(ticket.status, author.kind === 'USER' ? 'STAFF' : 'CONTACT', internal);
      const message = await tx.insert(TicketMessage, {
        ticketId,
        clientId: ticket.clientId,
        body: text,
        internal,
        authorUserId: author.kind === 'USER' ? author.userId : null,
        authorContactId: author.kind === 'CONTACT' ? author.contactId : null,
      });
      await this.attach(tx, message, author, files);
      const patch: Partial<Ticket> = { lastMessageAt: message.createdAt, status };
      if (!internal) patch.lastPublicMessageAt = message.createdAt;
      await tx.update(Ticket, ticketId, patch, 'Ticket');
      if (author.kind === 'USER') await this.markRead(tx, ticketId, author.userId, message.createdAt);
      if (author.kind === 'USER' && !internal) await this.emailContact(tx, { ...ticket, ...patch }, text);
      const recipient = ticketNotificationRecipient(
        ticket.assigneeUserId,
        author.kind === 'USER' ? author.userId : null,
      );
      if (recipient) {
        await this.notifications.notify(tx, {
          userId: recipient,
          kind: 'TICKET_MESSAGE',
          title: `${internal ? 'Internal note' : 'New message'} on "${ticket.subject}"`.slice(0, 300),
          body: text.slice(0, 200),
          ticketId,
          clientId: ticket.clientId,
        });
      }
      await publishTicketMessage(tx.manager, message);
      if (!internal) await publishTicket(tx.manager, ticket, 'updated');
      return message;
    });
  }

  /** Assign to a member who can see the client (or nobody); the new assignee is notified unless they assigned themselves. */
  async assign(
    scope: TenantScope,
    ticketId: string,
    assigneeUserId: string | null,
    actorUserId: string,
  ): Promise<Ticket> {
    return scope.transaction(async (tx) => {
      const ticket = await tx.findById(Ticket, ticketId, 'Ticket');
      const client = await tx.findById(Client, ticket.clientId, 'Client');
      if (assigneeUserId) await this.assertAssignable(tx, client, assigneeUserId);
      await tx.update(Ticket, ticketId, { assigneeUserId }, 'Ticket');
      const recipient =
        assigneeUserId !== ticket.assigneeUserId ? ticketNotificationRecipient(assigneeUserId, actorUserId) : null;
      if (recipient) {
        await this.notifications.notify(tx, {
          userId: recipient,
          kind: 'TICKET_ASSIGNED',
          title: `Ticket assigned to you: ${ticket.subject}`,
          body: client.name,
          ticketId,
          clientId: ticket.clientId,
        });
      }
      await publishTicket(tx.manager, ticket, 'updated');
      return tx.findById(Ticket, ticketId, 'Ticket');
    });
  }

  /** A member of the workspace who sees the client (MEMBERs only see the clients they manage). */
  private async assertAssignable(tx: TenantScope, client: Client, userId: string): Promise<void> {
    const member = isUuid(userId)
      ? await tx.manager.getRepository(Membership).findOne({ where: { workspaceId: tx.workspaceId, userId } })
      : null;
    if (!member) throw badInput('assigneeId', 'Pick a member of this workspace');
    if (!permissionsFor(member.role).includes('client.viewAll') && client.accountManagerId !== userId) {
      throw badInput('assigneeId', `This member cannot see ${client.name}; make them its account manager first`);
    }
  }

  /** Staff change of status: validated by the domain rules, and written to the client's timeline (portal-visible). */
  async setStatus(scope: TenantScope, ticketId: string, status: TicketStatus, userId: string): Promise<Ticket> {
    return scope.transaction(async (tx) => {
      const ticket = await tx.findById(Ticket, ticketId, 'Ticket');
      assertTicketStatusChange(ticket.status, status);
      await tx.update(Ticket, ticketId, { status }, 'Ticket');
      await this.timeline.record(tx, {
        clientId: ticket.clientId,
        type: 'TICKET',
        summary: `Ticket ${status.toLowerCase()}: ${ticket.subject}`.slice(0, 500),
        authorUserId: userId,
        portalVisible: true,
        projectId: ticket.projectId,
        metadata: { ticketId, from: ticket.status, to: status },
      });
      await publishTicket(tx.manager, ticket, 'updated');
      return tx.findById(Ticket, ticketId, 'Ticket');
    });
  }

  async setPriority(scope: TenantScope, ticketId: string, priority: TicketPriority): Promise<Ticket> {
    return scope.transaction(async (tx) => {
      const ticket = await tx.findById(Ticket, ticketId, 'Ticket');
      await tx.update(Ticket, ticketId, { priority }, 'Ticket');
      await publishTicket(tx.manager, ticket, 'updated');
      return tx.findById(Ticket, ticketId, 'Ticket');
    });
  }

  /** The staff user has read the thread up to now (or up to their own message). */
  async markRead(scope: TenantScope, ticketId: string, userId: string, at = new Date()): Promise<Ticket> {
    const ticket = await scope.findById(Ticket, ticketId, 'Ticket');
    await scope.manager.query(
      `INSERT INTO ticket_read ("ticketId", "userId", "workspaceId", "readAt") VALUES ($1, $2, $3, $4)
       ON CONFLICT ("ticketId", "userId") DO UPDATE SET "readAt" = GREATEST(ticket_read."readAt", EXCLUDED."readAt")`,
      [ticketId, userId, scope.workspaceId, at],
    );
    return ticket;
  }

  private async emailContact(tx: TenantScope, ticket: Ticket, body: string, opened = false): Promise<void> {
    if (!ticket.contactId) return;
    const contact = await tx.query(Contact, 'c').andWhere('c.id = :id', { id: ticket.contactId }).getOne();
    if (!contact?.email) return;
    const [client, workspace] = await Promise.all([
      tx.findById(Client, ticket.clientId, 'Client'),
      tx.manager.getRepository(Workspace).findOneByOrFail({ id: tx.workspaceId }),
    ]);
    const email = ticketReplyEmail({
      contactName: contact.name,
      clientName: client.name,
      agencyName: workspace.name,
      subject: ticket.subject,
      body,
      link: `${this.portalOrigin}/tickets/${ticket.id}`,
      opened,
    });
    await this.outbox.enqueue(tx.manager, {
      workspaceId: tx.workspaceId,
      clientId: ticket.clientId,
      kind: 'ticket-reply',
      to: contact.email,
      ...email,
    });
  }
}
