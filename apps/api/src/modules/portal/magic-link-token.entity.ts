import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type PortalTokenKind = 'SIGN_IN' | 'INVITE';

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

  /** SIGN_IN (15 minutes, from the sign-in page) or INVITE (days, sent by the agency). */
  @Column({ type: 'varchar', length: 16, default: 'SIGN_IN' })
  kind: PortalTokenKind;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  usedAt: Date | null;

  @Column({ type: 'varchar', nullable: true })
  requestedIp: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
