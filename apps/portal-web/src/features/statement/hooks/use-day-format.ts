import { useCallback } from 'react';
import { useFormatters } from '../../../shared/i18n/i18n-provider';

/** Calendar dates ('2026-03-10') shown per locale; read as UTC so no timezone moves them a day. */
export function useDayFormat() {
  const f = useFormatters();
  return useCallback((iso: string) => f.date(iso, { dateStyle: 'medium', timeZone: 'UTC' }), [f]);
}
