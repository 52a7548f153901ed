import { Column, Entity, Index } from 'typeorm';
import { TenantEntity } from '../../platform/db/base.entity';

/**
 * An NPS question put to a client (by staff, or automatically when one of its projects is completed); answered
 * once, by one of the client's contacts in the portal. The answer lives on the same row.
 */
@Entity('feedback_request')
@Index('feedback_by_client', ['workspaceId', 'clientId', 'requestedAt'])
export class FeedbackRequest extends TenantEntity {
  @Column('uuid')
  clientId: string;

  @Column({ type: 'uuid', nullable: true })
  projectId: string | null;

  /** null = requested automatically (project completed). */
  @Column({ type: 'uuid', nullable: true })
  requestedByUserId: string | null;

  @Column({ type: 'timestamptz' })
  requestedAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  answeredAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  answeredByContactId: string | null;

  @Column({ type: 'smallint', nullable: true })
  score: number | null;

  @Column({ type: 'text', nullable: true })
  comment: string | null;
}
