import { Column, Entity, Index } from 'typeorm';
import type { DeliverableDecision as Decision } from '@clientflow/domain';
import { TenantEntity } from '../../platform/db/base.entity';

/** One version's outcome: kept for every version, so the approval history survives new versions. */
@Entity('deliverable_decision')
@Index('deliverable_decision_by_deliverable', ['workspaceId', 'deliverableId', 'version'])
export class DeliverableDecisionRecord extends TenantEntity {
  @Column('uuid')
  deliverableId: string;

  /** The project's client (scoping for portal sessions and members). */
  @Column({ type: 'uuid', nullable: true })
  clientId: string | null;

  @Column({ type: 'int' })
  version: number;

  @Column({ type: 'varchar' })
  status: Decision;

  @Column({ type: 'uuid', nullable: true })
  decidedByUserId: string | null;

  @Column({ type: 'uuid', nullable: true })
  decidedByContactId: string | null;

  @Column({ type: 'text', nullable: true })
  comment: string | null;

  @Column({ type: 'timestamptz' })
  decidedAt: Date;
}
