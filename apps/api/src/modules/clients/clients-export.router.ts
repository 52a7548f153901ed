import { once } from 'node:events';
import express, { type Request, type Response, type Router } from 'express';
import type { DataSource } from 'typeorm';
import { currencyDecimals, DomainError, fromMinorUnits } from '@clientflow/domain';
import type { TenantScope } from '../../platform/db/tenant-scope';
import { sendError } from '../../platform/http/http-errors';
import { csvCell } from '../../platform/lib/csv';
import { staffCaller, type StaffCaller } from '../../platform/http/request-viewer';
import { Contact } from './contact.entity';
import type { Client } from './client.entity';
import { clientFilterFromQuery } from './client-list.params';
import { hydrateClient } from './client-list.service';
import { User } from '../identity/user.entity';
import type { Services } from '../../platform/module';

const BATCH = 1000;

/** Minor units as a plain decimal in the currency's own decimals: 1250 USD → 12.50, 1500 JPY → 1500. */
const moneyCell = (minor: number, currency: string) =>
  fromMinorUnits(minor, currency).toFixed(currencyDecimals(currency));

/**
 * `GET /files/exports/clients.csv?<list filters>`: the staff's filtered client list as CSV, streamed from a
 * server-side cursor in batches (bounded memory). Read-only GET (no side effects, so CSRF cannot change
 * anything); needs `data.export`; rows are scoped by TenantScope like every GraphQL query.
 */
export function clientsExportRouter(dataSource: DataSource, services: Services): Router {
  const router = express.Router();
  router.get('/clients.csv', async (req: Request, res: Response) => {
    let caller: StaffCaller;
    let parsed: ReturnType<typeof clientFilterFromQuery>;
    try {
      caller = await staffCaller(
        req,
        { dataSource, services },
        'data.export',
        () => 'You do not have permission to export data',
      );
      parsed = clientFilterFromQuery(req.query as Record<string, unknown>);
    } catch (err) {
      return sendError(res, err);
    }
    const { viewer } = caller;
    const withValue = viewer.permissions.includes('financials.view');

    const runner = dataSource.createQueryRunner();
    await runner.connect();
    let aborted = false;
    res.on('close', () => {
      aborted = !res.writableFinished;
    });
    try {
      // One snapshot for the whole file, read through a cursor so memory stays flat at any size.
      await runner.startTransaction('REPEATABLE READ');
      const scope = caller.scope.withManager(runner.manager);
      let query;
      try {
        query = services.clientList.sortedQuery(scope, parsed.filter, parsed.sort, {
          canSeeFinancials: withValue,
          now: new Date(),
        });
      } catch (err) {
        if (err instanceof DomainError) return sendError(res, err);
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
      // Values in the workspace's currency, with its own decimals (0 for JPY, 3 for KWD).
      const { currency } = await services.workspaceSettings.get(scope);
      const header = [
        'Name',
        'Legal name',
        'Tax id',
        'Email',
        'Phone',
        'Status',
        'Industry',
        'Size',
        'City',
        'Country',
        'Primary contact',
        'Primary contact email',
        'Account manager',
        'Tags',
        'Active projects',
        ...(withValue ? ['Total value'] : []),
        'Last activity',
        'Created',
      ];
      res.write(`\uFEFF${header.map(csvCell).join(',')}\r\n`);

      for (;;) {
        if (aborted) break;
        const raw: Record<string, unknown>[] = await runner.query(`FETCH ${BATCH} FROM client_export`);
        if (!raw.length) break;
        const clients = raw.map((r) => hydrateClient(query.columns, r));
        const lines = await rowsFor(scope, clients, withValue ? currency : null);
        if (!res.write(lines)) await once(res, 'drain');
      }
      await runner.query('CLOSE client_export');
      await runner.commitTransaction();
      res.end();
    } catch (err) {
      if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
      sendError(res, err);
    } finally {
      if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
      await runner.release();
    }
  });
  return router;
}

/** CSV lines for a batch of clients; `currency` set = the caller may see values. */
async function rowsFor(scope: TenantScope, clients: Client[], currency: string | null): Promise<string> {
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
      const cells = [
        c.name,
        c.legalName,
        c.taxId,
        c.email,
        c.phone,
        c.status,
        c.industry,
        c.size,
        c.city,
        c.country,
        pc?.name,
        pc?.email,
        c.accountManagerId ? managerName.get(c.accountManagerId) : null,
        c.tags,
        c.activeProjectCount,
        ...(currency ? [moneyCell(c.totalValue, currency)] : []),
        c.lastActivityAt,
        c.createdAt,
      ];
      return `${cells.map(csvCell).join(',')}\r\n`;
    })
    .join('');
}
