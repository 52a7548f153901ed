import { Column, Entity, Index } from 'typeorm';
import type { CommentTarget } from '@clientflow/domain';
import { TenantEntity } from '../../platform/db/base.entity';

/** A comment on a task or a deliverable; internal ones never reach the portal. Author: a staff user or a contact. */
@Entity('comment')
@Index('comment_by_task', ['workspaceId', 'taskId', 'createdAt'])
@Index('comment_by_deliverable', ['workspaceId', 'deliverableId', 'createdAt'])
export class Comment extends TenantEntity {
  @Column({ type: 'varchar' })
  targetType: CommentTarget;

  @Column({ type: 'uuid', nullable: true })
  taskId: string | null;

  @Column({ type: 'uuid', nullable: true })
  deliverableId: string | null;

  @Column('uuid')
  projectId: string;

  @Column({ type: 'uuid', nullable: true })
  clientId: string | null;

  @Column({ type: 'text' })
  body: string;

  @Column({ default: true })
  internal: boolean;

  @Column({ type: 'uuid', nullable: true })
  authorUserId: string | null;

  @Column({ type: 'uuid', nullable: true })
  authorContactId: string | null;
}
