import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../../platform/db/base.entity';

@Entity('app_user')
export class User extends BaseEntity {
  @Column()
  name: string;

  @Index({ unique: true })
  @Column()
  email: string;

  @Column({ select: false })
  passwordHash: string;

  @Column({ type: 'timestamptz', nullable: true })
  lastSignInAt: Date | null;

  /** The language of their account emails (en, pt, es, fr). */
  @Column({ type: 'varchar', length: 5, default: 'en' })
  locale: string;

  /** When they opened the verification link (sign-up), or were created verified (seed, create-owner). */
  @Column({ type: 'timestamptz', nullable: true })
  emailVerifiedAt: Date | null;

  get emailVerified(): boolean {
    return this.emailVerifiedAt != null;
  }
}
