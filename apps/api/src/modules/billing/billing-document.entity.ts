import { Column } from 'typeorm';
import type { TaxGroup } from '@clientflow/domain';
import { bigintNumber, TenantEntity } from '../../platform/db/base.entity';

/** The client's billing details, copied onto an invoice or quote when it is issued and never changed afterwards. */
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
 * What invoices and quotes share: the client, a number from the workspace's sequence (set when issued/sent), dates,
 * currency, totals stored as computed by the domain (lists never recompute), the frozen billing snapshot, notes/terms.
 */
export abstract class BillingDocument extends TenantEntity {
  @Column('uuid')
  clientId: string;

  @Column({ type: 'uuid', nullable: true })
  projectId: string | null;

  /** e.g. `INV-0042` / `QUO-0007`; unique per workspace and kind. */
  @Column({ type: 'varchar', nullable: true })
  number: string | null;

  @Column({ type: 'int', nullable: true })
  sequence: number | null;

  @Column({ type: 'date', nullable: true })
  issueDate: string | null;

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

  @Column({ type: 'uuid', nullable: true })
  createdByUserId: string | null;
}
