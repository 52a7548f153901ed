import type { DomainError } from '../errors/domain-error';
import { assertReminderOffsets, remindersDue } from './reminders';

const errorOf = (fn: () => unknown): DomainError | undefined => {
  try {
    fn();
  } catch (e) {
    return e as DomainError;
  }
  return undefined;
};

const base = {
  dueDate: '2026-03-31',
  offsetsDays: [-3, 0, 7, 14],
  today: '2026-03-28',
  alreadySent: [] as number[],
  status: 'SENT' as const,
  balance: 10_000,
};

describe('remindersDue', () => {
  it('sends each offset on its day', () => {
    expect(remindersDue({ ...base, today: '2026-03-27' })).toEqual([]);
    expect(remindersDue({ ...base, today: '2026-03-28' })).toEqual([-3]);
    expect(remindersDue({ ...base, today: '2026-03-31', alreadySent: [-3] })).toEqual([0]);
    expect(remindersDue({ ...base, today: '2026-04-07', alreadySent: [-3, 0] })).toEqual([7]);
    expect(remindersDue({ ...base, today: '2026-04-14', alreadySent: [-3, 0, 7] })).toEqual([14]);
  });
  it('sends each offset once', () => {
    expect(remindersDue({ ...base, today: '2026-03-29', alreadySent: [-3] })).toEqual([]);
    expect(remindersDue({ ...base, today: '2026-04-30', alreadySent: [-3, 0, 7, 14] })).toEqual([]);
  });
  it('catches up with only the latest due offset, not a burst', () => {
    expect(remindersDue({ ...base, today: '2026-04-20' })).toEqual([14]);
    expect(remindersDue({ ...base, today: '2026-04-10', alreadySent: [-3] })).toEqual([7]);
  });
  it('does not send a before-due reminder once the due date has passed', () => {
    expect(remindersDue({ ...base, offsetsDays: [-3], today: '2026-04-01' })).toEqual([]);
    expect(remindersDue({ ...base, offsetsDays: [-3], today: '2026-03-31' })).toEqual([-3]);
  });
  it('does not depend on the order or duplicates of offsets', () => {
    expect(remindersDue({ ...base, offsetsDays: [14, 0, 7, 7, -3], today: '2026-04-08' })).toEqual([7]);
  });
  it('sends nothing without offsets', () => {
    expect(remindersDue({ ...base, offsetsDays: [], today: '2026-04-08' })).toEqual([]);
  });
  it('sends nothing for settled, void or draft invoices', () => {
    const late = { ...base, today: '2026-04-08' };
    expect(remindersDue({ ...late, status: 'PAID' })).toEqual([]);
    expect(remindersDue({ ...late, status: 'VOID' })).toEqual([]);
    expect(remindersDue({ ...late, status: 'DRAFT' })).toEqual([]);
    expect(remindersDue({ ...late, balance: 0 })).toEqual([]);
    expect(remindersDue({ ...late, balance: -10 })).toEqual([]);
  });
  it('keeps reminding partly paid and overdue invoices', () => {
    const late = { ...base, today: '2026-04-08' };
    expect(remindersDue({ ...late, status: 'PARTIAL', balance: 1 })).toEqual([7]);
    expect(remindersDue({ ...late, status: 'OVERDUE' })).toEqual([7]);
  });
  it('does not mutate its inputs', () => {
    const offsetsDays = Object.freeze([14, -3, 0]);
    const alreadySent = Object.freeze([-3]);
    expect(remindersDue({ ...base, offsetsDays, alreadySent, today: '2026-04-01' })).toEqual([0]);
    expect(offsetsDays).toEqual([14, -3, 0]);
  });
  it('validates its inputs', () => {
    expect(errorOf(() => remindersDue({ ...base, dueDate: '2026-02-30' }))?.field).toBe('dueDate');
    expect(errorOf(() => remindersDue({ ...base, today: '' }))?.field).toBe('today');
    expect(errorOf(() => remindersDue({ ...base, offsetsDays: [0, 1.5] }))?.field).toBe('offsetsDays.1');
    expect(errorOf(() => assertReminderOffsets([400]))?.code).toBe('BAD_USER_INPUT');
    expect(() => assertReminderOffsets([-365, 365])).not.toThrow();
  });
});
