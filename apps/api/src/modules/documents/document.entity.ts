import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import type { DocumentCategory } from '@clientflow/domain';
import { bigintNumber, TenantEntity } from '../../platform/db/base.entity';
import { Client } from '../clients/client.entity';

/** A client file: the bytes live in FileStorage under a random key, the facts here. */
@Entity('document')
@Index('document_client_list', ['workspaceId', 'clientId', 'createdAt', 'id'])
export class Document extends TenantEntity {
  @Column('uuid')
  clientId: string;

  @ManyToOne(() => Client, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'clientId' })
  client: Relation<Client>;

  @Column({ type: 'uuid', nullable: true })
  projectId: string | null;

  /** Set for files of a deliverable (the projects module's approvals). */
  @Column({ type: 'uuid', nullable: true })
  deliverableId: string | null;

  /** The deliverable version the file was uploaded for (files of older versions stay listed). */
  @Column({ type: 'int', nullable: true })
  deliverableVersion: number | null;

  @Column({ type: 'varchar' })
  category: DocumentCategory;

  /** Display name (sanitised); never used as a path. */
  @Column({ type: 'varchar', length: 200 })
  fileName: string;

  @Column({ type: 'bigint', transformer: bigintNumber })
  size: number;

  /** Decided from the bytes at upload, not from the browser. */
  @Column({ type: 'varchar' })
  contentType: string;

  /** sha256, hex. */
  @Column({ type: 'char', length: 64 })
  checksum: string;

  @Column({ type: 'varchar', unique: true })
  storageKey: string;

  @Column({ default: false })
  portalVisible: boolean;

  @Column({ type: 'uuid', nullable: true })
  uploadedByUserId: string | null;

  @Column({ type: 'uuid', nullable: true })
  uploadedByContactId: string | null;

  /** Set when the file is an attachment of a timeline entry. */
  @Column({ type: 'uuid', nullable: true })
  timelineEventId: string | null;

  /** Uploaded to be attached to a ticket message (no DOCUMENT event; the portal reads it only through its thread). */
  @Column({ default: false })
  ticketAttachment: boolean;

  /** The ticket message the file is attached to (null until the message is written). */
  @Column({ type: 'uuid', nullable: true })
  ticketMessageId: string | null;
}
