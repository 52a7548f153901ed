import { canPortalReadDocument, forbidden, isProjectVisibleInPortal, notFound } from '@clientflow/domain';
import type { Readable } from 'node:stream';
import type { TenantScope } from '../../platform/db/tenant-scope';
import { hasPortalPermission, PORTAL_LIST_LIMIT, portalQuery, type PortalAccess } from '../portal/portal-access';
import { Document } from './document.entity';
import type { DocumentService, IncomingFile } from './document.service';

/** What the documents need of ticket messages (TicketService): a ticket attachment follows its message's visibility. */
export interface TicketMessageVisibility {
  isPublicMessage(scope: TenantScope, id: string): Promise<boolean | null>;
}

/**
 * The client's side of documents: list, download, upload. The portal scope already limits rows to the client; on
 * top come client-visible flags, the project selection and the contact's narrowed permissions. Anything outside
 * answers NOT_FOUND, exactly like another client's ids.
 */
export class PortalDocumentService {
  constructor(
    private readonly documents: DocumentService,
    private readonly ticketMessages: TicketMessageVisibility,
  ) {}

  /** Client-visible documents outside hidden projects (the portal rule for documents), newest first. */
  list(a: PortalAccess): Promise<Document[]> {
    return portalQuery(a, Document, 'd', 'document')
      .orderBy('d."createdAt"', 'DESC')
      .addOrderBy('d.id', 'DESC')
      .limit(PORTAL_LIST_LIMIT)
      .getMany();
  }

  /** For GET /files/documents/:id with a portal cookie: NOT_FOUND unless the portal may show this file. */
  async open(a: PortalAccess, id: string): Promise<{ document: Document; stream: Readable }> {
    const document = await a.scope.findById(Document, id, 'Document');
    const visible = isProjectVisibleInPortal(a.settings, document.projectId);
    const messagePublic = document.ticketMessageId
      ? await this.ticketMessages.isPublicMessage(a.scope, document.ticketMessageId)
      : null;
    if (!canPortalReadDocument(document, a.viewer.permissions, visible, messagePublic)) throw notFound('Document');
    return this.documents.open(a.scope, id);
  }

  /** Uploads by the contact (UPLOAD_FILES): the admin's checks and storage, shared with the agency at once. */
  assertCanUpload(a: PortalAccess): void {
    if (!hasPortalPermission(a, 'UPLOAD_FILES')) throw forbidden('Your portal access does not include uploading files');
  }

  upload(a: PortalAccess, files: IncomingFile[], category: string | undefined): Promise<Document[]> {
    this.assertCanUpload(a);
    return this.documents.upload(a.scope, a.viewer.clientId, files, {
      category,
      uploadedByContactId: a.viewer.contactId,
    });
  }
}
