import { CLIENT_STATUSES } from '@clientflow/domain';
import type {
  ClientSortField,
  ClientStatus,
  ClientsQueryVariables,
  SortDirection,
} from '@clientflow/graphql-types/admin';

export const PAGE_SIZE = 25;

const SORT_FIELDS: readonly ClientSortField[] = ['NAME', 'CREATED_AT', 'TOTAL_VALUE', 'LAST_ACTIVITY'];

/** Names read A→Z; dates and money read newest/largest first. */
export const DEFAULT_DIRECTION: Record<ClientSortField, SortDirection> = {
  NAME: 'ASC',
  CREATED_AT: 'DESC',
  TOTAL_VALUE: 'DESC',
  LAST_ACTIVITY: 'DESC',
};

export interface ClientListParams {
  search: string;
  statuses: ClientStatus[];
  includeArchived: boolean;
  sortField: ClientSortField;
  sortDirection: SortDirection;
  page: number;
}

export const DEFAULT_LIST_PARAMS: ClientListParams = {
  search: '',
  statuses: [],
  includeArchived: false,
  sortField: 'NAME',
  sortDirection: 'ASC',
  page: 1,
};

const isStatus = (value: string): value is ClientStatus => (CLIENT_STATUSES as readonly string[]).includes(value);
const isSortField = (value: string): value is ClientSortField => (SORT_FIELDS as readonly string[]).includes(value);

/** Reads the list state from the URL, ignoring anything malformed so a hand-edited link still opens. */
export function parseClientListParams(search: URLSearchParams): ClientListParams {
  const sort = search.get('sort') ?? '';
  const sortField = isSortField(sort) ? sort : DEFAULT_LIST_PARAMS.sortField;
  const dir = search.get('dir');
  const page = Number.parseInt(search.get('page') ?? '1', 10);
  return {
    search: search.get('q')?.trim() ?? '',
    statuses: (search.get('status') ?? '').split(',').filter(isStatus),
    includeArchived: search.get('archived') === '1',
    sortField,
    sortDirection: dir === 'ASC' || dir === 'DESC' ? dir : DEFAULT_DIRECTION[sortField],
    page: Number.isFinite(page) && page > 0 ? page : 1,
  };
}

/** Writes only what differs from the defaults, so the plain list keeps a clean URL. */
export function serializeClientListParams(params: ClientListParams): URLSearchParams {
  const out = new URLSearchParams();
  if (params.search) out.set('q', params.search);
  if (params.statuses.length) out.set('status', params.statuses.join(','));
  if (params.includeArchived) out.set('archived', '1');
  if (params.sortField !== DEFAULT_LIST_PARAMS.sortField) out.set('sort', params.sortField);
  if (params.sortDirection !== DEFAULT_DIRECTION[params.sortField]) out.set('dir', params.sortDirection);
  if (params.page > 1) out.set('page', String(params.page));
  return out;
}

export function hasActiveFilters(params: ClientListParams): boolean {
  return params.search !== '' || params.statuses.length > 0 || params.includeArchived;
}

export function toClientsVariables(params: ClientListParams, withFinancials: boolean): ClientsQueryVariables {
  // Sorting by value would leak an order the viewer may not see the figures for.
  const sortField = !withFinancials && params.sortField === 'TOTAL_VALUE' ? 'NAME' : params.sortField;
  return {
    filter: {
      includeArchived: params.includeArchived,
      ...(params.search ? { search: params.search } : {}),
      ...(params.statuses.length ? { status: params.statuses } : {}),
    },
    sort: { field: sortField, direction: params.sortDirection },
    page: { limit: PAGE_SIZE, offset: (params.page - 1) * PAGE_SIZE },
    withFinancials,
  };
}
