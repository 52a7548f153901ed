import { formatMoney as formatMoneyIn } from '@clientflow/domain';

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

/** Integer minor units (number, or string/BigInt beyond 2^53) in the reader's locale: the domain's one formatter. */
export function formatMoney(tag: string, minorUnits: number | bigint | string, currency: string): string {
  return formatMoneyIn(minorUnits, { locale: tag, currency });
}
