import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { User } from '../user.entity';

/**
 * One signed-in browser of a staff user. The session cookie's JWT carries this row's id (`sid`); the viewer
 * re-read on every request checks the row in the same statement, so revoking it ends the session at once.
 */
@Entity('user_session')
@Index('user_session_live', ['userId', 'revokedAt'])
export class UserSession {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'userId' })
  user: Relation<User>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  /** Bumped by the viewer re-read at most once a minute. */
  @Column({ type: 'timestamptz', default: () => 'now()' })
  lastSeenAt: Date;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'varchar', length: 64 })
  ip: string;

  @Column({ type: 'varchar', length: 500, default: '' })
  userAgent: string;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  /** SIGN_OUT, SIGN_OUT_ALL, REVOKED, PASSWORD_CHANGED, PASSWORD_RESET, REMOVED. */
  @Column({ type: 'varchar', length: 32, nullable: true })
  revokedReason: string | null;
}
