import type { SelectQueryBuilder, ObjectLiteral } from 'typeorm';
import { forbidden, foldForSearch, tenureCutoff } from '@clientflow/domain';
import { escapeLike } from '../../platform/db/sql';
import type { ClientFilter } from './client-list.inputs';
import type { Context } from '../../platform/graphql/context';

export interface FilterOptions {
  /** Value filters and value sort reveal figures: only for callers with financials.view. */
  canSeeFinancials: boolean;
  now: Date;
}

/** JSON candidates a text filter value may be stored as (text, number or boolean), each matched with @> (GIN). */
function customFieldCandidates(key: string, value: string): string[] {
  const out = [JSON.stringify({ [key]: value })];
  if (/^-?\d+(\.\d+)?$/.test(value.trim())) out.push(JSON.stringify({ [key]: Number(value) }));
  if (value === 'true' || value === 'false') out.push(JSON.stringify({ [key]: value === 'true' }));
  return out;
}

/**
 * Adds the list filter to a client query (alias `c`) that already carries the tenant scope.
 * Shared by the list, the map, the segments and the CSV export so they always agree.
 */
export function applyClientFilter<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  filter: ClientFilter | undefined | null,
  opts: FilterOptions,
): SelectQueryBuilder<T> {
  if (!filter?.includeArchived) qb.andWhere('c."archivedAt" IS NULL');
  if (!filter) return qb;
  if (filter.status?.length) qb.andWhere('c.status IN (:...__statuses)', { __statuses: filter.status });
  const term = filter.search ? foldForSearch(filter.search.trim()) : '';
  // Trigram-indexed substring match on folded text.
  if (term) qb.andWhere('c."searchText" LIKE :__term', { __term: `%${escapeLike(term)}%` });
  if (filter.hasProjects === true) qb.andWhere('c."activeProjectCount" > 0');
  if (filter.hasProjects === false) qb.andWhere('c."activeProjectCount" = 0');
  if (filter.industries?.length) qb.andWhere('c.industry IN (:...__industries)', { __industries: filter.industries });
  if (filter.sizes?.length) qb.andWhere('c.size IN (:...__sizes)', { __sizes: filter.sizes });
  if (filter.tags?.length) qb.andWhere('c.tags && :__tags::text[]', { __tags: filter.tags });
  if (filter.accountManagerIds?.length) {
    qb.andWhere('c."accountManagerId" IN (:...__managers)', { __managers: filter.accountManagerIds });
  }
  filter.customFields?.forEach((cf, i) => {
    const candidates = customFieldCandidates(cf.key, cf.value);
    const params = Object.fromEntries(candidates.map((json, j) => [`__cf${i}_${j}`, json]));
    qb.andWhere(`(${candidates.map((_, j) => `c."customFields" @> :__cf${i}_${j}::jsonb`).join(' OR ')})`, params);
  });
  if (filter.tenure) {
    const since = 'COALESCE(c."firstContactAt", c."createdAt")';
    qb.andWhere(`${since} ${filter.tenure === 'NEW' ? '>=' : '<'} :__tenureCutoff`, {
      __tenureCutoff: tenureCutoff(opts.now),
    });
  }
  if (filter.valueMin != null || filter.valueBelow != null) {
    if (!opts.canSeeFinancials) throw forbidden('Filtering by value needs permission to view financials');
    if (filter.valueMin != null) qb.andWhere('c."totalValue" >= :__valueMin', { __valueMin: filter.valueMin });
    if (filter.valueBelow != null) qb.andWhere('c."totalValue" < :__valueBelow', { __valueBelow: filter.valueBelow });
  }
  return qb;
}

/** What the caller may filter and sort on (money needs financials.view), and the clock for tenure filters. */
export const filterOptionsOf = (ctx: Pick<Context, 'can'>): FilterOptions => ({
  canSeeFinancials: ctx.can('financials.view'),
  now: new Date(),
});
