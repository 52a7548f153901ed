import express, { type Router } from 'express';
import type { DataSource } from 'typeorm';
import { isUuid } from '../../platform/db/tenant-scope';
import { Workspace } from './workspace.entity';

type LogoFields = Pick<Workspace, 'id' | 'logoContentType' | 'logoUpdatedAt'>;

const versionOf = (w: Pick<Workspace, 'logoUpdatedAt'>) => String(w.logoUpdatedAt?.getTime() ?? 0);

/** The logo's URL (relative to the API origin), versioned by its last change so caches refresh; null without one. */
export function workspaceLogoPath(w: LogoFields): string | null {
  return w.logoContentType ? `/files/workspace-logo/${w.id}?v=${versionOf(w)}` : null;
}

/**
 * Public assets: workspace logos brand the portal sign-in page and emails. A request naming the current version
 * is cached for a year (a new logo gets a new URL); any other is revalidated. Deleted workspaces have none.
 */
export function workspaceLogoRouter(dataSource: DataSource): Router {
  const router = express.Router();
  router.get('/workspace-logo/:id', async (req, res) => {
    const id = req.params.id;
    if (!isUuid(id)) return void res.status(404).end();
    const ws = await dataSource
      .getRepository(Workspace)
      .createQueryBuilder('w')
      .addSelect('w.logo')
      .where('w.id = :id AND w."deletionRequestedAt" IS NULL', { id })
      .getOne();
    if (!ws?.logo || !ws.logoContentType) return void res.status(404).end();
    const version = versionOf(ws);
    const etag = `"${version}"`;
    res.set({
      'Cache-Control': req.query.v === version ? 'public, max-age=31536000, immutable' : 'public, no-cache',
      ETag: etag,
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'",
      'Cross-Origin-Resource-Policy': 'cross-origin',
    });
    if (req.headers['if-none-match'] === etag) return void res.status(304).end();
    res.type(ws.logoContentType).send(ws.logo);
  });
  return router;
}
