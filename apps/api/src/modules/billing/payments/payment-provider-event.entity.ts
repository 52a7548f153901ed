import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A provider event seen once: the event id is the primary key, inserted in the same transaction that processes
 * the event, so a redelivered or concurrent duplicate finds the row and does nothing. Not tenant data (the
 * webhook is not a session); `workspaceId` is kept for support.
 */
@Entity('payment_provider_event')
export class PaymentProviderEvent {
  @PrimaryColumn('varchar')
  id: string;

  @Column({ type: 'varchar' })
  provider: string;

  @Column({ type: 'varchar' })
  type: string;

  @Column({ type: 'uuid', nullable: true })
  workspaceId: string | null;

  @Column({ type: 'uuid', nullable: true })
  checkoutSessionId: string | null;

  /** PAID (payments recorded), NOTHING_TO_RECORD, IGNORED (type we do not handle), UNKNOWN_CHECKOUT. */
  @Column({ type: 'varchar' })
  outcome: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  receivedAt: Date;
}
