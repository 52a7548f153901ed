import { BPS_SCALE } from '@clientflow/domain';
import type { PortalInvoiceRowFragment, PortalInvoiceStatus } from '@clientflow/graphql-types/portal';

const OPEN: readonly PortalInvoiceStatus[] = ['SENT', 'PARTIAL', 'OVERDUE'];

/** Open with something to pay now: a balance that is all on its way (settling) is not offered again. */
export const isPayable = (invoice: Pick<PortalInvoiceRowFragment, 'status' | 'amountPayable'>) =>
  OPEN.includes(invoice.status) && invoice.amountPayable > 0;

/** Open with a balance, all of it already on its way (a payment that settles later). */
export const isSettling = (invoice: Pick<PortalInvoiceRowFragment, 'status' | 'balance' | 'amountPayable'>) =>
  OPEN.includes(invoice.status) && invoice.balance > 0 && invoice.amountPayable <= 0;

export type PayBlock = 'unavailable' | 'notOpen' | 'settling' | 'currency' | null;

/** Whether the selected invoices can go to one online checkout, and if not, why (the API says the same). */
export function payBlock(selected: readonly PortalInvoiceRowFragment[], canPayOnline: boolean): PayBlock {
  if (!canPayOnline) return 'unavailable';
  if (selected.some(isSettling)) return 'settling';
  if (selected.some((i) => !isPayable(i))) return 'notOpen';
  if (new Set(selected.map((i) => i.currency)).size > 1) return 'currency';
  return null;
}

/** The streamed ZIP of the selected invoices' PDFs (the browser downloads it; the portal cookie authorises it). */
export const invoicesZipUrl = (ids: readonly string[]) =>
  `/files/portal/invoices.zip?ids=${ids.map(encodeURIComponent).join(',')}`;

/** "23%" from basis points, per locale. */
export const formatRate = (intlTag: string, bps: number) =>
  new Intl.NumberFormat(intlTag, { style: 'percent', maximumFractionDigits: 2 }).format(bps / BPS_SCALE);
