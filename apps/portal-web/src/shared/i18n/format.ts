import { currencyDecimals } from '@clientflow/domain';

/** An instant (a timestamp), in the reader's time zone unless one is given; calendar dates use the domain's formatCalendarDate. */
export function formatDate(
  tag: string,
  value: Date | string,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'long' },
  timeZone?: string,
): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  return new Intl.DateTimeFormat(tag, { ...options, timeZone }).format(date);
}

/**
 * Money arrives as integer minor units (possibly a string, beyond 2^53): format it
 * exactly through Intl's decimal-string input instead of dividing a float (the domain's formatMoney takes a number).
 */
export function formatMoney(tag: string, minorUnits: number | bigint | string, currency: string): string {
  const digits = currencyDecimals(currency);
  const minor = BigInt(minorUnits);
  const negative = minor < 0n;
  const abs = (negative ? -minor : minor).toString().padStart(digits + 1, '0');
  const whole = abs.slice(0, abs.length - digits);
  const fraction = abs.slice(abs.length - digits);
  const decimal = `${negative ? '-' : ''}${whole}${digits ? `.${fraction}` : ''}`;
  return new Intl.NumberFormat(tag, { style: 'currency', currency }).format(decimal as Intl.StringNumericLiteral);
}
