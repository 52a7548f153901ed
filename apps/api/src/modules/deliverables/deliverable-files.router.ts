import express, { type Router } from 'express';
import { parseMultipart } from '../../platform/http/multipart';
import { staffForWrite, type Deps } from '../../platform/http/request-viewer';
import { route } from '../documents/document-files.router';
import { Deliverable } from './deliverable.entity';

/** `POST /files/deliverables/:id/files`: files for the deliverable's current version, same checks as client documents. */
export function deliverableFilesRouter(deps: Deps & { maxUploadBytes: number }): Router {
  const router = express.Router();
  router.post(
    '/deliverables/:id/files',
    route(async (req, res) => {
      const { viewer, scope } = await staffForWrite(req, deps, 'client.edit');
      const id = typeof req.params.id === 'string' ? req.params.id : '';
      // Before reading the body: a deliverable outside the caller's scope is 404 without storing a byte.
      await scope.findById(Deliverable, id, 'Deliverable');
      const upload = await parseMultipart(req, {
        maxFileBytes: deps.maxUploadBytes,
        maxFiles: 20,
        fileFields: ['files', 'file'],
      });
      const rows = await deps.services.deliverables.uploadFiles(scope, id, upload.files, viewer.userId);
      res.status(201).json({
        documents: rows.map((d) => ({
          id: d.id,
          fileName: d.fileName,
          size: d.size,
          contentType: d.contentType,
          category: d.category,
          version: d.deliverableVersion,
          createdAt: d.createdAt,
          downloadUrl: `/files/documents/${d.id}`,
        })),
      });
    }),
  );
  return router;
}
