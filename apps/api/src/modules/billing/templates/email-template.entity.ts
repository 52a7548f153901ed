import { Column, Entity, Index } from 'typeorm';
import type { EmailTemplateKind } from '@clientflow/domain';
import { TenantEntity } from '../../../platform/db/base.entity';

/**
 * An email template: the workspace's default for a kind (clientId null) or a client's override.
 * When sending, the client's template wins over the workspace's, which wins over the built-in default.
 */
@Entity('email_template')
@Index('email_template_one_per_kind', ['workspaceId', 'clientId', 'kind'], { unique: true })
export class EmailTemplate extends TenantEntity {
  @Column({ type: 'uuid', nullable: true })
  clientId: string | null;

  @Column({ type: 'varchar' })
  kind: EmailTemplateKind;

  @Column()
  subject: string;

  @Column('text')
  body: string;
}
