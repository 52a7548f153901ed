import express, { type Request, type Response, type Router } from 'express';
import { contentDisposition, isInlineSafe, notFound } from '@clientflow/domain';
import { isUuid } from '../../platform/db/tenant-scope';
import { Client } from '../clients/client.entity';
import { LOGO_MAX_BYTES } from './client-logo.service';
import { FileNotFoundError } from '../../platform/storage/file-storage';
import { sendError } from '../../platform/http/http-errors';
import { parseMultipart } from '../../platform/http/multipart';
import { readerFor, staffForWrite, type Deps } from '../../platform/http/request-viewer';
import { portalAccessFor } from '../portal/portal-access';

const FILE_CSP = "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; frame-ancestors 'self'";
const LOGO_CSP = "default-src 'none'; style-src 'unsafe-inline'";

type Handler = (req: Request, res: Response) => Promise<void>;
export const route = (handler: Handler) => (req: Request, res: Response) =>
  void handler(req, res).catch((err) => {
    // Refused before the body was read (no session, client out of scope): answer, drain and close.
    if (!req.complete) {
      res.set('Connection', 'close');
      req.resume();
    }
    sendError(res, err);
  });

const param = (req: Request, name: string): string => {
  const value = req.params[name];
  return typeof value === 'string' ? value : '';
};

/**
 * Client documents and logos over REST (GraphQL cannot stream bytes): uploads need the admin header, a staff
 * session with client.edit and a client inside the caller's TenantScope; downloads follow the same scope.
 */
export function documentFilesRouter(deps: Deps & { maxUploadBytes: number }): Router {
  const router = express.Router();
  const { documents, clientLogos } = deps.services;

  router.post(
    '/clients/:clientId/documents',
    route(async (req, res) => {
      const { viewer, scope } = await staffForWrite(req, deps, 'client.edit');
      const clientId = param(req, 'clientId');
      // Before reading the body: a client outside the caller's scope is 404 without storing a byte.
      await scope.findById(Client, clientId, 'Client');
      const upload = await parseMultipart(req, {
        maxFileBytes: deps.maxUploadBytes,
        maxFiles: 20,
        fileFields: ['files', 'file'],
      });
      const rows = await documents.upload(scope, clientId, upload.files, {
        category: upload.fields.category || undefined,
        timelineAttachment: upload.fields.timelineAttachment === 'true',
        ticketAttachment: upload.fields.ticketAttachment === 'true',
        uploadedByUserId: viewer.userId,
      });
      res.status(201).json({
        documents: rows.map((d) => ({
          id: d.id,
          fileName: d.fileName,
          category: d.category,
          size: d.size,
          contentType: d.contentType,
          checksum: d.checksum,
          createdAt: d.createdAt,
          downloadUrl: `/files/documents/${d.id}`,
        })),
      });
    }),
  );

  router.get(
    '/documents/:id',
    route(async (req, res) => {
      const { viewer, scope } = await readerFor(req, deps);
      // Portal sessions: only files the portal shows (client-visible, permission, project selection).
      const opened =
        viewer.kind === 'portal'
          ? portalAccessFor(scope, viewer).then((a) => deps.services.portalDocuments.open(a, param(req, 'id')))
          : documents.open(scope, param(req, 'id'));
      const { document, stream } = await opened.catch((err) => {
        throw err instanceof FileNotFoundError ? notFound('File') : err;
      });
      const inline = req.query.inline === '1' && isInlineSafe(document.contentType);
      res.set({
        'Content-Type': document.contentType,
        'Content-Length': String(document.size),
        'Content-Disposition': contentDisposition(document.fileName, inline ? 'inline' : 'attachment'),
        'X-Content-Type-Options': 'nosniff',
        'Content-Security-Policy': FILE_CSP,
        'Cross-Origin-Resource-Policy': 'same-origin',
        'Cache-Control': 'private, no-cache',
        ETag: `"${document.checksum}"`,
      });
      stream.on('error', (err) => sendError(res, err));
      stream.pipe(res);
    }),
  );

  router.post(
    '/clients/:clientId/logo',
    route(async (req, res) => {
      const { scope } = await staffForWrite(req, deps, 'client.edit');
      const clientId = param(req, 'clientId');
      await scope.findById(Client, clientId, 'Client');
      const upload = await parseMultipart(req, { maxFileBytes: LOGO_MAX_BYTES, maxFiles: 1, fileFields: ['file'] });
      const file = upload.files[0];
      if (!file)
        return void res
          .status(400)
          .json({ error: { code: 'BAD_USER_INPUT', field: 'file', message: 'Choose an image to upload' } });
      res.json(await clientLogos.set(scope, clientId, file.fileName, file.bytes));
    }),
  );

  router.delete(
    '/clients/:clientId/logo',
    route(async (req, res) => {
      const { scope } = await staffForWrite(req, deps, 'client.edit');
      await clientLogos.remove(scope, param(req, 'clientId'));
      res.status(204).end();
    }),
  );

  router.get(
    '/clients/:clientId/logo',
    route(async (req, res) => {
      const { scope } = await readerFor(req, deps);
      const clientId = param(req, 'clientId');
      if (!isUuid(clientId)) throw notFound('Logo');
      const logo = await clientLogos.get(scope, clientId);
      if (!logo) throw notFound('Logo');
      const current = req.query.v === String(logo.updatedAt.getTime());
      res
        .set({
          'Content-Type': logo.contentType,
          'X-Content-Type-Options': 'nosniff',
          'Content-Security-Policy': LOGO_CSP,
          'Cross-Origin-Resource-Policy': 'same-origin',
          'Cache-Control': current ? 'private, max-age=31536000, immutable' : 'private, no-cache',
        })
        .send(logo.logo);
    }),
  );

  return router;
}
