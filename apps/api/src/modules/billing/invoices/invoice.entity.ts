import { Column, Entity, Index } from 'typeorm';
import type { InvoiceStatus } from '@clientflow/domain';
import { bigintNumber } from '../../../platform/db/base.entity';
import { BillingDocument } from '../billing-document.entity';

export type { BillingSnapshot } from '../billing-document.entity';

/**
 * An invoice. DRAFTs have no number; issuing assigns the next number of the workspace's sequence (no gaps) and
 * freezes the client's billing snapshot.
 */
@Entity('invoice')
@Index('invoice_by_client', ['workspaceId', 'clientId', 'issueDate'])
@Index('invoice_by_status', ['workspaceId', 'status', 'dueDate'])
export class Invoice extends BillingDocument {
  @Column({ type: 'uuid', nullable: true })
  quoteId: string | null;

  @Column({ type: 'uuid', nullable: true })
  recurringInvoiceId: string | null;

  @Column({ type: 'varchar', default: 'DRAFT' })
  status: InvoiceStatus;

  @Column({ type: 'date', nullable: true })
  dueDate: string | null;

  @Column({ type: 'bigint', default: 0, transformer: bigintNumber })
  amountPaid: number;

  /**
   * Money on its way from checkouts paid with a method that settles later (Pix, boleto, SEPA debit): held when the
   * provider says "paid, settling", released when the money arrives or the payment fails. See domain `settling.ts`.
   */
  @Column({ type: 'bigint', default: 0, transformer: bigintNumber })
  amountSettling: number;

  @Column({ type: 'timestamptz', nullable: true })
  paidAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  voidedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  voidReason: string | null;
}
