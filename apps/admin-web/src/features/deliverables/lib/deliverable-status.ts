import type { DeliverableStatus } from '@clientflow/graphql-types/admin';

export const DELIVERABLE_STATUS_META: Record<DeliverableStatus, { label: string; color: string }> = {
  PENDING_APPROVAL: { label: 'Awaiting approval', color: 'yellow' },
  APPROVED: { label: 'Approved', color: 'teal' },
  CHANGES_REQUESTED: { label: 'Changes requested', color: 'red' },
};

/** Today's calendar date (YYYY-MM-DD) in the workspace's time zone. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** Formats a calendar date without shifting it through a time zone. */
export function formatCalendarDate(date: string | null | undefined, locale: string): string {
  if (!date) return '—';
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
}
