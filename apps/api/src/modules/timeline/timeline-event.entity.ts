import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import type { TimelineEventType } from '@clientflow/domain';
import { TenantEntity } from '../../platform/db/base.entity';
import { Client } from '../clients/client.entity';

/** One entry of a client's chronological feed; written by people ("+ New entry") and by domain actions. */
@Entity('timeline_event')
@Index('timeline_event_feed', ['workspaceId', 'clientId', 'occurredAt', 'id'])
export class TimelineEvent extends TenantEntity {
  @Column('uuid')
  clientId: string;

  @ManyToOne(() => Client, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'clientId' })
  client: Relation<Client>;

  /** Set when the event belongs to a project (the projects issue adds the table and the FK). */
  @Column({ type: 'uuid', nullable: true })
  projectId: string | null;

  @Column({ type: 'varchar' })
  type: TimelineEventType;

  @Column({ type: 'timestamptz' })
  occurredAt: Date;

  @Column()
  summary: string;

  @Column({ type: 'text', nullable: true })
  body: string | null;

  @Column({ type: 'uuid', nullable: true })
  authorUserId: string | null;

  @Column({ type: 'uuid', nullable: true })
  authorContactId: string | null;

  /** Shown in the client portal's timeline (when the client's portal settings allow it). */
  @Column({ default: false })
  portalVisible: boolean;

  /** Small, type-specific facts (e.g. { from, to } for STATUS_CHANGE). Never internal secrets. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  metadata: Record<string, unknown>;
}
