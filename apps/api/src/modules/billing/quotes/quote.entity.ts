import { Column, Entity, Index } from 'typeorm';
import type { QuoteStatus } from '@clientflow/domain';
import { BillingDocument } from '../billing-document.entity';

/** A quote: same lines and totals as an invoice; an ACCEPTED quote converts to an invoice (and optionally a project). */
@Entity('quote')
@Index('quote_by_client', ['workspaceId', 'clientId', 'issueDate'])
@Index('quote_by_status', ['workspaceId', 'status'])
export class Quote extends BillingDocument {
  @Column({ type: 'varchar', default: 'DRAFT' })
  status: QuoteStatus;

  @Column({ type: 'varchar', nullable: true })
  title: string | null;

  @Column({ type: 'date', nullable: true })
  validUntil: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  /** The invoice this quote became; set once. */
  @Column({ type: 'uuid', nullable: true })
  convertedInvoiceId: string | null;
}
