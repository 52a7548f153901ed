import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type AccountTokenKind = 'VERIFY_EMAIL' | 'PASSWORD_RESET';

/** An emailed account link: only the sha256 of its 32 random bytes is stored; `usedAt` makes it single use. */
@Entity('account_token')
@Index('account_token_user', ['userId', 'kind'])
export class AccountToken {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  userId: string;

  @Column({ type: 'varchar', length: 16 })
  kind: AccountTokenKind;

  @Index('account_token_hash', { unique: true })
  @Column({ length: 64 })
  tokenHash: string;

  /** The address the link was sent to (a verification link proves this address, not a later one). */
  @Column()
  email: string;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  usedAt: Date | null;

  @Column({ length: 64 })
  requestedIp: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
