import { DomainError } from '../errors/domain-error';
import { balance, invoiceTotals, lineAmounts, quantityThousandths } from './money';

const errorOf = (fn: () => unknown): DomainError | undefined => {
  try {
    fn();
  } catch (e) {
    return e as DomainError;
  }
  return undefined;
};
const line = (over: Partial<{ quantity: number; unitPrice: number; taxRate: number; discount: number }> = {}) => ({
  quantity: 1,
  unitPrice: 1000,
  taxRate: 2300,
  discount: 0,
  ...over,
});

describe('quantity', () => {
  it('accepts up to 3 decimal places, including float-unfriendly ones', () => {
    expect(quantityThousandths(1)).toBe(1000n);
    expect(quantityThousandths(1.005)).toBe(1005n);
    expect(quantityThousandths(0.001)).toBe(1n);
    expect(quantityThousandths(2.675)).toBe(2675n);
    expect(quantityThousandths(0.1 + 0.2 - 0.3 + 1.1)).toBe(1100n);
  });
  it('refuses more decimals, zero, negatives and non-numbers', () => {
    for (const q of [1.0005, 0.0001, 0, -1, NaN, Infinity]) {
      const e = errorOf(() => quantityThousandths(q, 'lines.0.quantity'));
      expect(e).toBeInstanceOf(DomainError);
      expect(e?.code).toBe('BAD_USER_INPUT');
      expect(e?.field).toBe('lines.0.quantity');
    }
    expect(errorOf(() => quantityThousandths('2' as unknown as number))?.field).toBe('quantity');
  });
});

describe('lineAmounts', () => {
  it('multiplies quantity by unit price', () => {
    expect(lineAmounts(line({ quantity: 3, unitPrice: 1999 }))).toEqual({ gross: 5997, discount: 0, net: 5997 });
  });
  it('rounds the gross once, half away from zero', () => {
    // 1.5 × 333 = 499.5 → 500
    expect(lineAmounts(line({ quantity: 1.5, unitPrice: 333 })).gross).toBe(500);
    // 0.333 × 1000 = 333 exactly
    expect(lineAmounts(line({ quantity: 0.333, unitPrice: 1000 })).gross).toBe(333);
    // 0.001 × 499 = 0.499 → 0
    expect(lineAmounts(line({ quantity: 0.001, unitPrice: 499 })).gross).toBe(0);
    expect(lineAmounts(line({ quantity: 0.001, unitPrice: 500 })).gross).toBe(1);
  });
  it('takes the discount from the rounded gross and net is the exact difference', () => {
    // 10% of 1005 = 100.5 → 101; net 904
    expect(lineAmounts(line({ unitPrice: 1005, discount: 1000 }))).toEqual({ gross: 1005, discount: 101, net: 904 });
    expect(lineAmounts(line({ unitPrice: 1005, discount: 10_000 }))).toEqual({ gross: 1005, discount: 1005, net: 0 });
    const a = lineAmounts(line({ quantity: 7.777, unitPrice: 1234, discount: 1234 }));
    expect(a.net).toBe(a.gross - a.discount);
  });
  it('treats a missing discount as none', () => {
    expect(lineAmounts({ quantity: 2, unitPrice: 50, taxRate: 0 })).toEqual({ gross: 100, discount: 0, net: 100 });
  });
  it('allows a free line', () => {
    expect(lineAmounts(line({ unitPrice: 0 }))).toEqual({ gross: 0, discount: 0, net: 0 });
  });
  it('names the bad field', () => {
    expect(errorOf(() => lineAmounts(line({ unitPrice: -1 })))?.field).toBe('unitPrice');
    expect(errorOf(() => lineAmounts(line({ unitPrice: 1.5 })))?.field).toBe('unitPrice');
    expect(errorOf(() => lineAmounts(line({ taxRate: 10_001 })))?.field).toBe('taxRate');
    expect(errorOf(() => lineAmounts(line({ taxRate: -1 })))?.field).toBe('taxRate');
    expect(errorOf(() => lineAmounts(line({ taxRate: 23.5 })))?.field).toBe('taxRate');
    expect(errorOf(() => lineAmounts(line({ discount: 10_001 })))?.field).toBe('discount');
    expect(errorOf(() => lineAmounts(line({ discount: -5 })))?.field).toBe('discount');
    expect(errorOf(() => lineAmounts(line({ quantity: 0 })))?.field).toBe('quantity');
  });
  it('accepts the bounds of the rates', () => {
    expect(() => lineAmounts(line({ taxRate: 0, discount: 0 }))).not.toThrow();
    expect(() => lineAmounts(line({ taxRate: 10_000, discount: 10_000 }))).not.toThrow();
  });
  it('refuses a gross beyond MAX_SAFE_INTEGER but computes exactly up to it', () => {
    expect(lineAmounts(line({ quantity: 1, unitPrice: Number.MAX_SAFE_INTEGER })).gross).toBe(Number.MAX_SAFE_INTEGER);
    // 0.5 × odd MAX is computed exactly (no float error) and rounded half away from zero
    expect(lineAmounts(line({ quantity: 0.5, unitPrice: Number.MAX_SAFE_INTEGER })).gross).toBe(4503599627370496);
    const e = errorOf(() => lineAmounts(line({ quantity: 2, unitPrice: Number.MAX_SAFE_INTEGER })));
    expect(e?.code).toBe('BAD_USER_INPUT');
    expect(e?.message).toMatch(/too large/);
    expect(errorOf(() => lineAmounts(line({ unitPrice: Number.MAX_SAFE_INTEGER + 1 })))?.field).toBe('unitPrice');
  });
  it('does not mutate its input', () => {
    const input = Object.freeze(line({ quantity: 1.5 }));
    expect(() => lineAmounts(input)).not.toThrow();
  });
});

