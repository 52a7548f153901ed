import { weekDays } from './calendar';

export interface TimesheetEntryLike {
  projectId: string;
  date: string;
  minutes: number;
}

export interface TimesheetRow<E> {
  projectId: string;
  /** Minutes per day, Monday first. */
  days: number[];
  total: number;
  entries: E[];
}

export interface Timesheet<E> {
  days: string[];
  rows: TimesheetRow<E>[];
  dayTotals: number[];
  total: number;
}

/** Groups a week's entries by project × day; rows keep the order projects first appear in `entries`. */
export function buildTimesheet<E extends TimesheetEntryLike>(weekStart: string, entries: readonly E[]): Timesheet<E> {
  const days = weekDays(weekStart);
  const index = new Map(days.map((d, i) => [d, i]));
  const rows = new Map<string, TimesheetRow<E>>();
  const dayTotals = days.map(() => 0);
  for (const e of entries) {
    const i = index.get(e.date);
    if (i === undefined) continue;
    let row = rows.get(e.projectId);
    if (!row) rows.set(e.projectId, (row = { projectId: e.projectId, days: days.map(() => 0), total: 0, entries: [] }));
    row.days[i] += e.minutes;
    row.total += e.minutes;
    row.entries.push(e);
    dayTotals[i] += e.minutes;
  }
  return { days, rows: [...rows.values()], dayTotals, total: dayTotals.reduce((a, b) => a + b, 0) };
}
