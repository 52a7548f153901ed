import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A slug the workspace used before: old portal URLs still resolve to it, and no other workspace may take it. */
@Entity('workspace_slug_history')
export class WorkspaceSlugHistory {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('IDX_workspace_slug_history_workspace')
  @Column('uuid')
  workspaceId: string;

  @Index('UQ_workspace_slug_history_slug', { unique: true })
  @Column({ type: 'varchar', length: 48 })
  slug: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  changedAt: Date;
}
