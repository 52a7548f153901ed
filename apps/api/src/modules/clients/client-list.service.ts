import { forbidden } from '@clientflow/domain';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import type { TenantScope } from '../../platform/db/tenant-scope';
import { User } from '../identity/user.entity';
import { Client } from './client.entity';
import { applyClientFilter, type FilterOptions } from './client-list.filter';
import type { ClientFilter, ClientSort, PageInput } from './client-list.inputs';

/**
 * Counting stops here: an exact count of 100k rows costs more than the page itself, and nobody pages through
 * 10,000 clients; past it the list says "10,000+" (`totalCountExact: false`) and `hasMore` still tells the truth.
 */
export const COUNT_CAP = 10_000;

const SORT_COLUMNS = {
  NAME: 'c.name',
  CREATED_AT: 'c."createdAt"',
  TOTAL_VALUE: 'c."totalValue"',
  LAST_ACTIVITY: 'c."lastActivityAt"',
} as const;

/** Every selectable column but binary blobs: rows are hydrated straight from the driver, not through TypeORM's entity mapper. */
function listColumns(scope: TenantScope): ColumnMetadata[] {
  return scope.manager.connection.getMetadata(Client).columns.filter((col) => col.isSelect && col.type !== 'bytea');
}

export function hydrateClient(columns: ColumnMetadata[], raw: Record<string, unknown>): Client {
  const out: Record<string, unknown> = {};
  for (const col of columns) {
    const value = raw[col.databaseName];
    const transformer = col.transformer && !Array.isArray(col.transformer) ? col.transformer : null;
    out[col.propertyName] = transformer ? transformer.from(value) : value;
  }
  return out as unknown as Client;
}

/** Finding clients: search, filters, sort and pages over the caller's scope. */
export class ClientListService {
  /** The filtered, sorted client query with the raw list columns selected (no limit). */
  sortedQuery(scope: TenantScope, filter: ClientFilter | undefined, sort: ClientSort | undefined, opts: FilterOptions) {
    if (sort?.field === 'TOTAL_VALUE' && !opts.canSeeFinancials)
      throw forbidden('Sorting by value needs permission to view financials');
    const columns = listColumns(scope);
    const qb = applyClientFilter(scope.query(Client, 'c'), filter, opts);
    qb.select('c.id', 'id');
    for (const col of columns) if (col.databaseName !== 'id') qb.addSelect(`c."${col.databaseName}"`, col.databaseName);
    const direction = sort?.direction ?? 'ASC';
    // Only lastActivityAt is nullable: clients without activity sort last either way.
    qb.orderBy(
      SORT_COLUMNS[sort?.field ?? 'NAME'],
      direction,
      sort?.field === 'LAST_ACTIVITY' ? 'NULLS LAST' : undefined,
    );
    qb.addOrderBy('c.id', direction);
    return { qb, columns };
  }

  async list(
    scope: TenantScope,
    filter: ClientFilter | undefined,
    sort: ClientSort | undefined,
    page: PageInput,
    opts: FilterOptions,
  ) {
    const { qb, columns } = this.sortedQuery(scope, filter, sort, opts);
    const matching = applyClientFilter(scope.query(Client, 'c'), filter, opts)
      .select('1')
      .limit(COUNT_CAP + 1);
    const [sql, params] = matching.getQueryAndParameters();
    // Two index-backed statements in parallel (a window count would materialise every matching row); one row more
    // than the page tells whether another page exists, whatever the count cap.
    const [rows, count] = await Promise.all([
      qb
        .offset(page.offset)
        .limit(page.limit + 1)
        .getRawMany<Record<string, unknown>>(),
      scope.manager.query(`SELECT count(*)::int AS n FROM (${sql}) AS capped`, params) as Promise<{ n: number }[]>,
    ]);
    const nodes = rows.slice(0, page.limit).map((raw) => hydrateClient(columns, raw));
    const counted = count[0]?.n ?? 0;
    const totalCountExact = counted <= COUNT_CAP;
    // A deep page past the cap still knows a lower bound of the total.
    const totalCount = totalCountExact ? counted : Math.max(COUNT_CAP, page.offset + nodes.length);
    return { nodes, totalCount, totalCountExact, hasMore: rows.length > page.limit };
  }

  /** What the filter dropdowns offer: values in use among the clients the caller can see. */
  async filterOptions(scope: TenantScope) {
    const base = () => scope.query(Client, 'c');
    const [industries, tags, managers] = await Promise.all([
      base()
        .select('DISTINCT c.industry', 'v')
        .andWhere('c.industry IS NOT NULL')
        .orderBy('v')
        .limit(500)
        .getRawMany<{ v: string }>(),
      base().select('DISTINCT unnest(c.tags)', 'v').orderBy('v').limit(500).getRawMany<{ v: string }>(),
      scope.manager
        .getRepository(User)
        .createQueryBuilder('u')
        .innerJoin('membership', 'm', 'm."userId" = u.id AND m."workspaceId" = :ws', { ws: scope.workspaceId })
        .where(
          `u.id IN (${base().select('DISTINCT c."accountManagerId"').andWhere('c."accountManagerId" IS NOT NULL').getQuery()})`,
        )
        .setParameters(base().getParameters())
        .orderBy('u.name')
        .getMany(),
    ]);
    return { industries: industries.map((r) => r.v), tags: tags.map((r) => r.v), accountManagers: managers };
  }
}
