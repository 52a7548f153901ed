import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { AuditAction } from '@clientflow/domain';

/**
 * One line of a workspace's audit log. Append-only: a trigger (migration AuditLog) refuses UPDATE and DELETE
 * unless the retention purge or a workspace deletion opens the session flag `clientflow.audit_purge`.
 */
@Entity('audit_event')
@Index('audit_event_recent', ['workspaceId', 'createdAt', 'id'])
export class AuditEvent {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  workspaceId: string;

  // Millisecond precision: the keyset cursor carries a JS Date.
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Column({ type: 'varchar', length: 64 })
  action: AuditAction;

  /** The staff user who acted; null for a visitor (failed sign-in of an unknown session) or the system. */
  @Column({ type: 'uuid', nullable: true })
  actorUserId: string | null;

  /** Who acted, as it read at the time (an email, "System"), kept when the user is gone. */
  @Column({ type: 'varchar', length: 320 })
  actorLabel: string;

  @Column({ type: 'varchar', length: 64 })
  ip: string;

  @Column({ type: 'varchar', length: 500, default: '' })
  userAgent: string;

  @Column({ type: 'varchar', length: 32, nullable: true })
  targetType: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  targetId: string | null;

  @Column({ type: 'varchar', length: 320, nullable: true })
  targetLabel: string | null;

  /** What changed: `{ field: { from, to } }` or details of the action. Never secrets. */
  @Column({ type: 'jsonb', default: () => `'{}'::jsonb` })
  changes: Record<string, unknown>;
}
