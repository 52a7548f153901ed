import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  OneToOne,
  PrimaryColumn,
  UpdateDateColumn,
  type Relation,
} from 'typeorm';
import { bigintNumber } from '../../platform/db/base.entity';
import { User } from '../identity/user.entity';

/**
 * A user's TOTP secret. Pending (set up, not yet confirmed by a code) while `enabledAt` is null; a user without a
 * row, or with a pending one, signs in with the password alone.
 */
@Entity('user_two_factor')
export class UserTwoFactor {
  @PrimaryColumn('uuid')
  userId: string;

  @OneToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'userId' })
  user: Relation<User>;

  /** The base32 secret sealed with AES-256-GCM (see secret-box.ts); never leaves the server after setup. */
  @Column({ type: 'varchar', length: 200 })
  secret: string;

  @Column({ type: 'timestamptz', nullable: true })
  enabledAt: Date | null;

  /** The newest TOTP time step accepted (30 s counter); a code of this step or an older one is refused. */
  @Column({ type: 'bigint', nullable: true, transformer: bigintNumber })
  lastUsedStep: number | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
