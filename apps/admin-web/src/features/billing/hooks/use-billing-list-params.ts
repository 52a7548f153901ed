import { useCallback, useMemo } from 'react';
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

/**
 * The invoices / quotes list state in the URL (`?q=&status=&client=&sort=ISSUE_DATE.desc&page=`), so a filtered
 * list can be linked and survives reloads. Every change but the page goes back to page 1.
 */
export function useBillingListParams<F extends string>(sortFields: readonly F[], defaultSort: F) {
  const [searchParams, setSearchParams] = useSearchParams();
  const params = useMemo<BillingListParams<F>>(() => {
    const [field, dir] = (searchParams.get('sort') ?? '').split('.');
    return {
      search: searchParams.get('q') ?? '',
      status: searchParams.get('status') ?? '',
      clientId: searchParams.get('client'),
      sortField: sortFields.includes(field as F) ? (field as F) : defaultSort,
      sortDirection: dir === 'asc' ? 'ASC' : 'DESC',
      page: Math.max(1, Number(searchParams.get('page')) || 1),
    };
  }, [searchParams]);

  const update = useCallback(
    (patch: Partial<BillingListParams<F>>) => {
      setSearchParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          const set = (key: string, value: string | null | undefined) => (value ? next.set(key, value) : next.delete(key));
          if ('search' in patch) set('q', patch.search?.trim());
          if ('status' in patch) set('status', patch.status);
          if ('clientId' in patch) set('client', patch.clientId);
          if (patch.sortField) set('sort', `${patch.sortField}.${(patch.sortDirection ?? 'DESC').toLowerCase()}`);
          set('page', patch.page && patch.page > 1 ? String(patch.page) : null);
          return next;
        },
        { replace: true },
      );
    },
    [setSearchParams],
  );

  /** Clicking the sorted column flips its direction; another column starts descending (newest, largest first). */
  const sortBy = useCallback(
    (field: F) => update({ sortField: field, sortDirection: field === params.sortField && params.sortDirection === 'DESC' ? 'ASC' : 'DESC' }),
    [update, params.sortField, params.sortDirection],
  );

  const filtered = Boolean(params.search || params.status || params.clientId);
  const clearFilters = useCallback(() => update({ search: '', status: '', clientId: null }), [update]);

  return { params, update, sortBy, filtered, clearFilters };
}
