import express, { type Request, type Response, type Router } from 'express';
import { requestOrigin } from '../../platform/http/client-ip';
import { sendError } from '../../platform/http/http-errors';
import { parseMultipart } from '../../platform/http/multipart';
import { staffForWrite, type Deps } from '../../platform/http/request-viewer';
import { WORKSPACE_LOGO_MAX_BYTES } from './workspace-logo';

type Handler = (req: Request, res: Response) => Promise<void>;
const route = (handler: Handler) => (req: Request, res: Response) =>
  void handler(req, res).catch((err) => {
    // Refused before the body was read (no session, no permission): answer, drain and close.
    if (!req.complete) {
      res.set('Connection', 'close');
      req.resume();
    }
    sendError(res, err);
  });

/**
 * Uploading and removing the agency logo (REST: multipart). Writes need the admin header (CSRF), a staff session
 * with workspace.manage, and change only the caller's own workspace (no id in the URL). Reading is
 * `GET /files/workspace-logo/:id` (identity module, public).
 */
export function workspaceLogoRoutes(deps: Deps): Router {
  const router = express.Router();
  const service = () => deps.services.workspaceSettings;

  router.post(
    '/workspace-logo',
    route(async (req, res) => {
      const { viewer, scope } = await staffForWrite(req, deps, 'workspace.manage');
      const upload = await parseMultipart(req, {
        maxFileBytes: WORKSPACE_LOGO_MAX_BYTES,
        maxFiles: 1,
        fileFields: ['file'],
      });
      const file = upload.files[0];
      if (!file)
        return void res
          .status(400)
          .json({ error: { code: 'BAD_USER_INPUT', field: 'file', message: 'Choose an image to upload' } });
      res.status(201).json(await service().setLogo(scope, file, { ...requestOrigin(req), viewer }));
    }),
  );

  router.delete(
    '/workspace-logo',
    route(async (req, res) => {
      const { viewer, scope } = await staffForWrite(req, deps, 'workspace.manage');
      await service().removeLogo(scope, { ...requestOrigin(req), viewer });
      res.status(204).end();
    }),
  );
  return router;
}
