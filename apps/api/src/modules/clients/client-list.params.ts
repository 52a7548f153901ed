import { badInput, CLIENT_STATUSES, TENURES, type ClientStatus, type Tenure } from '@clientflow/domain';
import { isUuid } from '../../platform/db/tenant-scope';
import type { ClientSize } from './client.entity';
import type { ClientFilter, ClientSort } from './client-list.inputs';
import type { ClientSortField, SortDirection } from './client.types';

const SIZES: readonly ClientSize[] = ['STARTUP', 'SMB', 'ENTERPRISE'];
const SORT_FIELDS: readonly ClientSortField[] = ['NAME', 'CREATED_AT', 'TOTAL_VALUE', 'LAST_ACTIVITY'];
const CUSTOM_KEY = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;

type Query = Record<string, unknown>;

const one = (q: Query, name: string): string | undefined => {
  const v = q[name];
  if (v === undefined) return undefined;
  if (typeof v !== 'string') throw badInput(name, `${name} must be given once`);
  return v;
};
const list = (q: Query, name: string, max = 50): string[] => {
  const v = one(q, name);
  const items = v
    ? v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : [];
  if (items.length > max) throw badInput(name, `${name} takes at most ${max} values`);
  return items;
};
function oneOf<T extends string>(q: Query, name: string, allowed: readonly T[]): T[] {
  const items = list(q, name);
  const bad = items.find((i) => !allowed.includes(i as T));
  if (bad) throw badInput(name, `${name} has an unknown value "${bad}"`);
  return items as T[];
}
const money = (q: Query, name: string): number | null => {
  const v = one(q, name);
  if (v === undefined || v === '') return null;
  if (!/^\d{1,15}$/.test(v)) throw badInput(name, `${name} must be a whole number of minor units`);
  return Number(v);
};

/**
 * The list state as the admin writes it in its URL (`q`, `status`, `archived`, `projects`, `industry`, `size`,
 * `tag`, `manager`, `cf.<key>`, `tenure`, `vmin`, `vbelow`, `sort`, `dir`), read by the CSV export.
 */
export function clientFilterFromQuery(q: Query): { filter: ClientFilter; sort: ClientSort } {
  const search = one(q, 'q')?.trim();
  if (search && search.length > 200) throw badInput('q', 'q must be at most 200 characters');
  const projects = one(q, 'projects');
  if (projects !== undefined && projects !== 'yes' && projects !== 'no')
    throw badInput('projects', 'projects must be yes or no');
  const managers = list(q, 'manager');
  if (managers.some((m) => !isUuid(m))) throw badInput('manager', 'manager must be user ids');
  const customFields = Object.keys(q)
    .filter((k) => k.startsWith('cf.'))
    .map((k) => {
      const key = k.slice(3);
      if (!CUSTOM_KEY.test(key)) throw badInput(k, 'unknown custom field key');
      return { key, value: one(q, k) ?? '' };
    });
  const tenure = one(q, 'tenure');
  if (tenure !== undefined && !TENURES.includes(tenure as Tenure))
    throw badInput('tenure', 'tenure must be NEW or RECURRING');
  const sortField = one(q, 'sort') ?? 'NAME';
  if (!SORT_FIELDS.includes(sortField as ClientSortField))
    throw badInput('sort', `sort must be one of ${SORT_FIELDS.join(', ')}`);
  const dir = one(q, 'dir') ?? (sortField === 'NAME' ? 'ASC' : 'DESC');
  if (dir !== 'ASC' && dir !== 'DESC') throw badInput('dir', 'dir must be ASC or DESC');
  const filter: ClientFilter = {
    search: search || undefined,
    status: oneOf<ClientStatus>(q, 'status', CLIENT_STATUSES),
    includeArchived: one(q, 'archived') === '1',
    hasProjects: projects === undefined ? null : projects === 'yes',
    industries: list(q, 'industry'),
    sizes: oneOf<ClientSize>(q, 'size', SIZES),
    tags: list(q, 'tag'),
    accountManagerIds: managers,
    customFields,
    tenure: (tenure as Tenure | undefined) ?? null,
    valueMin: money(q, 'vmin'),
    valueBelow: money(q, 'vbelow'),
  };
  return { filter, sort: { field: sortField as ClientSortField, direction: dir as SortDirection } };
}
