import { bpsToPercent } from '@clientflow/domain';

/** 2300 → "23%", 725 → "7.25%". */
export function formatBps(bps: number, locale: string): string {
  return `${bpsToPercent(bps).toLocaleString(locale, { maximumFractionDigits: 2 })}%`;
}
