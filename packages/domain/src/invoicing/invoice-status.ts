import { DomainError, badInput } from '../errors/domain-error';
import { isIsoDate } from '../dates/calendar-date';

export const INVOICE_STATUSES = ['DRAFT', 'SENT', 'PARTIAL', 'PAID', 'OVERDUE', 'VOID'] as const;
export type InvoiceStatus = (typeof INVOICE_STATUSES)[number];

/**
 * DRAFT → SENT (issued) or VOID. Issued invoices follow their payments: SENT/PARTIAL/OVERDUE/PAID move between each
 * other as payments are recorded or removed and as the due date passes or is extended.
 * VOID is final, and only reachable while nothing is paid (remove the payments first: the money must go somewhere).
 * A same-status "transition" is not in the table: callers skip the update when nothing changes.
 */
export const INVOICE_STATUS_TRANSITIONS: Readonly<Record<InvoiceStatus, readonly InvoiceStatus[]>> = {
  DRAFT: ['SENT', 'VOID'],
  SENT: ['PARTIAL', 'PAID', 'OVERDUE', 'VOID'],
  PARTIAL: ['PAID', 'SENT', 'OVERDUE'],
  OVERDUE: ['PARTIAL', 'PAID', 'SENT', 'VOID'],
  PAID: ['PARTIAL', 'SENT', 'OVERDUE'],
  VOID: [],
};

export function canTransitionInvoice(from: InvoiceStatus, to: InvoiceStatus): boolean {
  return INVOICE_STATUS_TRANSITIONS[from]?.includes(to) ?? false;
}

/** CONFLICT when the invoice's current status does not allow the move. */
export function assertInvoiceTransition(from: InvoiceStatus, to: InvoiceStatus): void {
  if (!canTransitionInvoice(from, to)) {
    throw new DomainError('CONFLICT', `An invoice cannot move from ${from} to ${to}`, 'status');
  }
}

/** Statuses that can take payments and reminders. */
export function isOpenInvoice(status: InvoiceStatus): boolean {
  return status === 'SENT' || status === 'PARTIAL' || status === 'OVERDUE';
}

function assertDate(value: string, field: string): void {
  if (typeof value !== 'string' || !isIsoDate(value))
    throw badInput(field, `${field} must be a calendar date like 2026-03-14`);
}

function assertAmount(value: number, field: string): void {
  if (!Number.isSafeInteger(value) || value < 0)
    throw badInput(field, `${field} must be zero or more (whole minor units)`);
}

/**
 * Status of an issued invoice from its payments and due date: PAID when paid ≥ total; otherwise OVERDUE once `today`
 * is after the due date (the due date itself is not late) — "past due with a balance", partly paid or not, the same
 * rule the overdue job applies; otherwise PARTIAL when something is paid, else SENT.
 */
export function statusAfterPayment(input: {
  total: number;
  paid: number;
  dueDate: string;
  today: string;
}): InvoiceStatus {
  assertAmount(input.total, 'total');
  assertAmount(input.paid, 'paid');
  assertDate(input.dueDate, 'dueDate');
  assertDate(input.today, 'today');
  if (input.paid >= input.total) return 'PAID';
  if (input.dueDate < input.today) return 'OVERDUE';
  return input.paid > 0 ? 'PARTIAL' : 'SENT';
}

/** A payment must be a positive whole amount no larger than what is still owed. */
export function assertPayment(input: { amount: number; balance: number }): void {
  const { amount, balance } = input;
  if (!Number.isSafeInteger(amount) || amount <= 0) {
    throw badInput('amount', 'The payment amount must be greater than 0 (whole minor units)');
  }
  if (!Number.isSafeInteger(balance) || balance <= 0) {
    throw badInput('amount', 'This invoice has nothing left to pay');
  }
  if (amount > balance) {
    throw badInput(
      'amount',
      `The payment (${amount}) is more than the balance due (${balance}); overpayments are not accepted`,
    );
  }
}

/** Late: still open, something left to pay, and `today` is after the due date. */
export function isOverdue(input: {
  status: InvoiceStatus;
  dueDate: string | null;
  balance: number;
  today: string;
}): boolean {
  return isOpenInvoice(input.status) && input.balance > 0 && !!input.dueDate && input.dueDate < input.today;
}

export const QUOTE_STATUSES = ['DRAFT', 'SENT', 'ACCEPTED', 'REJECTED', 'EXPIRED'] as const;
export type QuoteStatus = (typeof QUOTE_STATUSES)[number];

/**
 * DRAFT → SENT; a sent quote is answered (ACCEPTED / REJECTED) or runs out (EXPIRED); sending back to DRAFT revises it.
 * An EXPIRED quote can be revised (DRAFT) or re-sent with a new validity. ACCEPTED and REJECTED are final.
 */
export const QUOTE_STATUS_TRANSITIONS: Readonly<Record<QuoteStatus, readonly QuoteStatus[]>> = {
  DRAFT: ['SENT'],
  SENT: ['ACCEPTED', 'REJECTED', 'EXPIRED', 'DRAFT'],
  EXPIRED: ['SENT', 'DRAFT'],
  ACCEPTED: [],
  REJECTED: [],
};

export function canTransitionQuote(from: QuoteStatus, to: QuoteStatus): boolean {
  return QUOTE_STATUS_TRANSITIONS[from]?.includes(to) ?? false;
}

export function assertQuoteTransition(from: QuoteStatus, to: QuoteStatus): void {
  if (!canTransitionQuote(from, to)) {
    throw new DomainError('CONFLICT', `A quote cannot move from ${from} to ${to}`, 'status');
  }
}

/** A sent quote is expired once `today` is after its last valid day. */
export function isQuoteExpired(input: { status: QuoteStatus; validUntil: string | null; today: string }): boolean {
  return input.status === 'SENT' && !!input.validUntil && input.validUntil < input.today;
}
