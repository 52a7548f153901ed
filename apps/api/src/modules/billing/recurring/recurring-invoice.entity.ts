import { Column, Entity, Index } from 'typeorm';
import type { RecurrenceFrequency, RecurringMode } from '@clientflow/domain';
import { TenantEntity } from '../../../platform/db/base.entity';

/** A line template of a FIXED recurring invoice (amounts are recomputed by the domain on every run). */
export interface RecurringLineTemplate {
  description: string;
  quantity: number;
  unitPrice: number;
  taxRate: number;
  discount?: number;
}

/**
 * A recurring invoice schedule. Issue dates are anchored to `startDate` (the n-th date is computed from the start,
 * never from the previous run, so month ends do not drift). Each billed period is one `recurring_invoice_run` row.
 */
@Entity('recurring_invoice')
@Index('recurring_invoice_due', ['active', 'nextIssueDate'])
export class RecurringInvoice extends TenantEntity {
  @Column('uuid')
  clientId: string;

  /** For HOURS mode: the project whose billable time of the period is billed. */
  @Column({ type: 'uuid', nullable: true })
  projectId: string | null;

  @Column()
  name: string;

  @Column({ type: 'varchar' })
  frequency: RecurrenceFrequency;

  @Column({ type: 'varchar', default: 'FIXED' })
  mode: RecurringMode;

  @Column({ type: 'date' })
  startDate: string;

  @Column({ type: 'date', nullable: true })
  endDate: string | null;

  /** The next issue date not yet billed (derived from startDate and the runs; kept for the due index). */
  @Column({ type: 'date', nullable: true })
  nextIssueDate: string | null;

  @Column({ type: 'jsonb', default: () => `'[]'` })
  lines: RecurringLineTemplate[];

  @Column({ length: 3 })
  currency: string;

  /** Days from issue to due; null = the workspace's payment terms. */
  @Column({ type: 'smallint', nullable: true })
  dueDays: number | null;

  /** Send each invoice when created (true) or leave it as a DRAFT to review (false). */
  @Column({ default: false })
  autoSend: boolean;

  @Column({ default: true })
  active: boolean;

  @Column({ type: 'text', nullable: true })
  notes: string | null;

  @Column({ type: 'uuid', nullable: true })
  createdByUserId: string | null;
}
