import type { DomainError } from '../errors/domain-error';
import { MAX_ISSUE_DATES, issueDates, nextIssueDate, periodFor, periodKey } from './recurrence';

const errorOf = (fn: () => unknown): DomainError | undefined => {
  try {
    fn();
  } catch (e) {
    return e as DomainError;
  }
  return undefined;
};

describe('issueDates', () => {
  it('anchors monthly dates on the start day without drift', () => {
    expect(issueDates('2026-01-31', 'MONTHLY', 6)).toEqual([
      '2026-01-31',
      '2026-02-28',
      '2026-03-31',
      '2026-04-30',
      '2026-05-31',
      '2026-06-30',
    ]);
  });
  it('uses Feb 29 in leap years', () => {
    expect(issueDates('2028-01-31', 'MONTHLY', 3)).toEqual(['2028-01-31', '2028-02-29', '2028-03-31']);
    expect(issueDates('2026-01-30', 'MONTHLY', 3)).toEqual(['2026-01-30', '2026-02-28', '2026-03-30']);
  });
  it('handles quarterly and yearly, including Feb 29 starts', () => {
    expect(issueDates('2026-11-30', 'QUARTERLY', 4)).toEqual(['2026-11-30', '2027-02-28', '2027-05-30', '2027-08-30']);
    expect(issueDates('2028-02-29', 'YEARLY', 5)).toEqual([
      '2028-02-29',
      '2029-02-28',
      '2030-02-28',
      '2031-02-28',
      '2032-02-29',
    ]);
    expect(issueDates('2100-01-29', 'MONTHLY', 2)).toEqual(['2100-01-29', '2100-02-28']); // 2100 is not leap
    expect(issueDates('2000-01-29', 'MONTHLY', 2)).toEqual(['2000-01-29', '2000-02-29']); // 2000 is
  });
  it('crosses year ends', () => {
    expect(issueDates('2026-12-15', 'MONTHLY', 3)).toEqual(['2026-12-15', '2027-01-15', '2027-02-15']);
  });
  it('matches computing each date independently (never from the previous one)', () => {
    const all = issueDates('2026-01-31', 'MONTHLY', 24);
    expect(all[13]).toBe('2027-02-28');
    expect(all[14]).toBe('2027-03-31');
    expect(issueDates('2026-01-31', 'MONTHLY', 0)).toEqual([]);
  });
  it('validates its inputs', () => {
    expect(errorOf(() => issueDates('2026-02-30', 'MONTHLY', 1))?.field).toBe('startDate');
    expect(errorOf(() => issueDates('2026-01-01', 'WEEKLY' as never, 1))?.field).toBe('frequency');
    expect(errorOf(() => issueDates('2026-01-01', 'MONTHLY', -1))?.field).toBe('count');
    expect(errorOf(() => issueDates('2026-01-01', 'MONTHLY', 1.5))?.field).toBe('count');
    expect(errorOf(() => issueDates('2026-01-01', 'MONTHLY', MAX_ISSUE_DATES + 1))?.field).toBe('count');
    expect(errorOf(() => issueDates('9999-06-01', 'YEARLY', 2))?.code).toBe('BAD_USER_INPUT');
  });
});

describe('periodFor', () => {
  it('runs from an issue date to the day before the next', () => {
    expect(periodFor('2026-01-31', 'MONTHLY', 0)).toEqual({ periodStart: '2026-01-31', periodEnd: '2026-02-27' });
    expect(periodFor('2026-01-31', 'MONTHLY', 1)).toEqual({ periodStart: '2026-02-28', periodEnd: '2026-03-30' });
    expect(periodFor('2026-01-01', 'MONTHLY', 2)).toEqual({ periodStart: '2026-03-01', periodEnd: '2026-03-31' });
    expect(periodFor('2026-01-01', 'QUARTERLY', 3)).toEqual({ periodStart: '2026-10-01', periodEnd: '2026-12-31' });
    expect(periodFor('2028-01-01', 'YEARLY', 0)).toEqual({ periodStart: '2028-01-01', periodEnd: '2028-12-31' });
  });
  it('periods are contiguous and do not overlap', () => {
    for (let i = 0; i < 30; i++) {
      const a = periodFor('2026-01-31', 'MONTHLY', i);
      const b = periodFor('2026-01-31', 'MONTHLY', i + 1);
      expect(a.periodEnd < b.periodStart).toBe(true);
      expect(new Date(`${b.periodStart}T00:00:00Z`).getTime() - new Date(`${a.periodEnd}T00:00:00Z`).getTime()).toBe(
        86_400_000,
      );
    }
  });
  it('validates the index', () => {
    expect(errorOf(() => periodFor('2026-01-01', 'MONTHLY', -1))?.field).toBe('index');
    expect(errorOf(() => periodFor('2026-01-01', 'MONTHLY', 0.5))?.field).toBe('index');
  });
});

