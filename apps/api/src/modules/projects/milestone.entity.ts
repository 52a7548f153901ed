import { Column, Entity, Index } from 'typeorm';
import { TenantEntity } from '../../platform/db/base.entity';

@Entity('milestone')
@Index('milestone_by_project', ['workspaceId', 'projectId', 'dueDate'])
export class Milestone extends TenantEntity {
  @Column('uuid')
  projectId: string;

  @Column({ type: 'uuid', nullable: true })
  clientId: string | null;

  @Column()
  name: string;

  @Column({ type: 'date', nullable: true })
  dueDate: string | null;

  @Column({ default: false })
  done: boolean;

  @Column({ type: 'timestamptz', nullable: true })
  doneAt: Date | null;
}
