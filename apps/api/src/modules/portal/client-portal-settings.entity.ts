import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { DEFAULT_PORTAL_PERMISSIONS, type PortalPermission } from '@clientflow/domain';

/**
 * A client's portal: on or off, which projects it shows, what its contacts may do (narrowed per contact by role,
 * see `effectivePortalPermissions`) and its language. A client without a row has the defaults below.
 */
@Entity('client_portal_settings')
export class ClientPortalSettings {
  @PrimaryColumn('uuid')
  clientId: string;

  @Column('uuid')
  workspaceId: string;

  @Column({ default: true })
  enabled: boolean;

  /** true = every project of the client; false = only `projectIds`. */
  @Column({ default: true })
  allProjects: boolean;

  @Column({ type: 'uuid', array: true, default: () => `'{}'` })
  projectIds: string[];

  @Column({ type: 'text', array: true, default: () => `'{${DEFAULT_PORTAL_PERMISSIONS.join(',')}}'` })
  permissions: PortalPermission[];

  /** en | pt | es | fr; null = the workspace's locale. */
  @Column({ type: 'varchar', nullable: true })
  locale: string | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
