import { badInput, DomainError } from '../errors/domain-error';
import { isIsoDate } from '../dates/calendar-date';

export const MAX_ENTRY_MINUTES = 1440;

export interface TimeEntryDraft {
  date?: string | null;
  minutes?: number | null;
  description?: string | null;
  billRate?: number | null;
  costRate?: number | null;
}

/** Validates the editable fields of a time entry; throws BAD_USER_INPUT naming the field. */
export function checkTimeEntry(draft: TimeEntryDraft): void {
  if (draft.date !== undefined && (draft.date === null || !isIsoDate(draft.date)))
    throw badInput('date', 'date must be a calendar date like 2026-03-14');
  if (draft.minutes !== undefined) {
    const m = draft.minutes;
    if (m === null || !Number.isInteger(m) || m < 1 || m > MAX_ENTRY_MINUTES) {
      throw badInput('minutes', `minutes must be a whole number between 1 and ${MAX_ENTRY_MINUTES}`);
    }
  }
  if (draft.description != null && draft.description.length > 2000)
    throw badInput('description', 'description must be at most 2000 characters');
  for (const field of ['billRate', 'costRate'] as const) {
    const v = draft[field];
    if (v != null && (!Number.isSafeInteger(v) || v < 0))
      throw badInput(field, `${field} must be a non-negative amount in minor units`);
  }
}

/** Billed entries (on an invoice line) are frozen: the invoice is the record. */
export function assertEntryEditable(entry: { invoiceLineId: string | null }): void {
  if (entry.invoiceLineId)
    throw new DomainError('CONFLICT', 'This time entry is on an invoice and can no longer be changed or deleted');
}

/** Bill rate used when none is given: the project's hourly rate for HOURLY projects, else 0. */
export function defaultBillRate(project: { billingMode: string; hourlyRate: number | null }): number {
  return project.billingMode === 'HOURLY' && project.hourlyRate != null ? project.hourlyRate : 0;
}

/** Minutes a running timer is worth: rounded up to the whole minute, at least 1, at most one day. */
export function timerMinutes(startedAt: Date, stoppedAt: Date): number {
  const ms = stoppedAt.getTime() - startedAt.getTime();
  return Math.min(MAX_ENTRY_MINUTES, Math.max(1, Math.ceil(ms / 60_000)));
}

/**
 * Money rule (the one rounding rule for time): value in minor units = minutes × rate / 60, summed exactly
 * over entries first and rounded once, half away from zero. Amounts are non-negative so that is half-up.
 */
export function timeValue(entries: readonly { minutes: number; rate: number }[]): number {
  let numerator = 0n;
  for (const e of entries) numerator += BigInt(e.minutes) * BigInt(e.rate);
  return roundDiv(numerator, 60n);
}

/** Same rule from a pre-summed Σ minutes × rate (as SQL computes it). */
export function minuteRateSumToValue(sumMinuteRate: number | bigint | string): number {
  return roundDiv(BigInt(sumMinuteRate), 60n);
}

function roundDiv(n: bigint, d: bigint): number {
  const q = n / d;
  const r = n % d;
  return Number(r * 2n >= d ? q + 1n : q);
}
