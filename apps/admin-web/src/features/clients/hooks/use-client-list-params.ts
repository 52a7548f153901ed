import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import {
  DEFAULT_LIST_PARAMS,
  FILTER_KEYS,
  parseClientListParams,
  serializeClientListParams,
  type ClientListParams,
} from '../lib/client-list-params';

interface UpdateOptions {
  /** Replace the history entry instead of pushing one (typing in the search box). */
  replace?: boolean;
}

export function useClientListParams() {
  const [searchParams, setSearchParams] = useSearchParams();
  const params = useMemo(() => parseClientListParams(searchParams), [searchParams]);

  /** Any change other than the page itself sends the user back to page 1. */
  const update = useCallback(
    (patch: Partial<ClientListParams>, options: UpdateOptions = {}) => {
      setSearchParams((prev) => serializeClientListParams({ ...parseClientListParams(prev), page: 1, ...patch }), {
        replace: options.replace,
      });
    },
    [setSearchParams],
  );

  const clearFilters = useCallback(
    () =>
      update(
        Object.fromEntries(FILTER_KEYS.map((key) => [key, DEFAULT_LIST_PARAMS[key]])) as Partial<ClientListParams>,
      ),
    [update],
  );

  return { params, update, clearFilters };
}
