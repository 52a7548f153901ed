import { checkoutItems } from './online-payments';
import {
  amountPayable,
  amountSettling,
  canTransitionCheckout,
  isFullySettling,
  type SettlingInvoice,
} from './settling';

const inv = (over: Partial<SettlingInvoice> = {}): SettlingInvoice => ({
  status: 'SENT',
  total: 10_000,
  amountPaid: 0,
  amountSettling: 0,
  ...over,
});

describe('money in flight', () => {
  it('counts what is on its way, never more than the balance, and nothing on closed invoices', () => {
    expect(amountSettling(inv({ amountSettling: 4_000 }))).toBe(4_000);
    expect(amountSettling(inv({ amountPaid: 8_000, status: 'PARTIAL', amountSettling: 4_000 }))).toBe(2_000);
    expect(amountSettling(inv({ status: 'VOID', amountSettling: 4_000 }))).toBe(0);
    expect(amountSettling(inv({ status: 'PAID', amountPaid: 10_000, amountSettling: 4_000 }))).toBe(0);
    expect(amountSettling(inv({ status: 'DRAFT', amountSettling: 4_000 }))).toBe(0);
  });

  it('asks only for the part not already on its way', () => {
    expect(amountPayable(inv())).toBe(10_000);
    expect(amountPayable(inv({ amountSettling: 4_000 }))).toBe(6_000);
    expect(amountPayable(inv({ amountSettling: 10_000 }))).toBe(0);
    expect(amountPayable(inv({ status: 'VOID' }))).toBe(0);
    expect(isFullySettling(inv({ amountSettling: 10_000 }))).toBe(true);
    expect(isFullySettling(inv({ amountSettling: 9_999 }))).toBe(false);
    expect(isFullySettling(inv())).toBe(false);
    expect(isFullySettling(inv({ status: 'PAID', amountPaid: 10_000, amountSettling: 10_000 }))).toBe(false);
  });

  it('a checkout charges only the payable part and refuses an invoice whose balance is all in flight', () => {
    const base = { id: 'a', currency: 'EUR' };
    expect(checkoutItems([{ ...base, ...inv({ amountSettling: 4_000 }) }]).items).toEqual([
      { invoiceId: 'a', amount: 6_000 },
    ]);
    expect(() => checkoutItems([{ ...base, ...inv({ amountSettling: 10_000 }) }])).toThrow(
      expect.objectContaining({ code: 'CONFLICT', field: 'invoiceIds', message: expect.stringMatching(/on its way/) }),
    );
  });

  it('checkout statuses: money received completes from any state but COMPLETED; a failure only ends an open or settling one', () => {
    expect(canTransitionCheckout('OPEN', 'SETTLING')).toBe(true);
    expect(canTransitionCheckout('SETTLING', 'COMPLETED')).toBe(true);
    expect(canTransitionCheckout('SETTLING', 'FAILED')).toBe(true);
    expect(canTransitionCheckout('FAILED', 'COMPLETED')).toBe(true);
    expect(canTransitionCheckout('EXPIRED', 'COMPLETED')).toBe(true);
    expect(canTransitionCheckout('COMPLETED', 'FAILED')).toBe(false);
    expect(canTransitionCheckout('COMPLETED', 'COMPLETED')).toBe(false);
    expect(canTransitionCheckout('SETTLING', 'OPEN')).toBe(false);
    expect(canTransitionCheckout('FAILED', 'SETTLING')).toBe(false);
  });
});
