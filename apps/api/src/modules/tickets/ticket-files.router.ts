import express, { type Router } from 'express';
import { forbidden, MAX_TICKET_ATTACHMENTS } from '@clientflow/domain';
import { parseMultipart } from '../../platform/http/multipart';
import { portalForWrite, type Deps } from '../../platform/http/request-viewer';
import { route } from '../documents/document-files.router';

/**
 * `POST /files/portal/ticket-attachments`: a contact with OPEN_TICKETS uploads files to attach to a ticket message
 * (then passes their ids as `attachmentIds`). Same parser, limits and type checks as every upload; the files are not
 * shared in the portal's documents, only through the thread they end up in. Staff attach with
 * `POST /files/clients/:id/documents` and the field `ticketAttachment=true`.
 */
export function ticketFilesRouter(deps: Deps & { maxUploadBytes: number }): Router {
  const router = express.Router();
  router.post(
    '/portal/ticket-attachments',
    route(async (req, res) => {
      const { viewer, scope } = await portalForWrite(req, deps);
      // Refused before the body is read: nothing is stored for a contact who cannot open tickets.
      if (!viewer.permissions.includes('OPEN_TICKETS'))
        throw forbidden('Your portal access does not include support tickets');
      const upload = await parseMultipart(req, {
        maxFileBytes: deps.maxUploadBytes,
        maxFiles: MAX_TICKET_ATTACHMENTS,
        fileFields: ['files', 'file'],
      });
      const rows = await deps.services.documents.upload(scope, viewer.clientId, upload.files, {
        category: 'OTHER',
        ticketAttachment: true,
        uploadedByContactId: viewer.contactId,
      });
      res.status(201).json({
        documents: rows.map((d) => ({
          id: d.id,
          fileName: d.fileName,
          size: d.size,
          contentType: d.contentType,
          downloadUrl: `/files/documents/${d.id}`,
        })),
      });
    }),
  );
  return router;
}
