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

  @Column({ default: false })
  memberCanViewFinancials: boolean;

  /** Set by an OWNER: every member must use two-factor authentication (see the two-factor module). */
  @Column({ default: false })
  requireTwoFactor: boolean;
}
