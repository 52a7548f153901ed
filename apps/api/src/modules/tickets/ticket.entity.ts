import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { TicketPriority, TicketStatus } from '@clientflow/domain';
import { TenantEntity } from '../../platform/db/base.entity';

/** A support ticket of one client: opened by a contact in the portal (or by staff), answered in a thread. */
@Entity('ticket')
@Index('ticket_inbox', ['workspaceId', 'lastMessageAt', 'id'])
export class Ticket extends TenantEntity {
  @Column('uuid')
  clientId: string;

  @Column()
  subject: string;

  @Column({ type: 'varchar', default: 'OPEN' })
  status: TicketStatus;

  @Column({ type: 'varchar', default: 'NORMAL' })
  priority: TicketPriority;

  @Column({ type: 'uuid', nullable: true })
  assigneeUserId: string | null;

  @Column({ type: 'uuid', nullable: true })
  openedByContactId: string | null;

  /** The client contact the conversation is with (the opener, or whom staff wrote to); emailed on public staff replies. */
  @Column({ type: 'uuid', nullable: true })
  contactId: string | null;

  @Column({ type: 'uuid', nullable: true })
  openedByUserId: string | null;

  /** Optional reference to one of the client's invoices or projects. */
  @Column({ type: 'uuid', nullable: true })
  invoiceId: string | null;

  @Column({ type: 'uuid', nullable: true })
  projectId: string | null;

  /** Newest message of any kind (internal notes included): drives the staff inbox order and unread markers. */
  @Column({ type: 'timestamptz' })
  lastMessageAt: Date;

  /** Newest message the client can see: what the portal shows. */
  @Column({ type: 'timestamptz' })
  lastPublicMessageAt: Date;
}

/** One message of a ticket's thread; `internal` notes are staff-only and never reach the portal. */
@Entity('ticket_message')
@Index('ticket_message_thread', ['workspaceId', 'ticketId', 'createdAt'])
export class TicketMessage extends TenantEntity {
  @Column('uuid')
  ticketId: string;

  /** Denormalised from the ticket so TenantScope filters portal sessions and MEMBERs by client. */
  @Column('uuid')
  clientId: string;

  @Column({ type: 'text' })
  body: string;

  @Column({ default: false })
  internal: boolean;

  @Column({ type: 'uuid', nullable: true })
  authorUserId: string | null;

  @Column({ type: 'uuid', nullable: true })
  authorContactId: string | null;
}

/** When a staff user last read a ticket's thread (the inbox's unread marker). */
@Entity('ticket_read')
export class TicketRead {
  @PrimaryColumn('uuid')
  ticketId: string;

  @PrimaryColumn('uuid')
  userId: string;

  @Column('uuid')
  workspaceId: string;

  @Column({ type: 'timestamptz' })
  readAt: Date;
}
