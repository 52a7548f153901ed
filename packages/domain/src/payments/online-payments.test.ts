import { allocateReceived, checkoutItems, MAX_CHECKOUT_INVOICES, type PayableInvoice } from './online-payments';

const inv = (id: string, over: Partial<PayableInvoice> = {}): PayableInvoice => ({
  id,
  status: 'SENT',
  currency: 'EUR',
  total: 10_000,
  amountPaid: 0,
  ...over,
});

describe('checkout items', () => {
  it('charges the balance of each open invoice, in one currency', () => {
    const out = checkoutItems([
      inv('a'),
      inv('b', { status: 'PARTIAL', amountPaid: 2_500 }),
      inv('c', { status: 'OVERDUE', total: 1 }),
    ]);
    expect(out).toEqual({
      currency: 'EUR',
      total: 17_501,
      items: [
        { invoiceId: 'a', amount: 10_000 },
        { invoiceId: 'b', amount: 7_500 },
        { invoiceId: 'c', amount: 1 },
      ],
    });
  });

  it('refuses an empty selection, too many invoices and mixed currencies with the field', () => {
    expect(() => checkoutItems([])).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'invoiceIds' }));
    const many = Array.from({ length: MAX_CHECKOUT_INVOICES + 1 }, (_, i) => inv(String(i)));
    expect(() => checkoutItems(many)).toThrow(/at most/);
    expect(() => checkoutItems(many.slice(0, MAX_CHECKOUT_INVOICES))).not.toThrow();
    expect(() => checkoutItems([inv('a'), inv('b', { currency: 'USD' })])).toThrow(/different currencies/);
  });

  it('refuses drafts, void and paid invoices', () => {
    for (const status of ['DRAFT', 'VOID', 'PAID'] as const) {
      expect(() => checkoutItems([inv('a'), inv('b', { status })])).toThrow(
        expect.objectContaining({ code: 'CONFLICT', field: 'invoiceIds' }),
      );
    }
    expect(() => checkoutItems([inv('a', { status: 'VOID' })])).toThrow(/void/);
    expect(() => checkoutItems([inv('a', { amountPaid: 10_000 })])).toThrow(/nothing left/);
  });
});

describe('allocating money received', () => {
  const items = [
    { invoiceId: 'a', amount: 6_000, balance: 6_000 },
    { invoiceId: 'b', amount: 4_000, balance: 4_000 },
  ];

  it('settles every invoice when the full amount arrives', () => {
    expect(allocateReceived(10_000, items)).toEqual({
      allocations: [
        { invoiceId: 'a', amount: 6_000 },
        { invoiceId: 'b', amount: 4_000 },
      ],
      unallocated: 0,
    });
  });

  it('fills invoices in order when less arrives', () => {
    expect(allocateReceived(7_000, items).allocations).toEqual([
      { invoiceId: 'a', amount: 6_000 },
      { invoiceId: 'b', amount: 1_000 },
    ]);
    expect(allocateReceived(0, items).allocations.map((a) => a.amount)).toEqual([0, 0]);
  });

  it('never exceeds what is still owed today and reports the rest', () => {
    const paidMeanwhile = [
      { ...items[0], balance: 0 },
      { ...items[1], balance: 1_500 },
    ];
    expect(allocateReceived(10_000, paidMeanwhile)).toEqual({
      allocations: [
        { invoiceId: 'a', amount: 0 },
        { invoiceId: 'b', amount: 1_500 },
      ],
      unallocated: 8_500,
    });
  });

  it('refuses negative or fractional amounts', () => {
    expect(() => allocateReceived(-1, items)).toThrow();
    expect(() => allocateReceived(1.5, items)).toThrow();
  });
});
