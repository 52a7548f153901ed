import { CLIENT_STATUSES } from '@clientflow/domain';
import type {
  ClientFilter,
  ClientSize,
  ClientSortField,
  ClientStatus,
  ClientTenure,
  ClientViewMode,
  ClientsQueryVariables,
  SortDirection,
} from '@clientflow/graphql-types/admin';

export const PAGE_SIZE = 25;

const SORT_FIELDS: readonly ClientSortField[] = ['NAME', 'CREATED_AT', 'TOTAL_VALUE', 'LAST_ACTIVITY'];
export const CLIENT_SIZES: readonly ClientSize[] = ['STARTUP', 'SMB', 'ENTERPRISE'];
export const VIEW_MODES: readonly ClientViewMode[] = ['TABLE', 'CARDS', 'PIPELINE', 'MAP'];
const TENURES: readonly ClientTenure[] = ['NEW', 'RECURRING'];

/** Names read A→Z; dates and money read newest/largest first. */
export const DEFAULT_DIRECTION: Record<ClientSortField, SortDirection> = {
  NAME: 'ASC',
  CREATED_AT: 'DESC',
  TOTAL_VALUE: 'DESC',
  LAST_ACTIVITY: 'DESC',
};

export type HasProjects = 'any' | 'yes' | 'no';

export interface CustomFieldParam {
  key: string;
  value: string;
}

export interface ClientListParams {
  search: string;
  statuses: ClientStatus[];
  includeArchived: boolean;
  hasProjects: HasProjects;
  industries: string[];
  sizes: ClientSize[];
  tags: string[];
  managers: string[];
  customFields: CustomFieldParam[];
  tenure: ClientTenure | null;
  valueMin: number | null;
  valueBelow: number | null;
  sortField: ClientSortField;
  sortDirection: SortDirection;
  page: number;
  view: ClientViewMode;
}

export const DEFAULT_LIST_PARAMS: ClientListParams = {
  search: '',
  statuses: [],
  includeArchived: false,
  hasProjects: 'any',
  industries: [],
  sizes: [],
  tags: [],
  managers: [],
  customFields: [],
  tenure: null,
  valueMin: null,
  valueBelow: null,
  sortField: 'NAME',
  sortDirection: 'ASC',
  page: 1,
  view: 'TABLE',
};

/** The filter part of the params (what "clear filters" resets). */
export const FILTER_KEYS = [
  'search',
  'statuses',
  'includeArchived',
  'hasProjects',
  'industries',
  'sizes',
  'tags',
  'managers',
  'customFields',
  'tenure',
  'valueMin',
  'valueBelow',
] as const satisfies readonly (keyof ClientListParams)[];

