import { formatCalendarDate, isIsoDate, parseCalendarDate, toCalendarDate } from './calendar-date';

describe('isIsoDate and parseCalendarDate', () => {
  it('accept only real YYYY-MM-DD days', () => {
    expect(isIsoDate('2026-03-14')).toBe(true);
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2026-02-30')).toBe(false);
    expect(isIsoDate('2026-3-14')).toBe(false);
    expect(isIsoDate('2026-03-14T00:00:00Z')).toBe(false);
    expect(isIsoDate('')).toBe(false);
  });

  it('parses to UTC midnight', () => {
    expect(parseCalendarDate('2026-03-14')?.toISOString()).toBe('2026-03-14T00:00:00.000Z');
    expect(parseCalendarDate('2026-02-30')).toBeNull();
    expect(parseCalendarDate(null)).toBeNull();
    expect(parseCalendarDate(undefined)).toBeNull();
  });
});

describe('toCalendarDate', () => {
  it('reads what date pickers hold', () => {
    expect(toCalendarDate('2026-03-14')).toBe('2026-03-14');
    expect(toCalendarDate('2026-03-14 09:30:00')).toBe('2026-03-14');
    expect(toCalendarDate(new Date(2026, 2, 14))).toBe('2026-03-14');
    expect(toCalendarDate(new Date(2026, 2, 14, 23, 59))).toBe('2026-03-14');
    expect(toCalendarDate(new Date(5, 0, 2))).toBe('1905-01-02');
  });

  it('is null for nothing or a non-date', () => {
    expect(toCalendarDate(null)).toBeNull();
    expect(toCalendarDate(undefined)).toBeNull();
    expect(toCalendarDate('')).toBeNull();
    expect(toCalendarDate('2026-02-30')).toBeNull();
    expect(toCalendarDate('14/03/2026')).toBeNull();
    expect(toCalendarDate(new Date(Number.NaN))).toBeNull();
  });
});

describe('formatCalendarDate', () => {
  it('prints the day in the medium style by default, in any locale', () => {
    expect(formatCalendarDate('2026-03-01', 'en-US')).toBe('Mar 1, 2026');
    expect(formatCalendarDate('2026-03-01', 'pt-BR')).toBe('1 de mar. de 2026');
    expect(formatCalendarDate('2026-03-01T23:30:00-05:00', 'en-US')).toBe('Mar 1, 2026');
  });

  it('takes another dateStyle or the fields to show', () => {
    expect(formatCalendarDate('2026-03-14', 'en-US', 'long')).toBe('March 14, 2026');
    expect(formatCalendarDate('2026-03-14', 'en-US', 'short')).toBe('3/14/26');
    expect(formatCalendarDate('2026-03-14', 'en-US', { weekday: 'short', day: 'numeric' })).toBe('14 Sat');
    expect(formatCalendarDate('2026-03-14', 'en-US', { weekday: 'long', day: 'numeric', month: 'short' })).toBe(
      'Saturday, Mar 14',
    );
  });

  it('never moves the day through a time zone', () => {
    expect(formatCalendarDate('2026-01-01', 'en-US')).toBe('Jan 1, 2026');
    expect(formatCalendarDate('2025-12-31', 'en-US')).toBe('Dec 31, 2025');
  });

  it('is empty for nothing or an unreadable date', () => {
    expect(formatCalendarDate(null, 'en-US')).toBe('');
    expect(formatCalendarDate(undefined, 'en-US')).toBe('');
    expect(formatCalendarDate('', 'en-US')).toBe('');
    expect(formatCalendarDate('someday', 'en-US')).toBe('');
  });
});
