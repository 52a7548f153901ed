import { Column, Entity, Index } from 'typeorm';
import type { DeliverableStatus } from '@clientflow/domain';
import { TenantEntity } from '../../platform/db/base.entity';

/** Work submitted for the client's approval; a new version restarts approval. Files are documents linked by `deliverableId`. */
@Entity('deliverable')
@Index('deliverable_by_project', ['workspaceId', 'projectId'])
@Index('deliverable_by_status', ['workspaceId', 'status', 'dueDate'])
export class Deliverable extends TenantEntity {
  @Column('uuid')
  projectId: string;

  @Column({ type: 'uuid', nullable: true })
  clientId: string | null;

  @Column()
  title: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ type: 'varchar', default: 'PENDING_APPROVAL' })
  status: DeliverableStatus;

  @Column({ type: 'int', default: 1 })
  version: number;

  @Column({ type: 'date', nullable: true })
  dueDate: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  decidedByUserId: string | null;

  @Column({ type: 'uuid', nullable: true })
  decidedByContactId: string | null;

  @Column({ type: 'text', nullable: true })
  decisionComment: string | null;
}
