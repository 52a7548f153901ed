import { BPS_SCALE } from '@clientflow/domain';
import { currencyFractionDigits } from '../../../shared/lib/format';

/**
 * Conversions between what people type (12.50 $, 23 %) and what the API and the domain store (1250 minor units,
 * 2300 basis points). Decimal strings are parsed digit by digit so 0.1 + 0.2 style float errors never reach money.
 */
function decimalToScaled(value: number | string, scaleDigits: number): number | null {
  const text = typeof value === 'number' ? (Number.isFinite(value) ? value.toFixed(scaleDigits + 1) : '') : value.trim();
  const match = /^(-)?(\d*)(?:\.(\d*))?$/.exec(text);
  if (!match || (!match[2] && !match[3])) return null;
  const [, sign, whole = '', fraction = ''] = match;
  const padded = (fraction + '0'.repeat(scaleDigits + 1)).slice(0, scaleDigits + 1);
  // One extra digit decides the half-away-from-zero rounding of anything typed beyond the scale.
  const raw = Number(`${whole || '0'}${padded}`);
  const scaled = Math.floor(raw / 10) + (raw % 10 >= 5 ? 1 : 0);
  if (!Number.isSafeInteger(scaled)) return null;
  return sign ? -scaled : scaled;
}

/** "12.5" USD → 1250; empty or unreadable → null. */
export function toMinorUnits(value: number | string, currency: string): number | null {
  return decimalToScaled(value, currencyFractionDigits(currency));
}

/** 1250 USD → 12.5 (for a number input). */
export function fromMinorUnits(minor: number, currency: string): number {
  return minor / 10 ** currencyFractionDigits(currency);
}

/** Percent with up to two decimals → basis points: 23 → 2300, 7.25 → 725. */
export function percentToBps(value: number | string): number | null {
  return decimalToScaled(value, 2);
}

export function bpsToPercent(bps: number): number {
  return bps / (BPS_SCALE / 100);
}

/** 2300 → "23%", 725 → "7.25%". */
export function formatBps(bps: number, locale: string): string {
  return `${bpsToPercent(bps).toLocaleString(locale, { maximumFractionDigits: 2 })}%`;
}
