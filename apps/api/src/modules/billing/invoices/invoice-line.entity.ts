import { Column, Entity, Index } from 'typeorm';
import { BillingLine } from '../billing-line.entity';

/** A line of an invoice. Time entries billed on it point back through `time_entry.invoiceLineId`. */
@Entity('invoice_line')
@Index('invoice_line_by_invoice', ['invoiceId', 'position'])
export class InvoiceLine extends BillingLine {
  @Column('uuid')
  invoiceId: string;
}
