import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import type { NoteKind } from '@clientflow/domain';
import { TenantEntity } from '../../platform/db/base.entity';
import { Client } from '../clients/client.entity';

/** Internal note about a client. Never reachable from a portal session. */
@Entity('note')
@Index('note_client_feed', ['workspaceId', 'clientId', 'createdAt', 'id'])
export class Note extends TenantEntity {
  @Column('uuid')
  clientId: string;

  @ManyToOne(() => Client, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'clientId' })
  client: Relation<Client>;

  @Column({ type: 'varchar' })
  kind: NoteKind;

  @Column({ type: 'text' })
  body: string;

  /** Optional calendar date the note is about (e.g. a decision taken on that day); ISO `YYYY-MM-DD`. */
  @Column({ type: 'date', nullable: true })
  date: string | null;

  @Column({ default: false })
  important: boolean;

  @Column({ type: 'uuid', nullable: true })
  authorUserId: string | null;

  /** The NOTE event written with the note; updated and removed with it. */
  @Column({ type: 'uuid', nullable: true })
  timelineEventId: string | null;
}
