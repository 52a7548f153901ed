import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One reminder sent for one invoice at one offset; the unique key makes "sent once each" hold across workers. */
@Entity('invoice_reminder')
@Index('invoice_reminder_once', ['invoiceId', 'offsetDays'], { unique: true })
export class InvoiceReminder {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  workspaceId: string;

  @Column('uuid')
  invoiceId: string;

  @Column({ type: 'int' })
  offsetDays: number;

  @Column({ type: 'uuid', nullable: true })
  emailId: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  sentAt: Date;
}
