import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** A workspace's invoicing settings: numbering, defaults, agency details printed on PDFs, reminder schedule. */
@Entity('billing_settings')
export class BillingSettings {
  @PrimaryColumn('uuid')
  workspaceId: string;

  @Column({ default: 'INV-' })
  invoicePrefix: string;

  @Column({ default: 'QUO-' })
  quotePrefix: string;

  @Column({ type: 'smallint', default: 4 })
  numberPadding: number;

  @Column({ type: 'smallint', default: 14 })
  paymentTermsDays: number;

  @Column({ type: 'smallint', default: 30 })
  quoteValidityDays: number;

  /** Basis points applied to new lines. */
  @Column({ type: 'int', default: 0 })
  defaultTaxRate: number;

  /** Days relative to the due date (negative = before) on which a reminder is sent, e.g. {-3,0,7,14}. */
  @Column({ type: 'int', array: true, default: () => `'{-3,0,7,14}'` })
  reminderOffsetsDays: number[];

  @Column({ default: true })
  remindersEnabled: boolean;

  @Column({ type: 'varchar', nullable: true })
  legalName: string | null;

  @Column({ type: 'varchar', nullable: true })
  taxId: string | null;

  @Column({ type: 'text', nullable: true })
  address: string | null;

  @Column({ type: 'varchar', nullable: true })
  email: string | null;

  @Column({ type: 'text', nullable: true })
  paymentInstructions: string | null;

  @Column({ type: 'text', nullable: true })
  defaultNotes: string | null;

  @Column({ type: 'text', nullable: true })
  defaultTerms: string | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
