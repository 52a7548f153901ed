import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

@Entity('magic_link_token')
export class MagicLinkToken {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column('uuid')
  workspaceId: string;

  @Index()
  @Column('uuid')
  contactId: string;

  /** sha256 of the 32-byte token; the token itself is only ever in the email. */
  @Index({ unique: true })
  @Column({ length: 64 })
  tokenHash: string;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  usedAt: Date | null;

  @Column({ type: 'varchar', nullable: true })
  requestedIp: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
