import { Column, Entity, Index } from 'typeorm';
import { bigintNumber, TenantEntity } from '../../../platform/db/base.entity';

/** Why money received could not go onto an invoice. */
export type UnappliedReason = 'INVOICE_VOID' | 'NOT_OWED';
export type UnappliedStatus = 'REFUND_DUE';

/**
 * Money the provider collected that no invoice could take: an invoice voided while its payment was on its way
 * (INVOICE_VOID), or paid by other means / overpaid meanwhile (NOT_OWED). It stays on the client, flagged for a
 * refund at the provider; the invoices are left as they are (a void invoice never becomes PAID).
 * `providerPaymentId` (`<payment intent>:unapplied`) is unique, so the webhook and reconciliation record it once.
 */
@Entity('unapplied_payment')
@Index('unapplied_payment_by_client', ['workspaceId', 'clientId', 'createdAt'])
export class UnappliedPayment extends TenantEntity {
  @Column('uuid')
  clientId: string;

  @Column({ type: 'uuid', nullable: true })
  checkoutSessionId: string | null;

  @Column({ type: 'uuid', array: true, default: () => `'{}'` })
  invoiceIds: string[];

  @Column({ type: 'bigint', transformer: bigintNumber })
  amount: number;

  @Column({ length: 3 })
  currency: string;

  @Column({ type: 'varchar' })
  reason: UnappliedReason;

  @Column({ type: 'varchar', default: 'REFUND_DUE' })
  status: UnappliedStatus;

  @Column({ type: 'varchar' })
  providerPaymentId: string;

  @Column({ type: 'varchar', nullable: true })
  providerEventId: string | null;
}
