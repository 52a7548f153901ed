import { Column, Entity, Index } from 'typeorm';
import type { QuoteStatus, TaxGroup } from '@clientflow/domain';
import { bigintNumber, TenantEntity } from '../../db/base.entity';

/** A quote: same lines and totals as an invoice; an ACCEPTED quote converts to an invoice (and optionally a project). */
@Entity('quote')
@Index('quote_by_client', ['workspaceId', 'clientId', 'issueDate'])
@Index('quote_by_status', ['workspaceId', 'status'])
export class Quote extends TenantEntity {
  @Column('uuid')
  clientId: string;

  @Column({ type: 'uuid', nullable: true })
  projectId: string | null;

  /** Set when sent, e.g. `QUO-0007`; unique per workspace. */
  @Column({ type: 'varchar', nullable: true })
  number: string | null;

  @Column({ type: 'int', nullable: true })
  sequence: number | null;

  @Column({ type: 'varchar', default: 'DRAFT' })
  status: QuoteStatus;

  @Column({ type: 'varchar', nullable: true })
  title: string | null;

  @Column({ type: 'date', nullable: true })
  issueDate: string | null;

  @Column({ type: 'date', nullable: true })
  validUntil: string | null;

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

  @Column({ type: 'jsonb', default: () => `'[]'` })
  taxSummary: TaxGroup[];

  @Column({ type: 'jsonb', nullable: true })
  billingSnapshot: import('./invoice.entity').BillingSnapshot | null;

  @Column({ type: 'text', nullable: true })
  notes: string | null;

  @Column({ type: 'text', nullable: true })
  terms: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  /** The invoice this quote became; set once. */
  @Column({ type: 'uuid', nullable: true })
  convertedInvoiceId: string | null;

  @Column({ type: 'uuid', nullable: true })
  createdByUserId: string | null;
}
