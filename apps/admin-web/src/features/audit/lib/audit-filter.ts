import type { AuditLogFilter } from '@clientflow/graphql-types/admin';

export interface AuditFilterValues {
  actions: string[];
  actorUserId: string | null;
  /** Calendar days (YYYY-MM-DD) in the viewer's browser time; `to` is inclusive. */
  from: string | null;
  to: string | null;
  search: string;
}

export const EMPTY_AUDIT_FILTER: AuditFilterValues = {
  actions: [],
  actorUserId: null,
  from: null,
  to: null,
  search: '',
};

const startOfDay = (day: string) => new Date(`${day}T00:00:00`);
const startOfNextDay = (day: string) => {
  const d = startOfDay(day);
  d.setDate(d.getDate() + 1);
  return d;
};

/** The screen's filter as the API's (an inclusive last day becomes the next day's start, exclusive). */
export function toApiFilter(values: AuditFilterValues): AuditLogFilter {
  return {
    actions: values.actions.length ? values.actions : null,
    actorUserId: values.actorUserId,
    from: values.from ? startOfDay(values.from).toISOString() : null,
    to: values.to ? startOfNextDay(values.to).toISOString() : null,
    search: values.search.trim() || null,
  };
}

/** The CSV export link for the same filter (`/files/exports/audit-log.csv?…`). */
export function auditCsvHref(values: AuditFilterValues): string {
  const f = toApiFilter(values);
  const params = new URLSearchParams();
  if (f.actions?.length) params.set('actions', f.actions.join(','));
  if (f.actorUserId) params.set('actor', f.actorUserId);
  if (f.from) params.set('from', String(f.from));
  if (f.to) params.set('to', String(f.to));
  if (f.search) params.set('search', f.search);
  const query = params.toString();
  return `/files/exports/audit-log.csv${query ? `?${query}` : ''}`;
}
