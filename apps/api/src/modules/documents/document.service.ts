import { createHash, randomBytes } from 'node:crypto';
import type { Readable } from 'node:stream';
import {
  assertValidFileName,
  badInput,
  checkUpload,
  isDocumentCategory,
  safeFileName,
  sanitizeSvg,
  type DocumentCategory,
} from '@clientflow/domain';
import type { EntityManager } from 'typeorm';
import type { TenantScope } from '../../platform/db/tenant-scope';
import { putOrFail, type FileStorage } from '../../platform/storage/file-storage';
import { logger } from '../../platform/logger/logger';
import { Client } from '../clients/client.entity';
import type { TimelineService } from '../timeline/timeline.service';
import { Document } from './document.entity';

export interface IncomingFile {
  /** The name the browser sent; only ever used for display after `safeFileName`. */
  fileName: string;
  bytes: Buffer;
}

export interface UploadOptions {
  category: string | undefined;
  /** Files for a timeline entry about to be created: no DOCUMENT event of their own. */
  timelineAttachment?: boolean;
  /** Files for a ticket message about to be written: no DOCUMENT event, not in the portal's documents (only in the thread). */
  ticketAttachment?: boolean;
  /** Exactly one of the two: a staff user, or a portal contact (whose uploads are client-visible). */
  uploadedByUserId?: string | null;
  uploadedByContactId?: string | null;
  /** Files of a deliverable version: linked to it and its project; the DOCUMENT event carries the project. */
  deliverable?: { id: string; projectId: string; version: number };
}

interface PreparedFile {
  fileName: string;
  bytes: Buffer;
  contentType: string;
  checksum: string;
  storageKey: string;
}

const MAX_LIST = 500;

export class DocumentService {
  constructor(
    private readonly storage: FileStorage,
    private readonly timeline: TimelineService,
  ) {}

  /** Checks every file first, stores them, then writes all rows in one transaction (files removed again on failure). */
  async upload(
    scope: TenantScope,
    clientId: string,
    files: IncomingFile[],
    options: UploadOptions,
  ): Promise<Document[]> {
    const category = options.category ?? 'OTHER';
    if (!isDocumentCategory(category))
      throw badInput('category', 'category must be one of CONTRACT, PROPOSAL, INVOICE, BRANDING, RESOURCE, OTHER');
    await scope.findById(Client, clientId, 'Client');
    if (!files.length) throw badInput('files', 'Choose at least one file to upload');
    const prepared = files.map((f) => this.prepare(scope, f));
    const stored: string[] = [];
    try {
      for (const f of prepared) {
        // Pushed first: a write that failed half-way may leave bytes behind too, and they go as well.
        stored.push(f.storageKey);
        await putOrFail(this.storage, 'files', f.storageKey, f.bytes, { contentType: f.contentType });
      }
      return await scope.transaction(async (tx) => {
        await tx.findById(Client, clientId, 'Client');
        let timelineEventId: string | null = null;
        if (!options.timelineAttachment && !options.ticketAttachment) {
          const event = await this.timeline.record(tx, {
            clientId,
            type: 'DOCUMENT',
            summary:
              prepared.length === 1 ? `Uploaded ${prepared[0].fileName}` : `Uploaded ${prepared.length} documents`,
            authorUserId: options.uploadedByUserId ?? null,
            authorContactId: options.uploadedByContactId ?? null,
            portalVisible: !!options.uploadedByContactId,
            projectId: options.deliverable?.projectId ?? null,
            metadata: { source: 'documents', category },
          });
          timelineEventId = event.id;
        }
        const rows: Document[] = [];
        for (const f of prepared) {
          rows.push(
            await tx.insert(Document, {
              clientId,
              category: category as DocumentCategory,
              fileName: f.fileName,
              size: f.bytes.length,
              contentType: f.contentType,
              checksum: f.checksum,
              storageKey: f.storageKey,
              uploadedByUserId: options.uploadedByUserId ?? null,
              uploadedByContactId: options.uploadedByContactId ?? null,
              portalVisible: !!options.uploadedByContactId && !options.ticketAttachment,
              ticketAttachment: !!options.ticketAttachment,
              timelineEventId,
              projectId: options.deliverable?.projectId ?? null,
              deliverableId: options.deliverable?.id ?? null,
              deliverableVersion: options.deliverable?.version ?? null,
            }),
          );
        }
        return rows;
      });
    } catch (err) {
      await Promise.all(stored.map((key) => this.removeQuietly(key)));
      throw err;
    }
  }

