import { useCallback, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { SortDirection } from '@clientflow/graphql-types/admin';

export interface BillingListParams<F extends string> {
  search: string;
  /** A status, or a view such as OVERDUE; '' for all. */
  status: string;
  clientId: string | null;
  sortField: F;
  sortDirection: SortDirection;
  page: number;
}

function parse<F extends string>(
  searchParams: URLSearchParams,
  sortFields: readonly F[],
  defaultSort: F,
): BillingListParams<F> {
  const [field, dir] = (searchParams.get('sort') ?? '').split('.');
  return {
    search: searchParams.get('q') ?? '',
    status: searchParams.get('status') ?? '',
    clientId: searchParams.get('client'),
    sortField: sortFields.includes(field as F) ? (field as F) : defaultSort,
    sortDirection: dir === 'asc' ? 'ASC' : 'DESC',
    page: Math.max(1, Number(searchParams.get('page')) || 1),
  };
}

function serialize<F extends string>(params: BillingListParams<F>, defaultSort: F): URLSearchParams {
  const next = new URLSearchParams();
  if (params.search.trim()) next.set('q', params.search.trim());
  if (params.status) next.set('status', params.status);
  if (params.clientId) next.set('client', params.clientId);
  if (params.sortField !== defaultSort || params.sortDirection !== 'DESC')
    next.set('sort', `${params.sortField}.${params.sortDirection.toLowerCase()}`);
  if (params.page > 1) next.set('page', String(params.page));
  return next;
}

/**
 * The invoices / quotes list state: in the URL on the list pages (`?q=&status=&client=&sort=TOTAL.asc&page=`, so a
 * filtered list can be linked and survives reloads), in memory on a client's page (two lists share that URL).
 * Every change but the page goes back to page 1.
 */
export function useBillingListParams<F extends string>(
  sortFields: readonly F[],
  defaultSort: F,
  storage: 'url' | 'memory' = 'url',
) {
  const [searchParams, setSearchParams] = useSearchParams();
  const [memory, setMemory] = useState(() => parse(new URLSearchParams(), sortFields, defaultSort));
  const inUrl = storage === 'url';
  const params = useMemo(
    () => (inUrl ? parse(searchParams, sortFields, defaultSort) : memory),
    // Callers pass module constants, so these never change.
    [inUrl, searchParams, memory, sortFields, defaultSort],
  );

  const update = useCallback(
    (patch: Partial<BillingListParams<F>>) => {
      const next = { ...params, page: 1, ...patch };
      if (inUrl) setSearchParams(serialize(next, defaultSort), { replace: true });
      else setMemory(next);
    },
    [params, inUrl, setSearchParams, defaultSort],
  );

  /** Clicking the sorted column flips its direction; another column starts descending (newest, largest first). */
  const sortBy = useCallback(
    (field: F) =>
      update({
        sortField: field,
        sortDirection: field === params.sortField && params.sortDirection === 'DESC' ? 'ASC' : 'DESC',
      }),
    [update, params.sortField, params.sortDirection],
  );

  const filtered = Boolean(params.search || params.status || params.clientId);
  const clearFilters = useCallback(() => update({ search: '', status: '', clientId: null }), [update]);

  return { params, update, sortBy, filtered, clearFilters };
}
