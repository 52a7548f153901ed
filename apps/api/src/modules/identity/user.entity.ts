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
}
