import { DomainError } from '../errors/domain-error';
import {
  INVOICE_STATUSES,
  INVOICE_STATUS_TRANSITIONS,
  QUOTE_STATUSES,
  assertInvoiceTransition,
  assertPayment,
  assertQuoteTransition,
  canTransitionInvoice,
  canTransitionQuote,
  isOpenInvoice,
  isOverdue,
  isQuoteExpired,
  statusAfterPayment,
} from './invoice-status';

const errorOf = (fn: () => unknown): DomainError | undefined => {
  try {
    fn();
  } catch (e) {
    return e as DomainError;
  }
  return undefined;
};

describe('invoice transitions', () => {
  it.each([
    ['DRAFT', 'SENT'],
    ['DRAFT', 'VOID'],
    ['SENT', 'PARTIAL'],
    ['SENT', 'PAID'],
    ['SENT', 'OVERDUE'],
    ['SENT', 'VOID'],
    ['PARTIAL', 'PAID'],
    ['PARTIAL', 'SENT'],
    ['OVERDUE', 'PARTIAL'],
    ['OVERDUE', 'PAID'],
    ['OVERDUE', 'SENT'],
    ['OVERDUE', 'VOID'],
    ['PAID', 'PARTIAL'],
  ] as const)('allows %s → %s', (from, to) => {
    expect(() => assertInvoiceTransition(from, to)).not.toThrow();
  });
  it.each([
    ['DRAFT', 'PAID'],
    ['DRAFT', 'PARTIAL'],
    ['DRAFT', 'OVERDUE'],
    ['SENT', 'DRAFT'],
    ['PARTIAL', 'VOID'],
    ['PAID', 'VOID'],
    ['PAID', 'DRAFT'],
    ['VOID', 'DRAFT'],
    ['VOID', 'SENT'],
    ['SENT', 'SENT'],
  ] as const)('refuses %s → %s with CONFLICT', (from, to) => {
    const e = errorOf(() => assertInvoiceTransition(from, to));
    expect(e).toBeInstanceOf(DomainError);
    expect(e?.code).toBe('CONFLICT');
    expect(e?.message).toBe(`An invoice cannot move from ${from} to ${to}`);
  });
  it('VOID is final and every status has an entry', () => {
    expect(INVOICE_STATUS_TRANSITIONS.VOID).toEqual([]);
    for (const s of INVOICE_STATUSES) expect(Array.isArray(INVOICE_STATUS_TRANSITIONS[s])).toBe(true);
    for (const s of INVOICE_STATUSES) expect(canTransitionInvoice(s, 'DRAFT')).toBe(false);
  });
  it('refuses unknown statuses without crashing', () => {
    expect(canTransitionInvoice('NOPE' as never, 'SENT')).toBe(false);
  });
  it('knows which statuses are open', () => {
    expect(INVOICE_STATUSES.filter(isOpenInvoice)).toEqual(['SENT', 'PARTIAL', 'OVERDUE']);
  });
});

describe('statusAfterPayment', () => {
  const base = { total: 10_000, dueDate: '2026-03-31', today: '2026-03-15' };
  it('is PAID when paid reaches the total', () => {
    expect(statusAfterPayment({ ...base, paid: 10_000 })).toBe('PAID');
    expect(statusAfterPayment({ ...base, paid: 12_000, today: '2026-05-01' })).toBe('PAID');
    expect(statusAfterPayment({ ...base, total: 0, paid: 0 })).toBe('PAID');
  });
  it('is PARTIAL when something but not all is paid, until the due date has passed', () => {
    expect(statusAfterPayment({ ...base, paid: 1 })).toBe('PARTIAL');
    expect(statusAfterPayment({ ...base, paid: 9999, today: '2026-03-31' })).toBe('PARTIAL');
  });
  it('is OVERDUE after the due date while a balance is left, partly paid or not', () => {
    expect(statusAfterPayment({ ...base, paid: 9999, today: '2026-04-10' })).toBe('OVERDUE');
  });
  it('is SENT up to and including the due date, OVERDUE after', () => {
    expect(statusAfterPayment({ ...base, paid: 0 })).toBe('SENT');
    expect(statusAfterPayment({ ...base, paid: 0, today: '2026-03-31' })).toBe('SENT');
    expect(statusAfterPayment({ ...base, paid: 0, today: '2026-04-01' })).toBe('OVERDUE');
  });
  it('validates its inputs', () => {
    expect(errorOf(() => statusAfterPayment({ ...base, paid: -1 }))?.field).toBe('paid');
    expect(errorOf(() => statusAfterPayment({ ...base, total: 1.5, paid: 0 }))?.field).toBe('total');
    expect(errorOf(() => statusAfterPayment({ ...base, paid: 0, dueDate: '2026-02-30' }))?.field).toBe('dueDate');
    expect(errorOf(() => statusAfterPayment({ ...base, paid: 0, today: '15/03/2026' }))?.field).toBe('today');
  });
});

