import { Column, Entity, Index } from 'typeorm';
import type { BillingMode, ProjectStatus, ProjectType } from '@clientflow/domain';
import { bigintNumber, TenantEntity } from '../../platform/db/base.entity';

/** A piece of work for a client. `clientId` is null while a project is unlinked from any client. */
@Entity('project')
@Index('project_by_client', ['workspaceId', 'clientId'])
@Index('project_by_status', ['workspaceId', 'status', 'estimatedEndDate'])
export class Project extends TenantEntity {
  @Column({ type: 'uuid', nullable: true })
  clientId: string | null;

  @Column()
  name: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ type: 'varchar', default: 'ACTIVE' })
  status: ProjectStatus;

  @Column({ type: 'varchar', default: 'OTHER' })
  type: ProjectType;

  /** Calendar dates, ISO `YYYY-MM-DD`. */
  @Column({ type: 'date', nullable: true })
  startDate: string | null;

  @Column({ type: 'date', nullable: true })
  estimatedEndDate: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  completedAt: Date | null;

  /** Contract value in minor units of the workspace currency. */
  @Column({ type: 'bigint', default: 0, transformer: bigintNumber })
  value: number;

  @Column({ type: 'varchar', default: 'FIXED' })
  billingMode: BillingMode;

  /** Minor units per hour, for HOURLY projects. */
  @Column({ type: 'bigint', nullable: true, transformer: bigintNumber })
  hourlyRate: number | null;

  @Column({ type: 'int', nullable: true })
  budgetMinutes: number | null;

  /** Progress set by hand (0–100); null = derived from tasks. */
  @Column({ type: 'smallint', nullable: true })
  progressOverride: number | null;
}
