import { Column, DeleteDateColumn, Entity, Index } from 'typeorm';
import type { ClientStatus } from '@clientflow/domain';
import { bigintNumber, TenantEntity } from '../../platform/db/base.entity';

export type ClientSize = 'STARTUP' | 'SMB' | 'ENTERPRISE';
export type TaxIdType = 'CNPJ' | 'CPF' | 'RUT' | 'NIF' | 'VAT' | 'EIN' | 'OTHER';

@Entity('client')
@Index(['workspaceId', 'status'])
@Index(['workspaceId', 'name'])
@Index('client_portal_key', ['workspaceId', 'portalKey'], { unique: true })
export class Client extends TenantEntity {
  /** Display (trade) name. */
  @Column()
  name: string;

  @Column({ type: 'varchar', nullable: true })
  legalName: string | null;

  @Column({ type: 'varchar', nullable: true })
  taxId: string | null;

  @Column({ type: 'varchar', nullable: true })
  taxIdType: TaxIdType | null;

  @Column({ type: 'varchar', nullable: true })
  industry: string | null;

  @Column({ type: 'varchar', nullable: true })
  size: ClientSize | null;

  @Column({ type: 'varchar', nullable: true })
  website: string | null;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  socialLinks: Record<string, string>;

  @Column({ type: 'varchar', nullable: true })
  email: string | null;

  @Column({ type: 'varchar', nullable: true })
  phone: string | null;

  @Column({ type: 'varchar', nullable: true })
  street: string | null;

  @Column({ type: 'varchar', nullable: true })
  city: string | null;

  @Column({ type: 'varchar', nullable: true })
  region: string | null;

  @Column({ type: 'varchar', nullable: true })
  postalCode: string | null;

  @Column({ type: 'varchar', length: 2, nullable: true })
  country: string | null;

  @Column({ type: 'double precision', nullable: true })
  latitude: number | null;

  @Column({ type: 'double precision', nullable: true })
  longitude: number | null;

  @Column({ type: 'varchar', default: 'PROSPECT' })
  status: ClientStatus;

  @Column({ type: 'text', nullable: true })
  statusReason: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  statusChangedAt: Date | null;

  @Column({ type: 'varchar', nullable: true })
  acquisitionSource: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  firstContactAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  accountManagerId: string | null;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  customFields: Record<string, unknown>;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  tags: string[];

  /** Resized logo (PNG/JPG/WebP, or sanitised SVG); served by /files/client-logo/:id. */
  @Column({ type: 'bytea', nullable: true, select: false })
  logo: Buffer | null;

  @Column({ type: 'varchar', nullable: true })
  logoContentType: string | null;

  /** Changes with every logo upload, so logo URLs can be cached forever per version. */
  @Column({ type: 'timestamptz', nullable: true })
  logoUpdatedAt: Date | null;

  /** Projects with status ACTIVE; maintained by the projects module. */
  @Column({ type: 'int', default: 0 })
  activeProjectCount: number;

  /** Sum of project values in minor units; maintained by the projects module. */
  @Column({ type: 'bigint', default: 0, transformer: bigintNumber })
  totalValue: number;

  @Column({ type: 'timestamptz', nullable: true })
  archivedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  lastActivityAt: Date | null;

  /** Folded (lower-case, unaccented) name, legal name, email, tax id and contacts; trigram-indexed. */
  @Column({ type: 'text', default: '', select: false })
  searchText: string;

  @DeleteDateColumn({ type: 'timestamptz', nullable: true })
  deletedAt: Date | null;

  /** The client's portal URL key (`/p/<workspace slug>/<portalKey>`); random, unique per workspace, regenerable. */
  @Column({ type: 'varchar', length: 24, default: () => 'substr(md5(gen_random_uuid()::text), 1, 16)' })
  portalKey: string;
}