const isStatus = (value: string): value is ClientStatus => (CLIENT_STATUSES as readonly string[]).includes(value);
const isSortField = (value: string): value is ClientSortField => (SORT_FIELDS as readonly string[]).includes(value);
const isSize = (value: string): value is ClientSize => (CLIENT_SIZES as readonly string[]).includes(value);
const isView = (value: string): value is ClientViewMode => (VIEW_MODES as readonly string[]).includes(value);
const isTenure = (value: string): value is ClientTenure => (TENURES as readonly string[]).includes(value);
const csv = (value: string | null) =>
  (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
const money = (value: string | null) => (value && /^\d{1,15}$/.test(value) ? Number(value) : null);
const CUSTOM_KEY = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;

/** Reads the list state from the URL, ignoring anything malformed so a hand-edited link still opens. */
export function parseClientListParams(search: URLSearchParams): ClientListParams {
  const sort = search.get('sort') ?? '';
  const sortField = isSortField(sort) ? sort : DEFAULT_LIST_PARAMS.sortField;
  const dir = search.get('dir');
  const page = Number.parseInt(search.get('page') ?? '1', 10);
  const projects = search.get('projects');
  const tenure = search.get('tenure') ?? '';
  const view = (search.get('view') ?? '').toUpperCase();
  const customFields: CustomFieldParam[] = [];
  search.forEach((value, key) => {
    if (key.startsWith('cf.') && CUSTOM_KEY.test(key.slice(3)) && value !== '')
      customFields.push({ key: key.slice(3), value });
  });
  return {
    search: search.get('q')?.trim() ?? '',
    statuses: csv(search.get('status')).filter(isStatus),
    includeArchived: search.get('archived') === '1',
    hasProjects: projects === 'yes' || projects === 'no' ? projects : 'any',
    industries: csv(search.get('industry')),
    sizes: csv(search.get('size')).filter(isSize),
    tags: csv(search.get('tag')),
    managers: csv(search.get('manager')),
    customFields,
    tenure: isTenure(tenure) ? tenure : null,
    valueMin: money(search.get('vmin')),
    valueBelow: money(search.get('vbelow')),
    sortField,
    sortDirection: dir === 'ASC' || dir === 'DESC' ? dir : DEFAULT_DIRECTION[sortField],
    page: Number.isFinite(page) && page > 0 ? page : 1,
    view: isView(view) ? view : 'TABLE',
  };
}

/** Writes only what differs from the defaults, so the plain list keeps a clean URL. The CSV export reads the same names. */
export function serializeClientListParams(params: ClientListParams): URLSearchParams {
  const out = new URLSearchParams();
  if (params.search) out.set('q', params.search);
  if (params.statuses.length) out.set('status', params.statuses.join(','));
  if (params.includeArchived) out.set('archived', '1');
  if (params.hasProjects !== 'any') out.set('projects', params.hasProjects);
  if (params.industries.length) out.set('industry', params.industries.join(','));
  if (params.sizes.length) out.set('size', params.sizes.join(','));
  if (params.tags.length) out.set('tag', params.tags.join(','));
  if (params.managers.length) out.set('manager', params.managers.join(','));
  for (const cf of params.customFields) out.set(`cf.${cf.key}`, cf.value);
  if (params.tenure) out.set('tenure', params.tenure);
  if (params.valueMin != null) out.set('vmin', String(params.valueMin));
  if (params.valueBelow != null) out.set('vbelow', String(params.valueBelow));
  if (params.sortField !== DEFAULT_LIST_PARAMS.sortField) out.set('sort', params.sortField);
  if (params.sortDirection !== DEFAULT_DIRECTION[params.sortField]) out.set('dir', params.sortDirection);
  if (params.page > 1) out.set('page', String(params.page));
  if (params.view !== 'TABLE') out.set('view', params.view.toLowerCase());
  return out;
}

export function hasActiveFilters(params: ClientListParams): boolean {
  return FILTER_KEYS.some((key) => JSON.stringify(params[key]) !== JSON.stringify(DEFAULT_LIST_PARAMS[key]));
}

/** How many filters beyond search and status are set (the "More filters" badge). */
export function countExtraFilters(params: ClientListParams): number {
  const extra = [
    'hasProjects',
    'industries',
    'sizes',
    'tags',
    'managers',
    'customFields',
    'tenure',
    'valueMin',
    'valueBelow',
  ] as const;
  return extra.filter((key) => JSON.stringify(params[key]) !== JSON.stringify(DEFAULT_LIST_PARAMS[key])).length;
}

/** The GraphQL filter for the params; only set keys, so equal states give equal variables (and cache entries). */
export function toClientFilter(params: ClientListParams, withFinancials: boolean): ClientFilter {
  return {
    includeArchived: params.includeArchived,
    ...(params.search ? { search: params.search } : {}),
    ...(params.statuses.length ? { status: params.statuses } : {}),
    ...(params.hasProjects !== 'any' ? { hasProjects: params.hasProjects === 'yes' } : {}),
    ...(params.industries.length ? { industries: params.industries } : {}),
    ...(params.sizes.length ? { sizes: params.sizes } : {}),
    ...(params.tags.length ? { tags: params.tags } : {}),
    ...(params.managers.length ? { accountManagerIds: params.managers } : {}),
    ...(params.customFields.length
      ? { customFields: params.customFields.map(({ key, value }) => ({ key, value })) }
      : {}),
    ...(params.tenure ? { tenure: params.tenure } : {}),
    // Value ranges reveal figures: only sent for roles that may see them (the API refuses them otherwise).
    ...(withFinancials && params.valueMin != null ? { valueMin: params.valueMin } : {}),
    ...(withFinancials && params.valueBelow != null ? { valueBelow: params.valueBelow } : {}),
  };
}

export function toClientsVariables(params: ClientListParams, withFinancials: boolean): ClientsQueryVariables {
  // Sorting by value would leak an order the viewer may not see the figures for.
  const sortField = !withFinancials && params.sortField === 'TOTAL_VALUE' ? 'NAME' : params.sortField;
  return {
    filter: toClientFilter(params, withFinancials),
    sort: { field: sortField, direction: params.sortDirection },
    page: { limit: PAGE_SIZE, offset: (params.page - 1) * PAGE_SIZE },
    withFinancials,
  };
}

/** The CSV export of exactly what the list shows (all pages). */
export function exportHref(params: ClientListParams): string {
  const query = serializeClientListParams({ ...params, page: 1, view: 'TABLE' }).toString();
  return `/files/exports/clients.csv${query ? `?${query}` : ''}`;
}
