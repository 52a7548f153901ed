import type { DomainError } from '../errors/domain-error';
import {
  assertEntryEditable,
  checkTimeEntry,
  defaultBillRate,
  minuteRateSumToValue,
  timerMinutes,
  timeValue,
} from './time-rules';

const fieldOf = (fn: () => void) => {
  try {
    fn();
  } catch (e) {
    return (e as DomainError).field;
  }
  return undefined;
};

describe('timer rounding', () => {
  const start = new Date('2026-03-09T09:00:00Z');
  it('rounds up to the next whole minute', () => {
    expect(timerMinutes(start, new Date('2026-03-09T09:25:00Z'))).toBe(25);
    expect(timerMinutes(start, new Date('2026-03-09T09:25:00.001Z'))).toBe(26);
  });
  it('is at least one minute and at most a day', () => {
    expect(timerMinutes(start, start)).toBe(1);
    expect(timerMinutes(start, new Date('2026-03-09T09:00:05Z'))).toBe(1);
    expect(timerMinutes(start, new Date('2026-03-11T09:00:00Z'))).toBe(1440);
  });
});

describe('money rounding', () => {
  it('sums exactly, then rounds once half-up', () => {
    // 3 × 1 minute at 10 000/h = 500 exactly; rounding per entry would give 3 × 167 = 501.
    expect(
      timeValue([
        { minutes: 1, rate: 10_000 },
        { minutes: 1, rate: 10_000 },
        { minutes: 1, rate: 10_000 },
      ]),
    ).toBe(500);
    expect(timeValue([{ minutes: 1, rate: 30 }])).toBe(1); // 0.5 → 1
    expect(timeValue([{ minutes: 1, rate: 29 }])).toBe(0);
    expect(minuteRateSumToValue('90')).toBe(2); // 1.5 → 2
    expect(timeValue([])).toBe(0);
  });
  it('stays exact beyond 2^53 intermediate sums', () => {
    expect(minuteRateSumToValue(BigInt(Number.MAX_SAFE_INTEGER) * 60n)).toBe(Number.MAX_SAFE_INTEGER);
  });
});

describe('time entry rules', () => {
  it('names the bad field', () => {
    expect(fieldOf(() => checkTimeEntry({ minutes: 0 }))).toBe('minutes');
    expect(fieldOf(() => checkTimeEntry({ minutes: 1441 }))).toBe('minutes');
    expect(fieldOf(() => checkTimeEntry({ minutes: 1.5 }))).toBe('minutes');
    expect(fieldOf(() => checkTimeEntry({ date: '2026-02-30' }))).toBe('date');
    expect(fieldOf(() => checkTimeEntry({ billRate: -1 }))).toBe('billRate');
    expect(fieldOf(() => checkTimeEntry({ minutes: 1440, date: '2024-02-29', billRate: 0 }))).toBeUndefined();
  });
  it('locks billed entries', () => {
    expect(() => assertEntryEditable({ invoiceLineId: 'x' })).toThrow(/invoice/);
    expect(() => assertEntryEditable({ invoiceLineId: null })).not.toThrow();
  });
  it('defaults the bill rate to the hourly rate of HOURLY projects', () => {
    expect(defaultBillRate({ billingMode: 'HOURLY', hourlyRate: 12_000 })).toBe(12_000);
    expect(defaultBillRate({ billingMode: 'FIXED', hourlyRate: 12_000 })).toBe(0);
    expect(defaultBillRate({ billingMode: 'HOURLY', hourlyRate: null })).toBe(0);
  });
});
