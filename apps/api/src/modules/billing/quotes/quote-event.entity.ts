import { Column, Entity, Index } from 'typeorm';
import { TenantEntity } from '../../../platform/db/base.entity';

export type QuoteEventAction = 'SENT' | 'ACCEPTED' | 'REJECTED' | 'EXPIRED' | 'CONVERTED' | 'REOPENED';

/** The history of a quote's decisions: who (staff or client contact), what, when and why. Append-only. */
@Entity('quote_event')
@Index('quote_event_by_quote', ['quoteId', 'createdAt'])
export class QuoteEvent extends TenantEntity {
  @Column('uuid')
  quoteId: string;

  @Column('uuid')
  clientId: string;

  @Column({ type: 'varchar' })
  action: QuoteEventAction;

  @Column({ type: 'uuid', nullable: true })
  userId: string | null;

  @Column({ type: 'uuid', nullable: true })
  contactId: string | null;

  @Column({ type: 'text', nullable: true })
  note: string | null;
}
