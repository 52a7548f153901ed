import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const RECURRING_RUN_OUTCOMES = ['INVOICED', 'NOTHING_TO_BILL', 'SKIPPED'] as const;
export type RecurringRunOutcome = (typeof RECURRING_RUN_OUTCOMES)[number];

/**
 * One billed period of a schedule. The unique (schedule, periodStart) key is what makes a period billed exactly once:
 * the run row and its invoice are inserted in one transaction, so a second worker or a retry after a crash
 * conflicts on the key instead of creating a second invoice.
 */
@Entity('recurring_invoice_run')
@Index('recurring_invoice_run_once', ['recurringInvoiceId', 'periodStart'], { unique: true })
export class RecurringInvoiceRun {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  workspaceId: string;

  @Column('uuid')
  recurringInvoiceId: string;

  @Column({ type: 'date' })
  periodStart: string;

  @Column({ type: 'date' })
  periodEnd: string;

  /** The invoice of an INVOICED period (null once that draft is deleted); null for NOTHING_TO_BILL and SKIPPED. */
  @Column({ type: 'uuid', nullable: true })
  invoiceId: string | null;

  @Column({ type: 'varchar', default: 'INVOICED' })
  outcome: RecurringRunOutcome;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
