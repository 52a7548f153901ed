import { Column, Entity } from 'typeorm';
import { TenantEntity } from '../../platform/db/base.entity';

export const VIEW_MODES = ['TABLE', 'CARDS', 'PIPELINE', 'MAP'] as const;
export type ViewMode = (typeof VIEW_MODES)[number];

/** A user's named client-list setup; private to that user in that workspace. */
@Entity('saved_view')
export class SavedView extends TenantEntity {
  @Column('uuid')
  userId: string;

  @Column()
  name: string;

  /** The ClientFilter input as given (validated on the way in). */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  filters: Record<string, unknown>;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  sort: Record<string, unknown>;

  @Column({ type: 'varchar', default: 'TABLE' })
  viewMode: ViewMode;
}
