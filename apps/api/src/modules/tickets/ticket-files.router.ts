import express, { type Router } from 'express';
import { forbidden, MAX_TICKET_ATTACHMENTS, unauthenticated } from '@clientflow/domain';
import { APP_HEADER } from '../../auth/cookies';
import { resolveViewer } from '../../auth/viewer';
import { TenantScope } from '../../db/tenant-scope';
import { HttpError } from '../../http/uploads/http-errors';
import { parseMultipart } from '../../http/uploads/multipart';
import type { Deps } from '../../http/uploads/request-scope';
import { route } from '../../http/uploads/uploads-router';

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
      if (req.headers[APP_HEADER] !== 'portal') throw new HttpError('BAD_REQUEST', `This request must carry the header ${APP_HEADER}: portal`);
      const viewer = await resolveViewer(req, 'portal', { dataSource: deps.dataSource, tokens: deps.services.tokens });
      if (viewer.kind !== 'portal') throw unauthenticated();
      // Refused before the body is read: nothing is stored for a contact who cannot open tickets.
      if (!viewer.permissions.includes('OPEN_TICKETS')) throw forbidden('Your portal access does not include support tickets');
      const upload = await parseMultipart(req, { maxFileBytes: deps.maxUploadBytes, maxFiles: MAX_TICKET_ATTACHMENTS, fileFields: ['files', 'file'] });
      const rows = await deps.services.documents.upload(
        new TenantScope(deps.dataSource.manager, viewer.workspaceId, viewer.clientId),
        viewer.clientId,
        upload.files.map((f) => ({ fileName: f.fileName.replace(/%22/g, '"'), bytes: f.bytes })),
        { category: 'OTHER', ticketAttachment: true, uploadedByContactId: viewer.contactId },
      );
      res.status(201).json({
        documents: rows.map((d) => ({ id: d.id, fileName: d.fileName, size: d.size, contentType: d.contentType, downloadUrl: `/files/documents/${d.id}` })),
      });
    }),
  );
  return router;
}