describe('assertPayment', () => {
  it('accepts a payment up to the balance', () => {
    expect(() => assertPayment({ amount: 1, balance: 500 })).not.toThrow();
    expect(() => assertPayment({ amount: 500, balance: 500 })).not.toThrow();
  });
  it.each([0, -10, 1.5, NaN, Number.MAX_SAFE_INTEGER + 1])('refuses amount %p on field amount', (amount) => {
    const e = errorOf(() => assertPayment({ amount, balance: 500 }));
    expect(e?.code).toBe('BAD_USER_INPUT');
    expect(e?.field).toBe('amount');
    expect(e?.message).toMatch(/greater than 0/);
  });
  it('refuses overpayment with a clear message', () => {
    const e = errorOf(() => assertPayment({ amount: 501, balance: 500 }));
    expect(e?.code).toBe('BAD_USER_INPUT');
    expect(e?.field).toBe('amount');
    expect(e?.message).toBe('The payment (501) is more than the balance due (500); overpayments are not accepted');
  });
  it('refuses any payment when nothing is owed', () => {
    expect(errorOf(() => assertPayment({ amount: 1, balance: 0 }))?.message).toBe(
      'This invoice has nothing left to pay',
    );
    expect(errorOf(() => assertPayment({ amount: 1, balance: -5 }))?.field).toBe('amount');
  });
});

describe('isOverdue', () => {
  const base = { status: 'SENT' as const, dueDate: '2026-03-31', balance: 100, today: '2026-04-01' };
  it('is late when open, owed and past the due date', () => {
    expect(isOverdue(base)).toBe(true);
    expect(isOverdue({ ...base, status: 'PARTIAL' })).toBe(true);
    expect(isOverdue({ ...base, status: 'OVERDUE' })).toBe(true);
  });
  it('is not late on the due date itself or before', () => {
    expect(isOverdue({ ...base, today: '2026-03-31' })).toBe(false);
    expect(isOverdue({ ...base, today: '2026-03-01' })).toBe(false);
  });
  it('is never late when settled, void, draft or without a due date', () => {
    expect(isOverdue({ ...base, balance: 0 })).toBe(false);
    expect(isOverdue({ ...base, status: 'PAID' })).toBe(false);
    expect(isOverdue({ ...base, status: 'VOID' })).toBe(false);
    expect(isOverdue({ ...base, status: 'DRAFT' })).toBe(false);
    expect(isOverdue({ ...base, dueDate: null })).toBe(false);
  });
});

describe('quote transitions', () => {
  it.each([
    ['DRAFT', 'SENT'],
    ['SENT', 'ACCEPTED'],
    ['SENT', 'REJECTED'],
    ['SENT', 'EXPIRED'],
    ['SENT', 'DRAFT'],
    ['EXPIRED', 'SENT'],
    ['EXPIRED', 'DRAFT'],
  ] as const)('allows %s → %s', (from, to) => {
    expect(canTransitionQuote(from, to)).toBe(true);
    expect(() => assertQuoteTransition(from, to)).not.toThrow();
  });
  it.each([
    ['DRAFT', 'ACCEPTED'],
    ['DRAFT', 'EXPIRED'],
    ['ACCEPTED', 'REJECTED'],
    ['ACCEPTED', 'DRAFT'],
    ['REJECTED', 'SENT'],
    ['EXPIRED', 'ACCEPTED'],
  ] as const)('refuses %s → %s with CONFLICT', (from, to) => {
    const e = errorOf(() => assertQuoteTransition(from, to));
    expect(e?.code).toBe('CONFLICT');
    expect(e?.message).toBe(`A quote cannot move from ${from} to ${to}`);
  });
  it('ACCEPTED and REJECTED are final', () => {
    for (const to of QUOTE_STATUSES) {
      expect(canTransitionQuote('ACCEPTED', to)).toBe(false);
      expect(canTransitionQuote('REJECTED', to)).toBe(false);
    }
  });
  it('a sent quote expires after its last valid day', () => {
    expect(isQuoteExpired({ status: 'SENT', validUntil: '2026-03-31', today: '2026-03-31' })).toBe(false);
    expect(isQuoteExpired({ status: 'SENT', validUntil: '2026-03-31', today: '2026-04-01' })).toBe(true);
    expect(isQuoteExpired({ status: 'ACCEPTED', validUntil: '2026-03-31', today: '2026-04-01' })).toBe(false);
    expect(isQuoteExpired({ status: 'SENT', validUntil: null, today: '2026-04-01' })).toBe(false);
  });
});
