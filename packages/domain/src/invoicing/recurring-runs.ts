import { badInput } from '../errors/domain-error';
import { isIsoDate } from '../dates/calendar-date';
import { addDays } from '../time/calendar';
import { nextIssueDate, type RecurrenceFrequency } from './recurrence';
import type { RecurringMode } from './billing-kinds';

export interface RecurringScheduleDates {
  startDate: string;
  frequency: RecurrenceFrequency;
  mode: RecurringMode;
  endDate?: string | null;
}

/** One period of a schedule and the day its invoice is issued. */
export interface ScheduledRun {
  periodStart: string;
  periodEnd: string;
  issueDate: string;
}

/** Catch-up bound: at most this many periods of one schedule are billed per run of the job (the rest next run). */
export const MAX_CATCH_UP_PERIODS = 36;

/**
 * The run of the period starting `periodStart` (an issue date of the schedule). FIXED bills in advance: the invoice
 * is issued on the period's first day. HOURS bills in arrears: the period's time is only complete once it has
 * ended, so its invoice is issued on the next period's first day.
 */
export function scheduledRun(schedule: RecurringScheduleDates, periodStart: string): ScheduledRun {
  const next = nextIssueDate(schedule.startDate, schedule.frequency, periodStart);
  return { periodStart, periodEnd: addDays(next, -1), issueDate: schedule.mode === 'HOURS' ? next : periodStart };
}

/** The period after the last billed one (the schedule's start when nothing was billed yet). */
export function nextPeriodStart(schedule: RecurringScheduleDates, lastPeriodEnd: string | null): string {
  return lastPeriodEnd ? addDays(lastPeriodEnd, 1) : schedule.startDate;
}

/** A schedule is finished once a period would start after its end date (the end date's own period is billed). */
export function isAfterScheduleEnd(schedule: RecurringScheduleDates, periodStart: string): boolean {
  return !!schedule.endDate && periodStart > schedule.endDate;
}

/** The next `count` runs from the period starting `fromPeriodStart` (default: the start), stopping at the end date. */
export function upcomingRuns(
  schedule: RecurringScheduleDates,
  count: number,
  fromPeriodStart?: string | null,
): ScheduledRun[] {
  assertScheduleDates(schedule);
  const runs: ScheduledRun[] = [];
  let start = fromPeriodStart ?? schedule.startDate;
  while (runs.length < count && !isAfterScheduleEnd(schedule, start)) {
    const run = scheduledRun(schedule, start);
    runs.push(run);
    start = addDays(run.periodEnd, 1);
  }
  return runs;
}

/** The periods whose invoice is due on or before `today`, oldest first, at most `limit` (catch-up after downtime). */
export function dueRuns(
  schedule: RecurringScheduleDates,
  fromPeriodStart: string,
  today: string,
  limit = MAX_CATCH_UP_PERIODS,
): ScheduledRun[] {
  if (!isIsoDate(today)) throw badInput('today', 'today must be a calendar date like 2026-03-14');
  const runs: ScheduledRun[] = [];
  let start = fromPeriodStart;
  while (runs.length < limit && !isAfterScheduleEnd(schedule, start)) {
    const run = scheduledRun(schedule, start);
    if (run.issueDate > today) break;
    runs.push(run);
    start = addDays(run.periodEnd, 1);
  }
  return runs;
}

/** Field errors for a schedule's dates: real dates, end not before start. */
export function assertScheduleDates(schedule: RecurringScheduleDates): void {
  if (!isIsoDate(schedule.startDate)) throw badInput('startDate', 'startDate must be a calendar date like 2026-03-14');
  if (schedule.endDate != null) {
    if (!isIsoDate(schedule.endDate)) throw badInput('endDate', 'endDate must be a calendar date like 2026-03-14');
    if (schedule.endDate < schedule.startDate)
      throw badInput('endDate', 'The end date cannot be before the start date');
  }
}
