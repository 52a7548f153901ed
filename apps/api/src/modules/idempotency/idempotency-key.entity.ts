import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One use of a client's idempotency key (decision 24): who used it, for which operation and arguments, and the
 * answer to give again. Written in the same transaction as the mutation's effect, so a row exists only for an
 * effect that committed.
 */
@Entity('idempotency_key')
@Index('UQ_idempotency_key_scope', ['workspaceId', 'viewerKind', 'viewerId', 'key'], { unique: true })
@Index('IDX_idempotency_key_created', ['createdAt'])
export class IdempotencyKey {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  workspaceId: string;

  /** USER (staff) or CONTACT (portal). */
  @Column({ type: 'varchar', length: 8 })
  viewerKind: 'USER' | 'CONTACT';

  @Column('uuid')
  viewerId: string;

  @Column({ type: 'varchar', length: 255 })
  key: string;

  @Column({ type: 'varchar', length: 64 })
  operation: string;

  /** sha256 of the operation's arguments in canonical JSON (keys sorted). */
  @Column({ type: 'char', length: 64 })
  requestHash: string;

  /** What the replay answers (the operation's codec decides the shape). */
  @Column({ type: 'jsonb', nullable: true })
  response: unknown;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
