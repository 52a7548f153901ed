import { Column, Entity, Index } from 'typeorm';
import type { CustomFieldType } from '@clientflow/domain';
import { TenantEntity } from '../../platform/db/base.entity';

/** A workspace-level client field; values live in `client.customFields[key]`. */
@Entity('custom_field_definition')
@Index('UQ_custom_field_definition_key', ['workspaceId', 'key'], { unique: true })
@Index('IDX_custom_field_definition_position', ['workspaceId', 'position'])
export class CustomFieldDefinition extends TenantEntity {
  /** Generated from the first label; never changes, so stored values keep their meaning. */
  @Column()
  key: string;

  @Column()
  label: string;

  @Column({ type: 'varchar' })
  type: CustomFieldType;

  /** SELECT choices, in display order; empty for other types. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  options: string[];

  @Column({ type: 'varchar', nullable: true })
  helpText: string | null;

  @Column({ type: 'int', default: 0 })
  position: number;

  /** Archived definitions leave forms and profiles; stored values are kept. */
  @Column({ type: 'timestamptz', nullable: true })
  archivedAt: Date | null;
}
