/**
 * Money as people type and read it. Every stored amount is an integer number of minor units (cents) of its
 * currency; percentages are integer basis points (2300 = 23%).
 *
 * THE rounding rule (typed amounts and computed amounts alike): round half away from zero to the minor unit,
 * from the exact decimal value, never through float arithmetic. `12.345` USD → 1235, `-12.345` USD → -1235,
 * `1.005` → 101 (the number 1.005 is read as the decimal it prints as, not as 1.00499999…).
 * Invoice lines and taxes apply the same rule through `roundHalfAwayFromZero` (see invoicing/money).
 */

/** 100% in basis points. */
export const BPS_SCALE = 10_000;

/** `n / d` rounded half away from zero (d > 0). */
export function roundHalfAwayFromZero(n: bigint, d: bigint): bigint {
  const neg = n < 0n;
  const a = neg ? -n : n;
  let q = a / d;
  if ((a % d) * 2n >= d) q += 1n;
  return neg ? -q : q;
}

const decimalsCache = new Map<string, number>();

/** Decimal places of a currency's minor unit: 2 for USD, 0 for JPY, 3 for KWD. */
export function currencyDecimals(currency: string): number {
  let digits = decimalsCache.get(currency);
  if (digits === undefined) {
    digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
    decimalsCache.set(currency, digits);
  }
  return digits;
}

/**
 * A typed decimal (`"12.5"`, `-3`, `.25`) × 10^scaleDigits as an integer, by the rounding rule above; null when
 * empty, unreadable or beyond Number.MAX_SAFE_INTEGER. Digits are read as a string, so 0.1 + 0.2 never reaches money.
 */
function decimalToScaled(value: number | string, scaleDigits: number): number | null {
  // toFixed keeps one digit beyond the scale: the one that decides the rounding.
  const text =
    typeof value === 'number' ? (Number.isFinite(value) ? value.toFixed(scaleDigits + 1) : '') : value.trim();
  const match = /^(-)?(\d*)(?:\.(\d*))?$/.exec(text);
  if (!match || (!match[2] && !match[3])) return null;
  const [, sign, whole = '', fraction = ''] = match;
  const padded = (fraction + '0'.repeat(scaleDigits + 1)).slice(0, scaleDigits + 1);
  const scaled = roundHalfAwayFromZero(BigInt(`${whole || '0'}${padded}`), 10n);
  if (scaled > BigInt(Number.MAX_SAFE_INTEGER)) return null;
  // `-0` typed is plain 0.
  return sign && scaled !== 0n ? -Number(scaled) : Number(scaled);
}

/** A typed amount in major units → integer minor units: `"12.5"` USD → 1250, `"1500"` JPY → 1500; empty or unreadable → null. */
export function toMinorUnits(value: number | string, currency: string): number | null {
  return decimalToScaled(value, currencyDecimals(currency));
}

/** Minor units → major units for a number input: 1250 USD → 12.5, 1500 JPY → 1500. */
export function fromMinorUnits(minor: number, currency: string): number {
  return minor / 10 ** currencyDecimals(currency);
}

/** A typed percent with up to two decimals → basis points: 23 → 2300, `"7.25"` → 725; unreadable → null. */
export function percentToBps(value: number | string): number | null {
  return decimalToScaled(value, 2);
}

/** Basis points → percent: 725 → 7.25. */
export function bpsToPercent(bps: number): number {
  return bps / (BPS_SCALE / 100);
}

// Building an Intl.NumberFormat costs far more than using one; PDFs format hundreds of amounts.
const moneyFormats = new Map<string, Intl.NumberFormat>();

/** Formats integer minor units in the currency's own number of decimals (0 for JPY, 3 for KWD). */
export function formatMoney(
  minorUnits: number | bigint | string,
  { locale, currency }: { locale: string; currency: string },
): string {
  const key = `${locale}|${currency}`;
  let format = moneyFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, { style: 'currency', currency });
    if (moneyFormats.size < 500) moneyFormats.set(key, format);
  }
  const digits = currencyDecimals(currency);
  if (typeof minorUnits === 'number') return format.format(minorUnits / 10 ** digits);
  // Beyond 2^53 (sums of many invoices, as strings or BigInt): an exact decimal string, never a float.
  const minor = BigInt(minorUnits);
  const abs = (minor < 0n ? -minor : minor).toString().padStart(digits + 1, '0');
  const decimal = `${minor < 0n ? '-' : ''}${abs.slice(0, abs.length - digits)}${digits ? `.${abs.slice(abs.length - digits)}` : ''}`;
  return format.format(decimal as Intl.StringNumericLiteral);
}
