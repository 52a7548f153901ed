import { Column, Entity, Index } from 'typeorm';
import type { NotificationKind } from '@clientflow/domain';
import { TenantEntity } from '../../platform/db/base.entity';

/** An in-app notification for one staff user of one workspace (a ticket assigned to them, a new message on it). */
@Entity('notification')
@Index('notification_inbox', ['workspaceId', 'userId', 'createdAt'])
export class Notification extends TenantEntity {
  @Column('uuid')
  userId: string;

  @Column({ type: 'varchar' })
  kind: NotificationKind;

  @Column({ type: 'varchar', length: 300 })
  title: string;

  @Column({ type: 'text', nullable: true })
  body: string | null;

  @Column({ type: 'uuid', nullable: true })
  ticketId: string | null;

  /** The client it is about (TenantScope hides notifications of clients a MEMBER no longer manages). */
  @Column({ type: 'uuid', nullable: true })
  clientId: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  readAt: Date | null;
}
