/** Display formatting of invoice amounts and dates, shared by the admin, PDFs and billing emails. */

const fractionDigitsCache = new Map<string, number>();

function fractionDigits(currency: string): number {
  let digits = fractionDigitsCache.get(currency);
  if (digits === undefined) {
    digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
    fractionDigitsCache.set(currency, digits);
  }
  return digits;
}

/** Formats integer minor units (cents) in the currency's own number of decimals (0 for JPY, 3 for KWD). */
export function formatMoney(minorUnits: number, { locale, currency }: { locale: string; currency: string }): string {
  const digits = fractionDigits(currency);
  return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(minorUnits / 10 ** digits);
}

/** A calendar date (`2026-03-14`) in the locale's medium style; the date is not shifted by any time zone. */
export function formatCalendarDate(isoDate: string | null | undefined, locale: string): string {
  if (!isoDate) return '';
  const date = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}
