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
}
