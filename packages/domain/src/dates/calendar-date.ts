/**
 * Calendar dates: a day on the calendar (`2026-03-14`, a due date, an issue date), not an instant. They travel as
 * `YYYY-MM-DD` strings (the API's and Mantine's date inputs' format) and are only turned into a `Date` as UTC
 * midnight, formatted in UTC, so no time zone can move them to the day before or after.
 */

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar date `YYYY-MM-DD` (no 2026-02-30). */
export function isIsoDate(value: string): boolean {
  return parseCalendarDate(value) !== null;
}

/** `YYYY-MM-DD` → that day's UTC midnight; null when it is not a real calendar date. */
export function parseCalendarDate(value: string | null | undefined): Date | null {
  if (!value || !ISO_DATE.test(value)) return null;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value ? date : null;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * What a date picker holds → `YYYY-MM-DD`: a `Date` by its local calendar day (pickers build local midnights), a
 * string by its leading date (`2026-03-14`, `2026-03-14 09:30:00`); null when empty or not a real date.
 */
export function toCalendarDate(value: Date | string | null | undefined): string | null {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return null;
    return `${pad(value.getFullYear(), 4)}-${pad(value.getMonth() + 1)}-${pad(value.getDate())}`;
  }
  const day = /^(\d{4}-\d{2}-\d{2})(?:[ T][\d:.]*)?$/.exec(value?.trim() ?? '')?.[1];
  return day && isIsoDate(day) ? day : null;
}

/** A `dateStyle`, or the date fields to show (`{ weekday: 'short', day: 'numeric' }`). */
export type CalendarDateStyle =
  | NonNullable<Intl.DateTimeFormatOptions['dateStyle']>
  | Pick<Intl.DateTimeFormatOptions, 'weekday' | 'era' | 'year' | 'month' | 'day'>;

const dateFormats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(locale: string, style: CalendarDateStyle): Intl.DateTimeFormat {
  const key = `${locale}|${typeof style === 'string' ? style : JSON.stringify(style)}`;
  let format = dateFormats.get(key);
  if (!format) {
    const options = typeof style === 'string' ? { dateStyle: style } : style;
    format = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
    if (dateFormats.size < 500) dateFormats.set(key, format);
  }
  return format;
}

/**
 * A calendar date (`2026-03-14`, or the date part of a longer ISO string) in the locale, `medium` style by
 * default (`Mar 14, 2026`); '' when empty or unreadable. The day is never shifted by a time zone.
 */
export function formatCalendarDate(
  isoDate: string | null | undefined,
  locale: string,
  style: CalendarDateStyle = 'medium',
): string {
  if (!isoDate) return '';
  const date = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return '';
  return dateFormat(locale, style).format(date);
}
