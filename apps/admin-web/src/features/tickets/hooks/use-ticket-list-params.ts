import { useCallback, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { TicketStatus } from '@clientflow/domain';
import {
  defaultTicketListParams,
  hasTicketFilters,
  parseTicketListParams,
  serializeTicketListParams,
  type TicketListParams,
} from '../lib/ticket-list-params';

export interface TicketListState {
  params: TicketListParams;
  update(patch: Partial<TicketListParams>): void;
  filtered: boolean;
  clearFilters(): void;
}

/**
 * The tickets list state: in the URL on the inbox (a filtered inbox can be linked and survives reloads), in memory
 * on a client's page (its tabs share that URL). Every change but the page goes back to page 1.
 */
export function useTicketListParams(
  defaultStatuses: readonly TicketStatus[],
  storage: 'url' | 'memory' = 'url',
): TicketListState {
  const [searchParams, setSearchParams] = useSearchParams();
  const [memory, setMemory] = useState(() => defaultTicketListParams(defaultStatuses));
  const inUrl = storage === 'url';
  const params = useMemo(
    () => (inUrl ? parseTicketListParams(searchParams, defaultStatuses) : memory),
    // defaultStatuses is a module constant at every call site, so it never triggers a re-parse.
    [inUrl, searchParams, memory, defaultStatuses],
  );

  const update = useCallback(
    (patch: Partial<TicketListParams>) => {
      const next = { ...params, page: 1, ...patch };
      if (inUrl) setSearchParams(serializeTicketListParams(next, defaultStatuses), { replace: true });
      else setMemory(next);
    },
    [params, inUrl, setSearchParams, defaultStatuses],
  );

  const clearFilters = useCallback(() => update(defaultTicketListParams(defaultStatuses)), [update, defaultStatuses]);
  return { params, update, filtered: hasTicketFilters(params, defaultStatuses), clearFilters };
}
