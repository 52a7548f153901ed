import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../../platform/db/base.entity';

@Entity('workspace')
export class Workspace extends BaseEntity {
  @Column()
  name: string;

  @Index({ unique: true })
  @Column()
  slug: string;

  @Column({ length: 3, default: 'USD' })
  currency: string;

  @Column({ default: 'en' })
  locale: string;

  @Column({ default: 'UTC' })
  timezone: string;

  @Column({ default: '#4c6ef5' })
  primaryColor: string;

  @Column({ type: 'varchar', nullable: true })
  accentColor: string | null;

  /** Sanitised logo bytes; served by GET /files/workspace-logo/:id. */
  @Column({ type: 'bytea', nullable: true, select: false })
  logo: Buffer | null;

  @Column({ type: 'varchar', nullable: true })
  logoContentType: string | null;

  /** When the logo last changed: its URL carries this as a version so caches refresh. */
  @Column({ type: 'timestamptz', nullable: true })
  logoUpdatedAt: Date | null;

  @Column({ default: false })
  memberCanViewFinancials: boolean;

  /** Set when the OWNER deletes the workspace: nobody can reach it any more; a job then removes its data. */
  @Column({ type: 'timestamptz', nullable: true })
  deletionRequestedAt: Date | null;

  /** Set by an OWNER: every member must use two-factor authentication (see the two-factor module). */
  @Column({ default: false })
  requireTwoFactor: boolean;
}
