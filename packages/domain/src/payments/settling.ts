import { isOpenInvoice, type InvoiceStatus } from '../invoicing/invoice-status';

/**
 * Payments that settle later (Pix, boleto, SEPA debit): the client paid at the provider, the money is on its way.
 * `amountSettling` on the invoice is what its checkouts in flight hold; it is released when the money arrives
 * (then it is paid) or the provider reports the payment failed.
 */
export interface SettlingInvoice {
  status: InvoiceStatus;
  total: number;
  amountPaid: number;
  amountSettling: number;
}

/** The money on its way for this invoice: at most its balance, nothing once it is not open (paid, void). */
export function amountSettling(i: SettlingInvoice): number {
  if (!isOpenInvoice(i.status)) return 0;
  return Math.max(0, Math.min(i.amountSettling, i.total - i.amountPaid));
}

/** What the client can still be asked for: the balance minus what is already on its way. */
export function amountPayable(i: SettlingInvoice): number {
  if (!isOpenInvoice(i.status)) return 0;
  return Math.max(0, i.total - i.amountPaid - amountSettling(i));
}

/** Open with a balance, all of it in flight: reminders and overdue marking hold it, "Pay" is not offered. */
export function isFullySettling(i: SettlingInvoice): boolean {
  return isOpenInvoice(i.status) && i.total - i.amountPaid > 0 && amountPayable(i) === 0;
}

export const CHECKOUT_STATUSES = ['OPEN', 'SETTLING', 'COMPLETED', 'FAILED', 'EXPIRED', 'CANCELLED'] as const;
export type CheckoutStatus = (typeof CHECKOUT_STATUSES)[number];

/**
 * OPEN: the hosted page may still be paid. SETTLING: paid with a method that settles later, money in flight.
 * COMPLETED: money received and recorded. FAILED: the delayed payment failed. EXPIRED: the provider closed the page
 * unpaid. CANCELLED: the client left our stand-in's page. Money received is the truth, so any state but COMPLETED
 * can still complete (a late success after a reported failure or expiry is recorded, not lost).
 */
export const CHECKOUT_STATUS_TRANSITIONS: Readonly<Record<CheckoutStatus, readonly CheckoutStatus[]>> = {
  OPEN: ['SETTLING', 'COMPLETED', 'FAILED', 'EXPIRED', 'CANCELLED'],
  SETTLING: ['COMPLETED', 'FAILED'],
  CANCELLED: ['SETTLING', 'COMPLETED', 'EXPIRED'],
  FAILED: ['COMPLETED'],
  EXPIRED: ['COMPLETED'],
  COMPLETED: [],
};

export function canTransitionCheckout(from: CheckoutStatus, to: CheckoutStatus): boolean {
  return CHECKOUT_STATUS_TRANSITIONS[from]?.includes(to) ?? false;
}
