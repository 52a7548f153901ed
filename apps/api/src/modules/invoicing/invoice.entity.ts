import { Column, Entity, Index } from 'typeorm';
import type { InvoiceStatus, TaxGroup } from '@clientflow/domain';
import { bigintNumber, TenantEntity } from '../../db/base.entity';

/** The client's billing details, copied onto the invoice when it is issued and never changed afterwards. */
export interface BillingSnapshot {
  name: string;
  legalName: string | null;
  taxId: string | null;
  taxIdType: string | null;
  email: string | null;
  address: {
    line1: string | null;
    line2: string | null;
    city: string | null;
    region: string | null;
    postalCode: string | null;
    country: string | null;
  };
}

/**
 * An invoice. DRAFTs have no number; issuing assigns the next number of the workspace's sequence (no gaps) and
 * freezes the client's billing snapshot. Totals are stored (computed by the domain) so lists never recompute.
 */
@Entity('invoice')
@Index('invoice_by_client', ['workspaceId', 'clientId', 'issueDate'])
@Index('invoice_by_status', ['workspaceId', 'status', 'dueDate'])
export class Invoice extends TenantEntity {
  @Column('uuid')
  clientId: string;

  @Column({ type: 'uuid', nullable: true })
  projectId: string | null;

  @Column({ type: 'uuid', nullable: true })
  quoteId: string | null;

  @Column({ type: 'uuid', nullable: true })
  recurringInvoiceId: string | null;

  /** Set when issued, e.g. `INV-0042`; unique per workspace. */
  @Column({ type: 'varchar', nullable: true })
  number: string | null;

  @Column({ type: 'int', nullable: true })
  sequence: number | null;

  @Column({ type: 'varchar', default: 'DRAFT' })
  status: InvoiceStatus;

  @Column({ type: 'date', nullable: true })
  issueDate: string | null;

  @Column({ type: 'date', nullable: true })
  dueDate: string | null;

  @Column({ length: 3 })
  currency: string;

  @Column({ type: 'bigint', default: 0, transformer: bigintNumber })
  subtotal: number;

  @Column({ type: 'bigint', default: 0, transformer: bigintNumber })
  discountTotal: number;

  @Column({ type: 'bigint', default: 0, transformer: bigintNumber })
  taxTotal: number;

  @Column({ type: 'bigint', default: 0, transformer: bigintNumber })
  total: number;

  @Column({ type: 'bigint', default: 0, transformer: bigintNumber })
  amountPaid: number;

  /** One entry per tax rate present: { rateBps, base, tax }. */
  @Column({ type: 'jsonb', default: () => `'[]'` })
  taxSummary: TaxGroup[];

  @Column({ type: 'jsonb', nullable: true })
  billingSnapshot: BillingSnapshot | null;

  @Column({ type: 'text', nullable: true })
  notes: string | null;

  @Column({ type: 'text', nullable: true })
  terms: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  paidAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  voidedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  voidReason: string | null;

  @Column({ type: 'uuid', nullable: true })
  createdByUserId: string | null;
}
