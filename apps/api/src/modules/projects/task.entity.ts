import { Column, Entity, Index } from 'typeorm';
import type { TaskStatus } from '@clientflow/domain';
import { TenantEntity } from '../../platform/db/base.entity';

@Entity('task')
@Index('task_by_project', ['workspaceId', 'projectId', 'position'])
export class Task extends TenantEntity {
  @Column('uuid')
  projectId: string;

  /** The project's client, kept in step when the project is linked/unlinked (portal and member scoping read it). */
  @Column({ type: 'uuid', nullable: true })
  clientId: string | null;

  @Column()
  title: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ type: 'varchar', default: 'TODO' })
  status: TaskStatus;

  @Column({ type: 'uuid', nullable: true })
  assigneeId: string | null;

  @Column({ type: 'date', nullable: true })
  dueDate: string | null;

  @Column({ default: false })
  clientVisible: boolean;

  @Column({ type: 'int', default: 0 })
  position: number;

  @Column({ type: 'timestamptz', nullable: true })
  completedAt: Date | null;
}