describe('periodKey', () => {
  it('is stable for a schedule and period start', () => {
    expect(periodKey('sched-1', '2026-02-28')).toBe('sched-1:2026-02-28');
    expect(periodKey('sched-1', periodFor('2026-01-31', 'MONTHLY', 1).periodStart)).toBe(
      periodKey('sched-1', '2026-02-28'),
    );
    expect(periodKey('sched-1', '2026-02-28')).not.toBe(periodKey('sched-2', '2026-02-28'));
  });
  it('validates its inputs', () => {
    expect(errorOf(() => periodKey(' ', '2026-02-28'))?.field).toBe('scheduleId');
    expect(errorOf(() => periodKey('s', '2026-2-28'))?.field).toBe('periodStart');
  });
});

describe('nextIssueDate', () => {
  it('is the start date when before or the day before it', () => {
    expect(nextIssueDate('2026-01-31', 'MONTHLY', '2025-06-01')).toBe('2026-01-31');
    expect(nextIssueDate('2026-01-31', 'MONTHLY', '2026-01-30')).toBe('2026-01-31');
  });
  it('is strictly after `after`', () => {
    expect(nextIssueDate('2026-01-31', 'MONTHLY', '2026-01-31')).toBe('2026-02-28');
    expect(nextIssueDate('2026-01-31', 'MONTHLY', '2026-02-15')).toBe('2026-02-28');
    expect(nextIssueDate('2026-01-31', 'MONTHLY', '2026-02-28')).toBe('2026-03-31');
    expect(nextIssueDate('2026-01-31', 'MONTHLY', '2026-03-30')).toBe('2026-03-31');
  });
  it('keeps the anchor after a short month', () => {
    expect(nextIssueDate('2026-01-31', 'MONTHLY', '2026-03-01')).toBe('2026-03-31');
    expect(nextIssueDate('2026-01-31', 'MONTHLY', '2027-01-31')).toBe('2027-02-28');
  });
  it('works for quarterly and yearly', () => {
    expect(nextIssueDate('2026-01-15', 'QUARTERLY', '2026-05-20')).toBe('2026-07-15');
    expect(nextIssueDate('2026-01-15', 'QUARTERLY', '2026-04-14')).toBe('2026-04-15');
    expect(nextIssueDate('2028-02-29', 'YEARLY', '2029-01-01')).toBe('2029-02-28');
    expect(nextIssueDate('2028-02-29', 'YEARLY', '2031-03-01')).toBe('2032-02-29');
  });
  it('always returns one of the issue dates', () => {
    const dates = issueDates('2026-01-31', 'MONTHLY', 40);
    for (let d = 0; d < 900; d += 7) {
      const after = new Date(Date.UTC(2026, 0, 1 + d)).toISOString().slice(0, 10);
      const next = nextIssueDate('2026-01-31', 'MONTHLY', after);
      expect(next).toBe(dates.find((x) => x > after));
    }
  });
  it('validates its inputs', () => {
    expect(errorOf(() => nextIssueDate('2026-01-31', 'MONTHLY', 'tomorrow'))?.field).toBe('after');
    expect(errorOf(() => nextIssueDate('nope', 'MONTHLY', '2026-01-01'))?.field).toBe('startDate');
  });
});
