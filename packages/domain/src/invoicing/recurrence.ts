import { badInput } from '../errors/domain-error';
import { isIsoDate } from '../dates/calendar-date';
import { addDays } from '../time/calendar';

export const RECURRENCE_FREQUENCIES = ['MONTHLY', 'QUARTERLY', 'YEARLY'] as const;
export type RecurrenceFrequency = (typeof RECURRENCE_FREQUENCIES)[number];

const MONTHS: Record<RecurrenceFrequency, number> = { MONTHLY: 1, QUARTERLY: 3, YEARLY: 12 };
/** Upper bound on dates asked for at once (100 years of monthly invoices). */
export const MAX_ISSUE_DATES = 1200;

function assertDate(value: string, field: string): void {
  if (typeof value !== 'string' || !isIsoDate(value))
    throw badInput(field, `${field} must be a calendar date like 2026-03-14`);
}

function assertFrequency(frequency: RecurrenceFrequency): void {
  if (!RECURRENCE_FREQUENCIES.includes(frequency))
    throw badInput('frequency', 'frequency must be MONTHLY, QUARTERLY or YEARLY');
}

function assertIndex(value: number, field: string, max: number): void {
  if (!Number.isInteger(value) || value < 0 || value > max)
    throw badInput(field, `${field} must be a whole number from 0 to ${max}`);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * The `index`-th issue date: start + index × step months, on the start's day of month clamped to the month's length.
 * Always from the start, never from the previous date, so Jan 31 → Feb 28 → Mar 31 (no drift to the 28th).
 */
function dateAt(startDate: string, frequency: RecurrenceFrequency, index: number): string {
  const [y, m, d] = startDate.split('-').map(Number);
  const months = m - 1 + index * MONTHS[frequency];
  const year = y + Math.floor(months / 12);
  const month = (months % 12) + 1;
  if (year > 9999) throw badInput('startDate', 'the schedule runs past the year 9999');
  const day = Math.min(d, daysInMonth(year, month));
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The first `count` issue dates, the start date first. */
export function issueDates(startDate: string, frequency: RecurrenceFrequency, count: number): string[] {
  assertDate(startDate, 'startDate');
  assertFrequency(frequency);
  assertIndex(count, 'count', MAX_ISSUE_DATES);
  return Array.from({ length: count }, (_, i) => dateAt(startDate, frequency, i));
}

/** The period the `index`-th invoice bills: from its issue date to the day before the next one, inclusive. */
export function periodFor(
  startDate: string,
  frequency: RecurrenceFrequency,
  index: number,
): { periodStart: string; periodEnd: string } {
  assertDate(startDate, 'startDate');
  assertFrequency(frequency);
  assertIndex(index, 'index', Number.MAX_SAFE_INTEGER);
  return {
    periodStart: dateAt(startDate, frequency, index),
    periodEnd: addDays(dateAt(startDate, frequency, index + 1), -1),
  };
}

/** Unique key of one billed period of a schedule: store it with a unique constraint so a period is billed exactly once. */
export function periodKey(scheduleId: string, periodStart: string): string {
  if (typeof scheduleId !== 'string' || !scheduleId.trim()) throw badInput('scheduleId', 'scheduleId is required');
  assertDate(periodStart, 'periodStart');
  return `${scheduleId}:${periodStart}`;
}

/** The first issue date strictly after `after` (the start date itself when `after` is before it). */
export function nextIssueDate(startDate: string, frequency: RecurrenceFrequency, after: string): string {
  assertDate(startDate, 'startDate');
  assertFrequency(frequency);
  assertDate(after, 'after');
  const [sy, sm] = startDate.split('-').map(Number);
  const [ay, am] = after.split('-').map(Number);
  const monthsApart = (ay - sy) * 12 + (am - sm);
  // Dates before this index fall in earlier months than `after`, so they cannot be after it.
  let index = Math.max(0, Math.floor(monthsApart / MONTHS[frequency]));
  while (dateAt(startDate, frequency, index) <= after) index += 1;
  return dateAt(startDate, frequency, index);
}
