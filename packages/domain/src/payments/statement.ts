import { isOpenInvoice, isOverdue, type InvoiceStatus } from '../invoicing/invoice-status';
import { amountSettling } from './settling';

export interface StatementInvoice {
  status: InvoiceStatus;
  currency: string;
  total: number;
  amountPaid: number;
  dueDate: string | null;
  amountSettling?: number;
}

export interface CurrencyAmounts {
  currency: string;
  outstanding: number;
  overdue: number;
  paid: number;
  /** Part of `outstanding` already on its way (paid with a method that settles later). */
  settling: number;
}

export interface StatementSummary {
  /** One entry per currency with issued invoices, ascending by currency code. */
  byCurrency: CurrencyAmounts[];
  openCount: number;
  overdueCount: number;
  paidCount: number;
  /** The earliest due date among open invoices with a balance. */
  nextDueDate: string | null;
}

/**
 * A client's statement: what is still owed (and how much of it is late) and what was paid, per currency.
 * Drafts are not the client's business and void invoices owe nothing; money is never added across currencies.
 */
export function statementSummary(invoices: readonly StatementInvoice[], today: string): StatementSummary {
  const byCurrency = new Map<string, CurrencyAmounts>();
  let openCount = 0;
  let overdueCount = 0;
  let paidCount = 0;
  let nextDueDate: string | null = null;
  for (const inv of invoices) {
    if (inv.status === 'DRAFT' || inv.status === 'VOID') continue;
    const row = byCurrency.get(inv.currency) ?? {
      currency: inv.currency,
      outstanding: 0,
      overdue: 0,
      paid: 0,
      settling: 0,
    };
    byCurrency.set(inv.currency, row);
    row.paid += inv.amountPaid;
    if (inv.status === 'PAID') paidCount++;
    const balance = inv.total - inv.amountPaid;
    if (!isOpenInvoice(inv.status) || balance <= 0) continue;
    openCount++;
    row.outstanding += balance;
    row.settling += amountSettling({ ...inv, amountSettling: inv.amountSettling ?? 0 });
    if (isOverdue({ status: inv.status, dueDate: inv.dueDate, balance, today })) {
      overdueCount++;
      row.overdue += balance;
    }
    if (inv.dueDate && (!nextDueDate || inv.dueDate < nextDueDate)) nextDueDate = inv.dueDate;
  }
  return {
    byCurrency: [...byCurrency.values()].sort((a, b) => a.currency.localeCompare(b.currency)),
    openCount,
    overdueCount,
    paidCount,
    nextDueDate,
  };
}
