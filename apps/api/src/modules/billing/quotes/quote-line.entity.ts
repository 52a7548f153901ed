import { Column, Entity, Index } from 'typeorm';
import { BillingLine } from '../billing-line.entity';

@Entity('quote_line')
@Index('quote_line_by_quote', ['quoteId', 'position'])
export class QuoteLine extends BillingLine {
  @Column('uuid')
  quoteId: string;
}
