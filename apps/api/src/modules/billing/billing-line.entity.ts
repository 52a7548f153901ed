import { Column, Index } from 'typeorm';
import type { LineSource } from '@clientflow/domain';
import { bigintNumber, TenantEntity } from '../../platform/db/base.entity';

/**
 * The columns an invoice line and a quote line share. Amounts are integer minor units computed by the domain's
 * `invoiceTotals` (never by SQL); `quantity` is a decimal with at most 3 places.
 */
export abstract class BillingLine extends TenantEntity {
  @Index()
  @Column('uuid')
  clientId: string;

  @Column({ type: 'int' })
  position: number;

  @Column('text')
  description: string;

  @Column({
    type: 'numeric',
    precision: 14,
    scale: 3,
    transformer: { to: (v?: number | null) => v, from: (v?: string | null) => (v == null ? v : Number(v)) },
  })
  quantity: number;

  @Column({ type: 'bigint', transformer: bigintNumber })
  unitPrice: number;

  /** Basis points (2300 = 23%). */
  @Column({ type: 'int', default: 0 })
  taxRate: number;

  /** Basis points of the line's gross. */
  @Column({ type: 'int', default: 0 })
  discount: number;

  /** Where the line came from: a project's fixed fee, billable time entries, or typed by hand. */
  @Column({ type: 'varchar', default: 'AD_HOC' })
  source: LineSource;

  @Column({ type: 'uuid', nullable: true })
  projectId: string | null;

  @Column({ type: 'bigint', default: 0, transformer: bigintNumber })
  gross: number;

  @Column({ type: 'bigint', default: 0, transformer: bigintNumber })
  discountAmount: number;

  @Column({ type: 'bigint', default: 0, transformer: bigintNumber })
  net: number;
}
