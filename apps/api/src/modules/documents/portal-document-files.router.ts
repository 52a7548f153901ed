import express, { type Router } from 'express';
import { parseMultipart } from '../../platform/http/multipart';
import { portalForWrite, type Deps } from '../../platform/http/request-viewer';
import { portalAccessFor } from '../portal/portal-access';
import { route } from './document-files.router';

/**
 * `POST /files/portal/documents`: a contact with UPLOAD_FILES shares files with the agency. Same parser, limits
 * and type checks as the admin's uploads (DocumentService.upload); the portal header is required (CSRF, as for admin writes).
 */
export function portalDocumentFilesRouter(deps: Deps & { maxUploadBytes: number }): Router {
  const router = express.Router();
  router.post(
    '/portal/documents',
    route(async (req, res) => {
      const { viewer, scope } = await portalForWrite(req, deps);
      const { portalDocuments } = deps.services;
      const access = await portalAccessFor(scope, viewer);
      // Refused before the body is read: nothing is stored for a contact without UPLOAD_FILES.
      portalDocuments.assertCanUpload(access);
      const upload = await parseMultipart(req, {
        maxFileBytes: deps.maxUploadBytes,
        maxFiles: 10,
        fileFields: ['files', 'file'],
      });
      const rows = await portalDocuments.upload(access, upload.files, upload.fields.category || undefined);
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
