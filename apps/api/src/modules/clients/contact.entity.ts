import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { TenantEntity } from '../../platform/db/base.entity';
import { Client } from './client.entity';

export type ContactRole = 'DECISION_MAKER' | 'TECHNICAL' | 'BILLING' | 'MARKETING' | 'LEGAL' | 'OBSERVER' | 'OTHER';

@Entity('contact')
@Index(['workspaceId', 'clientId'])
@Index(['email'])
// Exactly one primary contact per client.
@Index('contact_one_primary_per_client', ['clientId'], { unique: true, where: '"isPrimary"' })
export class Contact extends TenantEntity {
  @Column('uuid')
  clientId: string;

  @ManyToOne(() => Client, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'clientId' })
  client: Relation<Client>;

  @Column()
  name: string;

  @Column({ type: 'varchar', nullable: true })
  jobTitle: string | null;

  @Column({ type: 'varchar', nullable: true })
  email: string | null;

  @Column({ type: 'varchar', nullable: true })
  phone: string | null;

  @Column({ type: 'varchar', nullable: true })
  mobile: string | null;

  @Column({ type: 'varchar', default: 'OTHER' })
  role: ContactRole;

  @Column({ default: false })
  isPrimary: boolean;

  @Column({ type: 'text', nullable: true })
  notes: string | null;

  @Column({ default: false })
  portalAccess: boolean;

  /** When the contact was last sent a portal invitation. */
  @Column({ type: 'timestamptz', nullable: true })
  portalInvitedAt: Date | null;
}