describe('invoiceTotals', () => {
  it('is zero for no lines', () => {
    expect(invoiceTotals([])).toEqual({ lines: [], subtotal: 0, taxes: [], taxTotal: 0, total: 0 });
  });
  it('groups bases by rate and taxes each group once', () => {
    const t = invoiceTotals([
      line({ quantity: 2, unitPrice: 5000, taxRate: 2300 }),
      line({ quantity: 1, unitPrice: 1000, taxRate: 600 }),
      line({ quantity: 1, unitPrice: 3000, taxRate: 2300, discount: 1000 }),
      line({ quantity: 1, unitPrice: 700, taxRate: 0 }),
    ]);
    expect(t.lines.map((l) => l.net)).toEqual([10_000, 1000, 2700, 700]);
    expect(t.subtotal).toBe(14_400);
    expect(t.taxes).toEqual([
      { rateBps: 0, base: 700, tax: 0 },
      { rateBps: 600, base: 1000, tax: 60 },
      { rateBps: 2300, base: 12_700, tax: 2921 },
    ]);
    expect(t.taxTotal).toBe(2981);
    expect(t.total).toBe(17_381);
  });
  it('rounds tax once per rate, not per line', () => {
    // Three lines of 2 at 25%: per line 0.5 → 1 each = 3; on the summed base 6 × 25% = 1.5 → 2.
    const t = invoiceTotals([0, 1, 2].map(() => line({ unitPrice: 2, taxRate: 2500 })));
    expect(t.taxes).toEqual([{ rateBps: 2500, base: 6, tax: 2 }]);
    expect(t.total).toBe(8);
  });
  it('rounds a half cent of tax up', () => {
    expect(invoiceTotals([line({ unitPrice: 50, taxRate: 100 })]).taxes[0].tax).toBe(1); // 0.5 → 1
    expect(invoiceTotals([line({ unitPrice: 49, taxRate: 100 })]).taxes[0].tax).toBe(0); // 0.49 → 0
  });
  it('total is subtotal plus the sum of the rounded taxes', () => {
    const t = invoiceTotals([
      line({ quantity: 1.333, unitPrice: 777, taxRate: 1300, discount: 250 }),
      line({ quantity: 9.999, unitPrice: 12_345, taxRate: 2100 }),
    ]);
    expect(t.total).toBe(t.subtotal + t.taxTotal);
    expect(t.taxTotal).toBe(t.taxes.reduce((s, x) => s + x.tax, 0));
    expect(t.subtotal).toBe(t.taxes.reduce((s, x) => s + x.base, 0));
  });
  it('names the line of a bad field', () => {
    const e = errorOf(() => invoiceTotals([line(), line(), line({ quantity: 1.2345 })]));
    expect(e?.field).toBe('lines.2.quantity');
    expect(errorOf(() => invoiceTotals([line({ taxRate: 20_000 })]))?.field).toBe('lines.0.taxRate');
    expect(errorOf(() => invoiceTotals([line(), line({ unitPrice: -3 })]))?.field).toBe('lines.1.unitPrice');
  });
  it('refuses totals beyond MAX_SAFE_INTEGER', () => {
    const half = Math.floor(Number.MAX_SAFE_INTEGER / 2);
    expect(invoiceTotals([line({ unitPrice: half, taxRate: 0 }), line({ unitPrice: half, taxRate: 0 })]).total).toBe(
      half * 2,
    );
    expect(
      errorOf(() =>
        invoiceTotals([line({ unitPrice: half + 1, taxRate: 0 }), line({ unitPrice: half + 1, taxRate: 0 })]),
      )?.field,
    ).toBe('lines');
    // subtotal fits but the tax pushes the total over
    expect(
      errorOf(() => invoiceTotals([line({ unitPrice: Number.MAX_SAFE_INTEGER - 10, taxRate: 2300 })]))?.field,
    ).toBe('lines');
  });
});

describe('balance', () => {
  it('is total minus paid', () => {
    expect(balance(10_000, 0)).toBe(10_000);
    expect(balance(10_000, 4000)).toBe(6000);
    expect(balance(10_000, 10_000)).toBe(0);
  });
  it('goes negative when more was received than invoiced', () => {
    expect(balance(100, 150)).toBe(-50);
  });
  it('validates both amounts', () => {
    expect(errorOf(() => balance(-1, 0))?.field).toBe('total');
    expect(errorOf(() => balance(100, 1.5))?.field).toBe('paid');
    expect(errorOf(() => balance(Number.MAX_SAFE_INTEGER + 1, 0))?.field).toBe('total');
  });
});
