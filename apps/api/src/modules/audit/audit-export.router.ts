import express, { type Request, type Response, type Router } from 'express';
import type { DataSource } from 'typeorm';
import { sendError } from '../../platform/http/http-errors';
import { requestOrigin } from '../../platform/http/client-ip';
import { staffCaller } from '../../platform/http/request-viewer';
import { csvCell } from '../../platform/lib/csv';
import type { Services } from '../../platform/module';
import { auditFilterOf } from './audit.resolver';
import { auditEventView } from './audit.types';

const HEADER = ['Time (UTC)', 'Action', 'What happened', 'Actor', 'IP', 'Device', 'Target type', 'Target', 'Changes'];

const dateParam = (v: unknown) => (typeof v === 'string' && v ? new Date(v) : null);

/**
 * `GET /files/exports/audit-log.csv?actions=a,b&actor=<userId>&from=<iso>&to=<iso>&search=…`: the filtered audit
 * log as CSV (OWNER/ADMIN), paged through the same keyset query as the screen; the export itself is audited.
 */
export function auditExportRouter(dataSource: DataSource, services: Services): Router {
  const router = express.Router();
  router.get('/audit-log.csv', async (req: Request, res: Response) => {
    try {
      const { viewer, scope } = await staffCaller(req, { dataSource, services }, 'audit.view');
      const q = req.query as Record<string, unknown>;
      const filter = auditFilterOf({
        actions: typeof q.actions === 'string' && q.actions ? q.actions.split(',') : null,
        actorUserId: typeof q.actor === 'string' && q.actor ? q.actor : null,
        from: dateParam(q.from),
        to: dateParam(q.to),
        search: typeof q.search === 'string' ? q.search : null,
      });
      await services.audit.record({
        workspaceId: viewer.workspaceId,
        action: 'data.exported',
        actor: { viewer, ...requestOrigin(req) },
        target: { type: 'export', label: 'Audit log (CSV)' },
        changes: Object.fromEntries(Object.entries(filter).filter(([, v]) => v != null && v !== '')),
      });
      res.setHeader('content-type', 'text/csv; charset=utf-8');
      res.setHeader('content-disposition', 'attachment; filename="audit-log.csv"');
      res.write(`\uFEFF${HEADER.map(csvCell).join(',')}\r\n`);
      let after: string | null = null;
      do {
        const page = await services.audit.list(scope, filter, { first: 1000, after });
        for (const e of page.items.map(auditEventView)) {
          const changes = e.changes.map((c) =>
            c.from === null ? `${c.field}: ${c.to}` : `${c.field}: ${c.from} → ${c.to}`,
          );
          const row = [
            e.createdAt,
            e.action,
            e.actionLabel,
            e.actorLabel,
            e.ip,
            e.device,
            e.targetType,
            e.targetLabel ?? e.targetId,
            changes.join('; '),
          ];
          res.write(`${row.map(csvCell).join(',')}\r\n`);
        }
        after = page.nextCursor;
      } while (after && !res.destroyed);
      res.end();
    } catch (err) {
      if (res.headersSent) return void res.destroy(err as Error);
      sendError(res, err);
    }
  });
  return router;
}
