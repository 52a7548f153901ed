import { Column, Entity, Index } from 'typeorm';
import { TenantEntity } from '../../platform/db/base.entity';

/** The one timer a user has running in a workspace; stopping it turns it into a time entry. */
@Entity('running_timer')
@Index('running_timer_one_per_user', ['workspaceId', 'userId'], { unique: true })
export class RunningTimer extends TenantEntity {
  @Column('uuid')
  userId: string;

  @Column('uuid')
  projectId: string;

  @Column({ type: 'uuid', nullable: true })
  clientId: string | null;

  @Column({ type: 'uuid', nullable: true })
  taskId: string | null;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ type: 'timestamptz' })
  startedAt: Date;
}
