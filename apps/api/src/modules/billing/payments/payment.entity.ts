import { Column, Entity, Index } from 'typeorm';
import type { PaymentMethod } from '@clientflow/domain';
import { bigintNumber, TenantEntity } from '../../../platform/db/base.entity';

/** Money received against one invoice. Manual payments and Stripe payments go through the same service. */
@Entity('payment')
@Index('payment_by_invoice', ['invoiceId', 'receivedAt'])
@Index('payment_by_client', ['workspaceId', 'clientId', 'receivedAt'])
export class Payment extends TenantEntity {
  @Column('uuid')
  invoiceId: string;

  @Column('uuid')
  clientId: string;

  /** Minor units of the invoice's currency, > 0. */
  @Column({ type: 'bigint', transformer: bigintNumber })
  amount: number;

  @Column({ length: 3 })
  currency: string;

  @Column({ type: 'varchar' })
  method: PaymentMethod;

  /** The day the money arrived (ISO date, workspace timezone). */
  @Column({ type: 'date' })
  receivedAt: string;

  @Column({ type: 'varchar', nullable: true })
  reference: string | null;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  /** Provider ids (e.g. a Stripe payment intent); unique when present, so a provider payment is recorded once. */
  @Column({ type: 'varchar', nullable: true })
  providerPaymentId: string | null;

  @Column({ type: 'varchar', nullable: true })
  providerEventId: string | null;

  @Column({ type: 'uuid', nullable: true })
  recordedByUserId: string | null;
}
