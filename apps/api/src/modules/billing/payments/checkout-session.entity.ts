import { Column, Entity } from 'typeorm';
import type { CheckoutItem, CheckoutStatus } from '@clientflow/domain';
import { bigintNumber, TenantEntity } from '../../../platform/db/base.entity';

export type PaymentProviderName = 'LOCAL' | 'STRIPE';
export type { CheckoutStatus } from '@clientflow/domain';

/**
 * One "Pay now": which invoices, how much for each (their balances when the contact clicked), and the provider's
 * session. The webhook trusts this row (found through the signed event), not amounts sent by the browser.
 */
@Entity('checkout_session')
export class CheckoutSession extends TenantEntity {
  @Column('uuid')
  clientId: string;

  @Column({ type: 'uuid', nullable: true })
  contactId: string | null;

  @Column({ type: 'varchar' })
  provider: PaymentProviderName;

  @Column({ type: 'varchar', nullable: true })
  providerSessionId: string | null;

  @Column({ type: 'varchar', default: 'OPEN' })
  status: CheckoutStatus;

  @Column({ length: 3 })
  currency: string;

  @Column({ type: 'bigint', transformer: bigintNumber })
  amount: number;

  @Column({ type: 'jsonb' })
  items: CheckoutItem[];

  @Column({ type: 'varchar', nullable: true })
  paymentIntentId: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  completedAt: Date | null;

  /** When the provider said "paid, settles later" (status SETTLING): the items' amounts are held on the invoices. */
  @Column({ type: 'timestamptz', nullable: true })
  settlingSince: Date | null;

  /** When reconciliation last asked the provider about this checkout. */
  @Column({ type: 'timestamptz', nullable: true })
  checkedAt: Date | null;
}
