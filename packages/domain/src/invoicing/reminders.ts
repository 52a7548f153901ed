import { badInput } from '../errors/domain-error';
import { isIsoDate } from '../dates/calendar-date';
import { addDays } from '../time/calendar';
import type { InvoiceStatus } from './invoice-status';

/** Reminder offsets are whole days from the due date, within a year either side. */
export const MAX_REMINDER_OFFSET_DAYS = 365;

export function assertReminderOffsets(offsetsDays: readonly number[], field = 'offsetsDays'): void {
  offsetsDays.forEach((o, i) => {
    if (!Number.isInteger(o) || Math.abs(o) > MAX_REMINDER_OFFSET_DAYS) {
      throw badInput(
        `${field}.${i}`,
        `reminder offsets must be whole days from -${MAX_REMINDER_OFFSET_DAYS} to ${MAX_REMINDER_OFFSET_DAYS}`,
      );
    }
  });
}

/**
 * Reminder offsets (days from the due date; negative = before it) to send now. Each offset is sent at most once.
 *
 * Nothing for invoices that cannot be paid (DRAFT, PAID, VOID) or have nothing left to pay.
 * Catching up (the job did not run, the invoice was sent late) sends only the LATEST offset whose day has come,
 * never a burst of stale reminders; the skipped earlier ones stay unsent for good. Before-due reminders (negative
 * offsets) are not sent once the due date has passed: "due in 3 days" would be wrong by then.
 * Returns at most one offset.
 */
export function remindersDue(input: {
  dueDate: string;
  offsetsDays: readonly number[];
  today: string;
  alreadySent: readonly number[];
  status: InvoiceStatus;
  balance: number;
}): number[] {
  const { dueDate, offsetsDays, today, alreadySent, status, balance } = input;
  if (!isIsoDate(dueDate)) throw badInput('dueDate', 'dueDate must be a calendar date like 2026-03-14');
  if (!isIsoDate(today)) throw badInput('today', 'today must be a calendar date like 2026-03-14');
  assertReminderOffsets(offsetsDays);
  if (status !== 'SENT' && status !== 'PARTIAL' && status !== 'OVERDUE') return [];
  if (!(balance > 0)) return [];
  const pastDue = today > dueDate;
  const reached = offsetsDays.filter((o) => addDays(dueDate, o) <= today && !(pastDue && o < 0));
  if (!reached.length) return [];
  const latest = Math.max(...reached);
  return alreadySent.includes(latest) ? [] : [latest];
}
