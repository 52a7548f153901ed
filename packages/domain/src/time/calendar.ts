import { badInput } from '../errors/domain-error';
import { isIsoDate } from '../dates/calendar-date';

/** One formatter per time zone: building an Intl.DateTimeFormat costs far more than using one (lists call this per row). */
const formatters = new Map<string, Intl.DateTimeFormat>();

/** The calendar date (`YYYY-MM-DD`) of an instant in an IANA time zone. */
export function localDate(instant: Date, timeZone: string): string {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(timeZone, format);
  }
  const parts = format.formatToParts(instant);
  const get = (t: string) => parts.find((p) => p.type === t)!.value;
  return `${get('year')}-${get('month')}-${get('day')}`;
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Monday of the ISO week containing `date`. */
export function isoWeekStart(date: string): string {
  const dow = new Date(`${date}T00:00:00Z`).getUTCDay(); // 0 = Sunday
  return addDays(date, -((dow + 6) % 7));
}

/** The seven dates (Monday…Sunday) of the ISO week containing `weekStart`; BAD_USER_INPUT on a non-date. */
export function weekDays(weekStart: string, field = 'weekStart'): string[] {
  if (!isIsoDate(weekStart)) throw badInput(field, `${field} must be a calendar date like 2026-03-09`);
  const monday = isoWeekStart(weekStart);
  return Array.from({ length: 7 }, (_, i) => addDays(monday, i));
}

/** Whole days from `from` to `to` (calendar dates). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
