import { statementSummary, type StatementInvoice } from './statement';

const inv = (over: Partial<StatementInvoice>): StatementInvoice => ({
  status: 'SENT',
  currency: 'EUR',
  total: 10_000,
  amountPaid: 0,
  dueDate: '2026-03-10',
  ...over,
});

describe('statement summary', () => {
  it('adds what is owed, late and paid per currency, never across currencies', () => {
    const out = statementSummary(
      [
        inv({}),
        inv({ status: 'PARTIAL', amountPaid: 4_000, dueDate: '2026-02-01' }),
        inv({ status: 'OVERDUE', total: 500, dueDate: '2026-01-15' }),
        inv({ status: 'PAID', amountPaid: 10_000 }),
        inv({ currency: 'USD', total: 700, dueDate: '2026-04-01' }),
      ],
      '2026-03-01',
    );
    expect(out.byCurrency).toEqual([
      { currency: 'EUR', outstanding: 16_500, overdue: 6_500, paid: 14_000, settling: 0 },
      { currency: 'USD', outstanding: 700, overdue: 0, paid: 0, settling: 0 },
    ]);
    expect(out).toMatchObject({ openCount: 4, overdueCount: 2, paidCount: 1, nextDueDate: '2026-01-15' });
  });

  it('leaves drafts and void invoices out, and an invoice due today is not late', () => {
    const out = statementSummary(
      [inv({ status: 'DRAFT' }), inv({ status: 'VOID' }), inv({ dueDate: '2026-03-10' })],
      '2026-03-10',
    );
    expect(out.byCurrency).toEqual([{ currency: 'EUR', outstanding: 10_000, overdue: 0, paid: 0, settling: 0 }]);
    expect(out).toMatchObject({ openCount: 1, overdueCount: 0, nextDueDate: '2026-03-10' });
  });

  it('shows the part of what is owed that is already on its way', () => {
    const out = statementSummary(
      [inv({ amountSettling: 10_000 }), inv({ status: 'PARTIAL', amountPaid: 6_000, amountSettling: 9_000 })],
      '2026-03-01',
    );
    expect(out.byCurrency).toEqual([
      { currency: 'EUR', outstanding: 14_000, overdue: 0, paid: 6_000, settling: 14_000 },
    ]);
  });

  it('is empty for a client without issued invoices', () => {
    expect(statementSummary([], '2026-03-10')).toEqual({
      byCurrency: [],
      openCount: 0,
      overdueCount: 0,
      paidCount: 0,
      nextDueDate: null,
    });
  });
});