  private prepare(scope: TenantScope, file: IncomingFile): PreparedFile {
    const fileName = safeFileName(file.fileName);
    const check = checkUpload(fileName, file.bytes);
    if (!check.ok) throw badInput('files', check.reason);
    let bytes = file.bytes;
    if (check.type.kind === 'svg') {
      const clean = sanitizeSvg(bytes.toString('utf8'));
      if (!clean) throw badInput('files', `"${fileName}" is not a well-formed SVG image`);
      bytes = Buffer.from(clean, 'utf8');
    }
    return {
      fileName,
      bytes,
      contentType: check.type.contentType,
      checksum: createHash('sha256').update(bytes).digest('hex'),
      storageKey: `documents/${scope.workspaceId}/${randomBytes(18).toString('base64url')}`,
    };
  }

  async list(scope: TenantScope, clientId: string, category: DocumentCategory | null): Promise<Document[]> {
    await scope.findById(Client, clientId, 'Client');
    const qb = scope.query(Document, 'd').andWhere('d."clientId" = :clientId', { clientId });
    if (category) qb.andWhere('d.category = :category', { category });
    return qb.orderBy('d."createdAt"', 'DESC').addOrderBy('d.id', 'DESC').limit(MAX_LIST).getMany();
  }

  async rename(scope: TenantScope, id: string, name: string): Promise<Document> {
    const fileName = assertValidFileName(name, 'name');
    await scope.update(Document, id, { fileName }, 'Document');
    return scope.findById(Document, id, 'Document');
  }

  async setCategory(scope: TenantScope, id: string, category: DocumentCategory): Promise<Document> {
    await scope.update(Document, id, { category }, 'Document');
    return scope.findById(Document, id, 'Document');
  }

  /** Deletes the row, then (after commit) the bytes: a failed commit never loses a file that is still listed. */
  async delete(scope: TenantScope, id: string): Promise<void> {
    const doc = await scope.transaction(async (tx) => {
      const row = await tx.findById(Document, id, 'Document');
      await tx.manager.delete(Document, { id: row.id, workspaceId: tx.workspaceId });
      return row;
    });
    await this.removeQuietly(doc.storageKey);
  }

  /**
   * Files uploaded for a ticket message that never got attached (the message was abandoned or refused) are deleted
   * once older than `before`, rows first (only while still unattached: an attach racing this sweep wins or loses
   * cleanly on the row), then their bytes. Answers how many were removed; safe to run again.
   */
  async sweepUnattachedTicketFiles(manager: EntityManager, before: Date, batch = 500): Promise<number> {
    let removed = 0;
    for (;;) {
      const rows: { storageKey: string }[] = (
        await manager.query(
          `DELETE FROM document WHERE id IN (
             SELECT id FROM document WHERE "ticketAttachment" AND "ticketMessageId" IS NULL AND "createdAt" < $1 LIMIT $2 FOR UPDATE SKIP LOCKED
           ) AND "ticketMessageId" IS NULL RETURNING "storageKey"`,
          [before, batch],
        )
      )[0];
      await Promise.all(rows.map((r) => this.removeQuietly(r.storageKey)));
      removed += rows.length;
      if (rows.length < batch) return removed;
    }
  }

  async open(scope: TenantScope, id: string): Promise<{ document: Document; stream: Readable }> {
    const document = await scope.findById(Document, id, 'Document');
    return { document, stream: await this.storage.get(document.storageKey) };
  }

  private async removeQuietly(key: string): Promise<void> {
    try {
      await this.storage.delete(key);
    } catch (err) {
      logger.error({ err, key }, 'could not delete a stored file');
    }
  }
}
