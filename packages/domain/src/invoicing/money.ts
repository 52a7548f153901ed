/**
 * Invoice money. Every amount is an integer number of minor units (cents) of the invoice's currency.
 *
 * THE rounding rule: round half away from zero to the minor unit, applied once per amount, always from
 * the exact value (BigInt arithmetic, no floats):
 *  - per line: gross = round(quantity × unitPrice); discount = round(gross × discountBps / 10 000);
 *    net = gross − discount (a difference of integers, never rounded again);
 *  - per tax rate: the nets of the lines sharing a rate are summed first, then tax = round(base × rateBps / 10 000)
 *    once for that rate (never per line, so many small lines do not accumulate rounding error).
 * Totals are plain integer sums. Every result must stay within Number.MAX_SAFE_INTEGER or the input is refused.
 * (The same rule as typed amounts: see money/money.)
 */
import { badInput } from '../errors/domain-error';
import { BPS_SCALE, roundHalfAwayFromZero } from '../money/money';

/** Quantities carry at most this many decimal places. */
export const QUANTITY_DECIMALS = 3;
const QUANTITY_SCALE = 1_000;
const MAX = BigInt(Number.MAX_SAFE_INTEGER);

export interface LineInput {
  /** Decimal, > 0, at most 3 decimal places (1.5 hours, 0.125 kg). */
  quantity: number;
  /** Minor units, ≥ 0. */
  unitPrice: number;
  /** Basis points, 0–10 000 (2300 = 23%). */
  taxRate: number;
  /** Basis points of the line's gross, 0–10 000; 0 when absent. */
  discount?: number;
}

export interface LineAmounts {
  gross: number;
  discount: number;
  net: number;
}

export interface TaxGroup {
  rateBps: number;
  base: number;
  tax: number;
}

export interface InvoiceTotals {
  lines: LineAmounts[];
  subtotal: number;
  /** One group per distinct rate present, ascending by rate (0% included so the base is shown). */
  taxes: TaxGroup[];
  taxTotal: number;
  total: number;
}

function toSafe(value: bigint, field: string): number {
  if (value > MAX || value < -MAX) throw badInput(field, `${field} is too large`);
  return Number(value);
}

/** The quantity in thousandths; refuses non-numbers, ≤ 0 and more than 3 decimal places. */
export function quantityThousandths(quantity: number, field = 'quantity'): bigint {
  if (typeof quantity !== 'number' || !Number.isFinite(quantity) || quantity <= 0) {
    throw badInput(field, `${field} must be a number greater than 0`);
  }
  const scaled = Math.round(quantity * QUANTITY_SCALE);
  if (!Number.isSafeInteger(scaled)) throw badInput(field, `${field} is too large`);
  // 1.005 * 1000 is 1004.999…; the round trip accepts it but refuses 1.0005.
  if (scaled / QUANTITY_SCALE !== quantity)
    throw badInput(field, `${field} can have at most ${QUANTITY_DECIMALS} decimal places`);
  return BigInt(scaled);
}

function assertBps(value: unknown, field: string, label: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > BPS_SCALE) {
    throw badInput(field, `${label} must be a whole number of basis points from 0 to ${BPS_SCALE}`);
  }
  return value;
}

function assertMinor(value: unknown, field: string, label: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw badInput(field, `${label} must be zero or more (whole minor units)`);
  }
  return value;
}

/** Gross, discount and net of one line (see the rounding rule above). `path` prefixes field names, e.g. `lines.2.`. */
export function lineAmounts(line: LineInput, path = ''): LineAmounts {
  const qty = quantityThousandths(line.quantity, `${path}quantity`);
  const price = assertMinor(line.unitPrice, `${path}unitPrice`, 'unit price');
  assertBps(line.taxRate, `${path}taxRate`, 'tax rate');
  const discountBps = assertBps(line.discount ?? 0, `${path}discount`, 'discount');
  const gross = roundHalfAwayFromZero(qty * BigInt(price), BigInt(QUANTITY_SCALE));
  const grossN = toSafe(gross, `${path}quantity`);
  const discount = Number(roundHalfAwayFromZero(gross * BigInt(discountBps), BigInt(BPS_SCALE)));
  return { gross: grossN, discount, net: grossN - discount };
}

/** Line amounts, per-rate tax and totals of an invoice; errors name the line, e.g. `lines.2.quantity`. */
export function invoiceTotals(lines: readonly LineInput[]): InvoiceTotals {
  const amounts = lines.map((line, i) => lineAmounts(line, `lines.${i}.`));
  const bases = new Map<number, bigint>();
  let subtotal = 0n;
  amounts.forEach((a, i) => {
    const rate = lines[i].taxRate;
    bases.set(rate, (bases.get(rate) ?? 0n) + BigInt(a.net));
    subtotal += BigInt(a.net);
  });
  const taxes: TaxGroup[] = [...bases.entries()]
    .sort(([a], [b]) => a - b)
    .map(([rateBps, base]) => ({
      rateBps,
      base: toSafe(base, 'lines'),
      tax: toSafe(roundHalfAwayFromZero(base * BigInt(rateBps), BigInt(BPS_SCALE)), 'lines'),
    }));
  const taxTotal = taxes.reduce((sum, t) => sum + BigInt(t.tax), 0n);
  return {
    lines: amounts,
    subtotal: toSafe(subtotal, 'lines'),
    taxes,
    taxTotal: toSafe(taxTotal, 'lines'),
    total: toSafe(subtotal + taxTotal, 'lines'),
  };
}

/** What is still owed: total − paid. Negative means more was received than invoiced (a credit the client holds). */
export function balance(total: number, paid: number): number {
  assertMinor(total, 'total', 'total');
  assertMinor(paid, 'paid', 'paid');
  return total - paid;
}
