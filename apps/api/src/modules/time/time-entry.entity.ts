import { Column, Entity, Index } from 'typeorm';
import { bigintNumber, TenantEntity } from '../../platform/db/base.entity';

/** Time spent by a staff member on a project (optionally a task). Never reachable from the portal. */
@Entity('time_entry')
@Index('time_entry_by_project', ['workspaceId', 'projectId', 'date'])
@Index('time_entry_by_user', ['workspaceId', 'userId', 'date'])
export class TimeEntry extends TenantEntity {
  @Column('uuid')
  userId: string;

  @Column('uuid')
  projectId: string;

  @Column({ type: 'uuid', nullable: true })
  clientId: string | null;

  @Column({ type: 'uuid', nullable: true })
  taskId: string | null;

  /** The day worked, ISO `YYYY-MM-DD` in the workspace timezone. */
  @Column({ type: 'date' })
  date: string;

  @Column({ type: 'int' })
  minutes: number;

  @Column({ default: true })
  billable: boolean;

  /** Minor units per hour charged to the client. */
  @Column({ type: 'bigint', default: 0, transformer: bigintNumber })
  billRate: number;

  /** Minor units per hour it costs the agency: financial data. */
  @Column({ type: 'bigint', default: 0, transformer: bigintNumber })
  costRate: number;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  /** Set when billed on an invoice line (invoicing issue); billed entries cannot be billed twice. */
  @Column({ type: 'uuid', nullable: true })
  invoiceLineId: string | null;
}
