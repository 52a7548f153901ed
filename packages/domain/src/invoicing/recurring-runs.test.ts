import { DomainError } from '../errors/domain-error';
import { addDays } from '../time/calendar';
import {
  dueRuns,
  isAfterScheduleEnd,
  nextPeriodStart,
  scheduledRun,
  upcomingRuns,
  type RecurringScheduleDates,
} from './recurring-runs';

const monthly = (over: Partial<RecurringScheduleDates> = {}): RecurringScheduleDates => ({
  startDate: '2026-01-31',
  frequency: 'MONTHLY',
  mode: 'FIXED',
  ...over,
});

describe('scheduledRun', () => {
  it('bills FIXED periods in advance, on their first day, anchored to the start (Jan 31 → Feb 28 → Mar 31)', () => {
    expect(scheduledRun(monthly(), '2026-01-31')).toEqual({
      periodStart: '2026-01-31',
      periodEnd: '2026-02-27',
      issueDate: '2026-01-31',
    });
    expect(scheduledRun(monthly(), '2026-02-28')).toEqual({
      periodStart: '2026-02-28',
      periodEnd: '2026-03-30',
      issueDate: '2026-02-28',
    });
  });
  it('bills HOURS periods in arrears, on the next period’s first day', () => {
    expect(scheduledRun(monthly({ mode: 'HOURS', startDate: '2026-03-01' }), '2026-03-01')).toEqual({
      periodStart: '2026-03-01',
      periodEnd: '2026-03-31',
      issueDate: '2026-04-01',
    });
  });
  it('handles leap years and yearly Feb 29 starts', () => {
    expect(scheduledRun(monthly({ startDate: '2028-01-31' }), '2028-02-29').periodEnd).toBe('2028-03-30');
    expect(scheduledRun(monthly({ startDate: '2028-02-29', frequency: 'YEARLY' }), '2028-02-29').periodEnd).toBe(
      '2029-02-27',
    );
  });
});

describe('upcomingRuns', () => {
  it('lists 12 runs without drift and stops at the end date (its own period included)', () => {
    const runs = upcomingRuns(monthly(), 12);
    expect(runs.map((r) => r.issueDate)).toEqual([
      '2026-01-31',
      '2026-02-28',
      '2026-03-31',
      '2026-04-30',
      '2026-05-31',
      '2026-06-30',
      '2026-07-31',
      '2026-08-31',
      '2026-09-30',
      '2026-10-31',
      '2026-11-30',
      '2026-12-31',
    ]);
    runs.slice(1).forEach((r, i) => expect(r.periodStart).toBe(addDays(runs[i].periodEnd, 1)));
    expect(upcomingRuns(monthly({ endDate: '2026-03-31' }), 12)).toHaveLength(3);
    expect(upcomingRuns(monthly({ frequency: 'QUARTERLY' }), 3, '2026-04-30').map((r) => r.periodStart)).toEqual([
      '2026-04-30',
      '2026-07-31',
      '2026-10-31',
    ]);
  });
  it('refuses an end before the start', () => {
    expect(() => upcomingRuns(monthly({ endDate: '2026-01-01' }), 1)).toThrow(DomainError);
  });
});

describe('dueRuns', () => {
  it('returns every missed period oldest first, bounded, and nothing before the issue date', () => {
    expect(dueRuns(monthly(), '2026-01-31', '2026-01-30')).toEqual([]);
    expect(dueRuns(monthly(), '2026-01-31', '2026-04-29').map((r) => r.periodStart)).toEqual([
      '2026-01-31',
      '2026-02-28',
      '2026-03-31',
    ]);
    expect(dueRuns(monthly(), '2026-01-31', '2030-01-01', 5)).toHaveLength(5);
    expect(dueRuns(monthly({ mode: 'HOURS' }), '2026-01-31', '2026-02-27')).toEqual([]);
    expect(dueRuns(monthly({ mode: 'HOURS' }), '2026-01-31', '2026-02-28').map((r) => r.periodEnd)).toEqual([
      '2026-02-27',
    ]);
  });
  it('stops after the end date', () => {
    expect(dueRuns(monthly({ endDate: '2026-02-28' }), '2026-01-31', '2027-01-01')).toHaveLength(2);
    expect(isAfterScheduleEnd(monthly({ endDate: '2026-02-28' }), '2026-03-31')).toBe(true);
  });
  it('continues after the last billed period', () => {
    expect(nextPeriodStart(monthly(), null)).toBe('2026-01-31');
    expect(nextPeriodStart(monthly(), '2026-02-27')).toBe('2026-02-28');
  });
});
