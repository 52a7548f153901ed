import { once } from 'node:events';
import express, { type Request, type Response, type Router } from 'express';
import type { DataSource } from 'typeorm';
import { DomainError } from '@clientflow/domain';
import { resolveViewer } from '../../platform/auth/viewer';
import { TenantScope } from '../../platform/db/tenant-scope';
import { Contact } from './contact.entity';
import type { Client } from './client.entity';
import { clientFilterFromQuery } from './client-list.params';
import { hydrateClient } from './client-list.service';
import { User } from '../identity/user.entity';
import type { Services } from '../../platform/services';
import { logger } from '../../platform/logger/logger';

const BATCH = 1000;

/** Spreadsheet-safe CSV cell: quoted, and formulas neutralised (a leading = + - @ would run in Excel). */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  let text = value instanceof Date ? value.toISOString() : Array.isArray(value) ? value.join('; ') : String(value);
  // Plain numbers and phone numbers ("+1 555 0100", "-2") cannot call functions and stay as they are.
  if (/^[=+\-@\t\r]/.test(text) && !/^[+-]?[\d\s().,-]+$/.test(text)) text = `'${text}`;
  return /[",\n\r;]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

const money = (minor: number) => (minor / 100).toFixed(2);

/**
 * `GET /files/exports/clients.csv?<list filters>`: the staff's filtered client list as CSV, streamed from a
 * server-side cursor in batches (bounded memory). Read-only GET (no side effects, so CSRF cannot change
 * anything); needs `data.export`; rows are scoped by TenantScope like every GraphQL query.
 */
export function exportsRouter(dataSource: DataSource, services: Pick<Services, 'tokens' | 'clientList'>): Router {
  const router = express.Router();
  router.get('/clients.csv', async (req: Request, res: Response) => {
    const viewer = await resolveViewer(req, 'admin', { dataSource, tokens: services.tokens });
    if (viewer.kind !== 'staff') return void res.status(401).json({ error: 'Sign in to continue' });
    if (!viewer.permissions.includes('data.export')) return void res.status(403).json({ error: 'You do not have permission to export data' });
    const withValue = viewer.permissions.includes('financials.view');
    const assigned = viewer.permissions.includes('client.viewAll') ? null : viewer.userId;

    let parsed;
    try {
      parsed = clientFilterFromQuery(req.query as Record<string, unknown>);
    } catch (err) {
      if (err instanceof DomainError) return void res.status(400).json({ error: err.message, field: err.field });
      throw err;
    }

    const runner = dataSource.createQueryRunner();
    await runner.connect();
    let aborted = false;
    res.on('close', () => {
      aborted = !res.writableFinished;
    });
    try {
      // One snapshot for the whole file, read through a cursor so memory stays flat at any size.
      await runner.startTransaction('REPEATABLE READ');
      const scope = new TenantScope(runner.manager, viewer.workspaceId, null, assigned);
      let query;
      try {
        query = services.clientList.sortedQuery(scope, parsed.filter, parsed.sort, { canSeeFinancials: withValue, now: new Date() });
      } catch (err) {
        if (err instanceof DomainError) return void res.status(err.code === 'FORBIDDEN' ? 403 : 400).json({ error: err.message });
        throw err;
      }
      const [sql, params] = query.qb.getQueryAndParameters();
      await runner.query(`DECLARE client_export NO SCROLL CURSOR FOR ${sql}`, params);

      const date = new Date().toISOString().slice(0, 10);
      res.status(200).set({
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="clients-${date}.csv"`,
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
      });
      const header = ['Name', 'Legal name', 'Tax id', 'Email', 'Phone', 'Status', 'Industry', 'Size', 'City', 'Country',
        'Primary contact', 'Primary contact email', 'Account manager', 'Tags', 'Active projects',
        ...(withValue ? ['Total value'] : []), 'Last activity', 'Created'];
      res.write(`\uFEFF${header.map(csvCell).join(',')}\r\n`);

      for (;;) {
        if (aborted) break;
        const raw: Record<string, unknown>[] = await runner.query(`FETCH ${BATCH} FROM client_export`);
        if (!raw.length) break;
        const clients = raw.map((r) => hydrateClient(query.columns, r));
        const lines = await rowsFor(scope, clients, withValue);
        if (!res.write(lines)) await once(res, 'drain');
      }
      await runner.query('CLOSE client_export');
      await runner.commitTransaction();
      res.end();
    } catch (err) {
      logger.error({ err }, 'client export failed');
      if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
      if (!res.headersSent) res.status(500).json({ error: 'Export failed' });
      else res.destroy();
    } finally {
      if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
      await runner.release();
    }
  });
  return router;
}

async function rowsFor(scope: TenantScope, clients: Client[], withValue: boolean): Promise<string> {
  const ids = clients.map((c) => c.id);
  const managerIds = [...new Set(clients.map((c) => c.accountManagerId).filter((id): id is string => !!id))];
  const [contacts, managers] = await Promise.all([
    scope.query(Contact, 'ct').andWhere('ct."clientId" IN (:...ids) AND ct."isPrimary"', { ids }).getMany(),
    managerIds.length
      ? scope.manager
          .getRepository(User)
          .createQueryBuilder('u')
          .innerJoin('membership', 'm', 'm."userId" = u.id AND m."workspaceId" = :ws', { ws: scope.workspaceId })
          .where('u.id IN (:...managerIds)', { managerIds })
          .getMany()
      : Promise.resolve([] as User[]),
  ]);
  const primary = new Map(contacts.map((ct) => [ct.clientId, ct]));
  const managerName = new Map(managers.map((u) => [u.id, u.name]));
  return clients
    .map((c) => {
      const pc = primary.get(c.id);
      const cells = [c.name, c.legalName, c.taxId, c.email, c.phone, c.status, c.industry, c.size, c.city, c.country,
        pc?.name, pc?.email, c.accountManagerId ? managerName.get(c.accountManagerId) : null, c.tags, c.activeProjectCount,
        ...(withValue ? [money(c.totalValue)] : []), c.lastActivityAt, c.createdAt];
      return `${cells.map(csvCell).join(',')}\r\n`;
    })
    .join('');
}
