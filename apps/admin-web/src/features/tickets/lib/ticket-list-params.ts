import { TICKET_PRIORITIES, TICKET_STATUSES, type TicketPriority, type TicketStatus } from '@clientflow/domain';
import type { TicketFilter, TicketsQueryVariables } from '@clientflow/graphql-types/admin';

export const TICKET_PAGE_SIZE = 25;

/** The inbox opens on what still needs someone: waiting for the agency or for the client. */
export const INBOX_DEFAULT_STATUSES: readonly TicketStatus[] = ['OPEN', 'PENDING'];

/** `me`, `unassigned`, or a member's user id; null for anyone. */
export type AssigneeParam = 'me' | 'unassigned' | string | null;

export interface TicketListParams {
  search: string;
  /** Empty: every status. */
  statuses: TicketStatus[];
  priorities: TicketPriority[];
  assignee: AssigneeParam;
  clientId: string | null;
  unreadOnly: boolean;
  page: number;
}

const isStatus = (v: string): v is TicketStatus => (TICKET_STATUSES as readonly string[]).includes(v);
const isPriority = (v: string): v is TicketPriority => (TICKET_PRIORITIES as readonly string[]).includes(v);
const csv = (value: string | null) =>
  (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

export function defaultTicketListParams(defaultStatuses: readonly TicketStatus[]): TicketListParams {
  return {
    search: '',
    statuses: [...defaultStatuses],
    priorities: [],
    assignee: null,
    clientId: null,
    unreadOnly: false,
    page: 1,
  };
}

/**
 * Reads the list state from the URL (`?status=OPEN,PENDING&priority=HIGH&assignee=me&client=<id>&q=&unread=1&page=2`).
 * No `status` means the default statuses; `status=all` means every status. Malformed values are ignored.
 */
export function parseTicketListParams(
  search: URLSearchParams,
  defaultStatuses: readonly TicketStatus[],
): TicketListParams {
  const status = search.get('status');
  const page = Number.parseInt(search.get('page') ?? '1', 10);
  const assignee = search.get('assignee')?.trim() || null;
  return {
    search: search.get('q')?.trim() ?? '',
    statuses: status === null ? [...defaultStatuses] : status === 'all' ? [] : csv(status).filter(isStatus),
    priorities: csv(search.get('priority')).filter(isPriority),
    assignee,
    clientId: search.get('client')?.trim() || null,
    unreadOnly: search.get('unread') === '1',
    page: Number.isFinite(page) && page > 0 ? page : 1,
  };
}

/** Writes only what differs from the defaults, so the plain inbox keeps a clean URL. */
export function serializeTicketListParams(
  params: TicketListParams,
  defaultStatuses: readonly TicketStatus[],
): URLSearchParams {
  const out = new URLSearchParams();
  if (params.search.trim()) out.set('q', params.search.trim());
  if (!sameSet(params.statuses, defaultStatuses))
    out.set('status', params.statuses.length ? params.statuses.join(',') : 'all');
  if (params.priorities.length) out.set('priority', params.priorities.join(','));
  if (params.assignee) out.set('assignee', params.assignee);
  if (params.clientId) out.set('client', params.clientId);
  if (params.unreadOnly) out.set('unread', '1');
  if (params.page > 1) out.set('page', String(params.page));
  return out;
}

export function hasTicketFilters(params: TicketListParams, defaultStatuses: readonly TicketStatus[]): boolean {
  return Boolean(
    params.search ||
    !sameSet(params.statuses, defaultStatuses) ||
    params.priorities.length ||
    params.assignee ||
    params.clientId ||
    params.unreadOnly,
  );
}

/** The GraphQL filter; only set keys, so equal states give equal variables (and cache entries). */
export function toTicketFilter(params: TicketListParams, viewerId: string, fixedClientId?: string): TicketFilter {
  const clientId = fixedClientId ?? params.clientId;
  const { assignee } = params;
  return {
    ...(params.statuses.length ? { status: params.statuses } : {}),
    ...(params.priorities.length ? { priority: params.priorities } : {}),
    ...(assignee === 'unassigned'
      ? { unassigned: true }
      : assignee
        ? { assigneeId: assignee === 'me' ? viewerId : assignee }
        : {}),
    ...(clientId ? { clientId } : {}),
    ...(params.search ? { search: params.search } : {}),
    ...(params.unreadOnly ? { unreadOnly: true } : {}),
  };
}

export function toTicketsVariables(
  params: TicketListParams,
  viewerId: string,
  fixedClientId?: string,
): TicketsQueryVariables {
  return {
    filter: toTicketFilter(params, viewerId, fixedClientId),
    page: { offset: (params.page - 1) * TICKET_PAGE_SIZE, limit: TICKET_PAGE_SIZE },
  };
}
