import { buildTimesheet } from './timesheet';
import { addDays, daysBetween, isoWeekStart, localDate, weekDays } from './calendar';

describe('week boundaries', () => {
  it('starts weeks on Monday', () => {
    expect(isoWeekStart('2026-03-15')).toBe('2026-03-09'); // Sunday → previous Monday
    expect(isoWeekStart('2026-03-09')).toBe('2026-03-09');
    expect(isoWeekStart('2027-01-01')).toBe('2026-12-28'); // across a year
    expect(weekDays('2026-03-11')).toEqual([
      '2026-03-09',
      '2026-03-10',
      '2026-03-11',
      '2026-03-12',
      '2026-03-13',
      '2026-03-14',
      '2026-03-15',
    ]);
  });
  it('reads the local date in the workspace timezone', () => {
    const sundayNightUtc = new Date('2026-03-15T23:30:00Z');
    expect(localDate(sundayNightUtc, 'UTC')).toBe('2026-03-15');
    expect(localDate(sundayNightUtc, 'Europe/Lisbon')).toBe('2026-03-15');
    expect(localDate(sundayNightUtc, 'Asia/Tokyo')).toBe('2026-03-16'); // already Monday: next week
    expect(localDate(new Date('2026-03-16T02:00:00Z'), 'America/Sao_Paulo')).toBe('2026-03-15'); // still Sunday
    expect(isoWeekStart(localDate(sundayNightUtc, 'Asia/Tokyo'))).toBe('2026-03-16');
  });
  it('rejects a non-date week start with the field', () => {
    expect(() => weekDays('next week')).toThrow(expect.objectContaining({ field: 'weekStart' }));
  });
  it('counts days', () => {
    expect(daysBetween('2026-02-27', '2026-03-01')).toBe(2);
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });
});

describe('timesheet grouping', () => {
  it('groups by project × day with totals and ignores other weeks', () => {
    const sheet = buildTimesheet('2026-03-09', [
      { projectId: 'a', date: '2026-03-09', minutes: 60 },
      { projectId: 'b', date: '2026-03-10', minutes: 30 },
      { projectId: 'a', date: '2026-03-09', minutes: 15 },
      { projectId: 'a', date: '2026-03-15', minutes: 45 },
      { projectId: 'a', date: '2026-03-16', minutes: 999 },
    ]);
    expect(sheet.rows.map((r) => [r.projectId, r.days, r.total])).toEqual([
      ['a', [75, 0, 0, 0, 0, 0, 45], 120],
      ['b', [0, 30, 0, 0, 0, 0, 0], 30],
    ]);
    expect(sheet.dayTotals).toEqual([75, 30, 0, 0, 0, 0, 45]);
    expect(sheet.total).toBe(150);
  });
});
