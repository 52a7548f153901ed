import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import type { Role } from '@clientflow/domain';
import { bigintNumber, TenantEntity } from '../../platform/db/base.entity';
import { User } from './user.entity';
import { Workspace } from './workspace.entity';

@Entity('membership')
@Index(['userId', 'workspaceId'], { unique: true })
export class Membership extends TenantEntity {
  @Column('uuid')
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'userId' })
  user: Relation<User>;

  @ManyToOne(() => Workspace, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'workspaceId' })
  workspace: Relation<Workspace>;

  @Column({ type: 'varchar' })
  role: Role;

  /** Minor units per hour this member costs the agency (default for their time entries); financial data. */
  @Column({ type: 'bigint', default: 0, transformer: bigintNumber })
  costRate: number;
}
