import express, { type Router } from 'express';
import type { DataSource } from 'typeorm';
import { isUuid } from '../../platform/db/tenant-scope';
import { Workspace } from './workspace.entity';

/** Public, immutable-per-version assets. Workspace logos are public: they brand the portal sign-in page. */
export function workspaceLogoRouter(dataSource: DataSource): Router {
  const router = express.Router();
  router.get('/workspace-logo/:id', async (req, res) => {
    const id = req.params.id;
    if (!isUuid(id)) return void res.status(404).end();
    const ws = await dataSource
      .getRepository(Workspace)
      .createQueryBuilder('w')
      .addSelect('w.logo')
      .where('w.id = :id', { id })
      .getOne();
    if (!ws?.logo || !ws.logoContentType) return void res.status(404).end();
    res
      .set({
        'Content-Type': ws.logoContentType,
        'Cache-Control': 'public, max-age=300',
        'X-Content-Type-Options': 'nosniff',
        'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'",
      })
      .send(ws.logo);
  });
  return router;
}
