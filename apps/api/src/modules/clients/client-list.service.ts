import { foldForSearch } from '@clientflow/domain';
import type { TenantScope } from '../../db/tenant-scope';
import { Client } from './client.entity';
import type { ClientFilter, ClientSort, PageInput } from './client-list.inputs';

const SORT_COLUMNS = {
  NAME: 'c.name',
  CREATED_AT: 'c."createdAt"',
  TOTAL_VALUE: 'c."totalValue"',
  LAST_ACTIVITY: 'c."lastActivityAt"',
} as const;

/** Finding clients: search, filters, sort and pages over the caller's scope. */
export class ClientListService {
  async list(scope: TenantScope, filter: ClientFilter | undefined, sort: ClientSort | undefined, page: PageInput) {
    const qb = scope.query(Client, 'c');
    if (!filter?.includeArchived) qb.andWhere('c."archivedAt" IS NULL');
    if (filter?.status?.length) qb.andWhere('c.status IN (:...statuses)', { statuses: filter.status });
    const term = filter?.search ? foldForSearch(filter.search.trim()) : '';
    if (term) {
      // Trigram-indexed substring match on folded text (escape LIKE wildcards the user typed).
      qb.andWhere('c."searchText" LIKE :term', { term: `%${term.replace(/[\\%_]/g, (m) => `\\${m}`)}%` });
    }
    const column = SORT_COLUMNS[sort?.field ?? 'NAME'];
    const direction = sort?.direction ?? 'ASC';
    // Only lastActivityAt is nullable: clients without activity sort last either way.
    qb.orderBy(column, direction, sort?.field === 'LAST_ACTIVITY' ? 'NULLS LAST' : undefined).addOrderBy('c.id', direction);
    // Two index-backed statements (a window count would materialise every matching row).
    const [nodes, totalCount] = await Promise.all([
      qb.clone().offset(page.offset).limit(page.limit).getMany(),
      qb.clone().orderBy().getCount(),
    ]);
    return { nodes, totalCount, hasMore: page.offset + nodes.length < totalCount };
  }
}
