import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type OutboundEmailStatus = 'PENDING' | 'SENT' | 'FAILED';

/** A file sent with the message, read from FileStorage at delivery time. */
export interface EmailAttachment {
  filename: string;
  contentType: string;
  storageKey: string;
}

/** The outbox: every message is written here in the business transaction, then sent by the mailer. */
@Entity('outbound_email')
@Index(['status', 'nextAttemptAt'])
export class OutboundEmail {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', nullable: true })
  workspaceId: string | null;

  @Column({ type: 'uuid', nullable: true })
  clientId: string | null;

  @Column()
  kind: string;

  @Column()
  to: string;

  @Column()
  subject: string;

  @Column('text')
  text: string;

  @Column({ type: 'text', nullable: true })
  html: string | null;

  @Column({ type: 'jsonb', default: () => `'[]'` })
  attachments: EmailAttachment[];

  @Column({ type: 'varchar', default: 'PENDING' })
  status: OutboundEmailStatus;

  @Column({ default: 0 })
  attempts: number;

  @Column({ type: 'text', nullable: true })
  lastError: string | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  nextAttemptAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
