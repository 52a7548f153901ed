import { badInput, DomainError } from '../errors/domain-error';
import { isOpenInvoice, type InvoiceStatus } from '../invoicing/invoice-status';
import { amountPayable } from './settling';

/** How many invoices one online checkout may settle (Stripe metadata and line items stay small). */
export const MAX_CHECKOUT_INVOICES = 20;

export interface PayableInvoice {
  id: string;
  status: InvoiceStatus;
  currency: string;
  total: number;
  amountPaid: number;
  /** Money already on its way for it (a payment that settles later); not charged again. */
  amountSettling?: number;
}

export interface CheckoutItem {
  invoiceId: string;
  amount: number;
}

/**
 * What a portal "Pay now" charges: the current balance of each selected invoice minus any payment already on its
 * way, all in one currency. Only open invoices (SENT, PARTIAL, OVERDUE) with something left to pay can be selected.
 */
export function checkoutItems(invoices: readonly PayableInvoice[]): {
  currency: string;
  items: CheckoutItem[];
  total: number;
} {
  if (!invoices.length) throw badInput('invoiceIds', 'Choose at least one invoice to pay');
  if (invoices.length > MAX_CHECKOUT_INVOICES)
    throw badInput('invoiceIds', `Pay at most ${MAX_CHECKOUT_INVOICES} invoices at once`);
  const currency = invoices[0].currency;
  if (invoices.some((i) => i.currency !== currency)) {
    throw badInput('invoiceIds', 'Invoices in different currencies must be paid separately');
  }
  const items = invoices.map((i) => {
    const due = amountPayable({ ...i, amountSettling: i.amountSettling ?? 0 });
    if (!isOpenInvoice(i.status) || due <= 0) {
      const inFlight = isOpenInvoice(i.status) && i.total - i.amountPaid > 0;
      throw new DomainError(
        'CONFLICT',
        i.status === 'VOID'
          ? 'A void invoice cannot be paid'
          : inFlight
            ? 'A payment for one of these invoices is already on its way'
            : 'One of these invoices has nothing left to pay',
        'invoiceIds',
      );
    }
    return { invoiceId: i.id, amount: due };
  });
  return { currency, items, total: items.reduce((s, i) => s + i.amount, 0) };
}

export interface Allocation {
  invoiceId: string;
  /** What to record against the invoice; 0 = nothing (already settled or nothing left of the money). */
  amount: number;
}

/**
 * Splits money received for a checkout over its invoices, in checkout order: each gets at most what the checkout
 * charged for it and at most its balance today (an invoice paid meanwhile by other means takes nothing).
 * `unallocated` is money received that no invoice can take (to be refunded by hand; logged by the caller).
 */
export function allocateReceived(
  received: number,
  items: readonly (CheckoutItem & { balance: number })[],
): { allocations: Allocation[]; unallocated: number } {
  if (!Number.isSafeInteger(received) || received < 0)
    throw badInput('amount', 'The amount received must be zero or more (whole minor units)');
  let left = received;
  const allocations = items.map((item) => {
    const amount = Math.max(0, Math.min(left, item.amount, item.balance));
    left -= amount;
    return { invoiceId: item.invoiceId, amount };
  });
  return { allocations, unallocated: left };
}
