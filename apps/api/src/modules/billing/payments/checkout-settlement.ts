import { allocateReceived, canTransitionCheckout, isOpenInvoice, type CheckoutStatus } from '@clientflow/domain';
import type { EntityManager } from 'typeorm';
import type { JobQueue } from '../../../platform/jobs/job-queue';
import { TenantScope } from '../../../platform/db/tenant-scope';
import { logger } from '../../../platform/logger/logger';
import type { TimelineService } from '../../timeline/timeline.service';
import type { InvoiceService } from '../invoices/invoice.service';
import type { Invoice } from '../invoices/invoice.entity';
import { publishInvoiceStatus } from '../invoices/invoice-status.topics';
import { CheckoutSession } from './checkout-session.entity';
import { Payment } from './payment.entity';
import { UnappliedPayment } from './unapplied-payment.entity';

/** Money the provider says it received for a checkout (an event, or the session read back by reconciliation). */
export interface ReceivedMoney {
  paymentIntentId: string;
  received: number;
  currency: string;
}

/** Where a change came from: a webhook event (its id is kept on the rows) or reconciliation. */
export interface ChangeSource {
  eventId: string | null;
  via: 'webhook' | 'reconciliation';
}

export type SettlementOutcome = 'PAID' | 'SETTLING' | 'PAYMENT_FAILED' | 'EXPIRED' | 'NOTHING_TO_RECORD';

/** One job per recorded card payment: the receipt is queued with the payment, composed and rendered apart from it. */
export const PAYMENT_RECEIPT_TASK = 'payments.receipt';
export interface ReceiptJob {
  workspaceId: string;
  clientId: string;
  paymentId: string;
}

/**
 * The state changes of one checkout, shared by the webhook and reconciliation so both record the same thing once.
 * Callers run inside a transaction and pass the checkout row LOCKED (`lockCheckout`); every method then locks the
 * checkout's invoices in id order (no deadlock with another checkout or a manual payment) and moves the status
 * only as the domain's checkout table allows. So a webhook and reconciliation racing on one checkout serialise on
 * its row: the second sees COMPLETED and records nothing (and `payment.providerPaymentId` /
 * `unapplied_payment.providerPaymentId` are unique besides).
 */
export class CheckoutSettlement {
  constructor(
    private readonly invoices: InvoiceService,
    private readonly timeline: TimelineService,
    private readonly jobs: JobQueue,
  ) {}

  /** The checkout row, locked for the rest of the transaction. */
  lockCheckout(m: EntityManager, id: string): Promise<CheckoutSession | null> {
    return m
      .getRepository(CheckoutSession)
      .createQueryBuilder('c')
      .where('c.id = :id', { id })
      .setLock('pessimistic_write')
      .getOne();
  }

  /** Paid with a method that settles later: each invoice holds its item's amount as "settling". */
  async hold(m: EntityManager, checkout: CheckoutSession, paymentIntentId: string | null): Promise<SettlementOutcome> {
    if (!this.can(checkout, 'SETTLING')) return 'NOTHING_TO_RECORD';
    const scope = this.scope(m, checkout);
    for (const [item, invoice] of await this.lockInvoices(scope, checkout)) {
      if (!isOpenInvoice(invoice.status)) continue;
      await m.query(`UPDATE "invoice" SET "amountSettling" = "amountSettling" + $2 WHERE id = $1`, [
        invoice.id,
        item.amount,
      ]);
      await publishInvoiceStatus(m, invoice);
      await this.note(scope, invoice, `Payment on its way for ${invoice.number ?? 'an invoice'}`, true, {
        action: 'SETTLING',
        checkoutId: checkout.id,
        amount: item.amount,
      });
    }
    await this.move(m, checkout, 'SETTLING', { settlingSince: new Date(), paymentIntentId });
    return 'SETTLING';
  }

  /** The delayed payment failed: the held amounts are released and the client can pay again. */
  async fail(m: EntityManager, checkout: CheckoutSession, source: ChangeSource): Promise<SettlementOutcome> {
    if (!this.can(checkout, 'FAILED')) return 'NOTHING_TO_RECORD';
    const scope = this.scope(m, checkout);
    const locked = await this.lockInvoices(scope, checkout);
    if (checkout.status === 'SETTLING') await this.release(m, locked);
    for (const [item, invoice] of locked) {
      await this.note(scope, invoice, `Payment for ${invoice.number ?? 'an invoice'} failed`, true, {
        action: 'FAILED',
        checkoutId: checkout.id,
        amount: item.amount,
      });
    }
    logger.warn(
      { checkoutId: checkout.id, eventId: source.eventId, via: source.via },
      'a payment that settles later failed: its invoices can be paid again',
    );
    await this.move(m, checkout, 'FAILED', {});
    return 'PAYMENT_FAILED';
  }

  /** The provider closed the page unpaid. */
  async expire(m: EntityManager, checkout: CheckoutSession): Promise<SettlementOutcome> {
    if (checkout.status !== 'OPEN' && checkout.status !== 'CANCELLED') return 'NOTHING_TO_RECORD';
    await this.move(m, checkout, 'EXPIRED', {});
    return 'EXPIRED';
  }

  /**
   * Money received: released from "settling", recorded as payments in checkout order (each invoice at most its
   * item and its balance today). What no invoice can take — an invoice voided or paid by other means meanwhile,
   * an overpayment — is kept as an unapplied payment on the client, flagged for refund; a void invoice stays VOID.
   */
  async settle(
    m: EntityManager,
    checkout: CheckoutSession,
    money: ReceivedMoney,
    source: ChangeSource,
  ): Promise<SettlementOutcome> {
    if (!this.can(checkout, 'COMPLETED')) return 'NOTHING_TO_RECORD';
    if (money.currency.toUpperCase() !== checkout.currency) {
      logger.error(
        { eventId: source.eventId, checkoutId: checkout.id, currency: money.currency },
        'payment in another currency than the checkout: nothing recorded',
      );
      return 'NOTHING_TO_RECORD';
    }
    const scope = this.scope(m, checkout);
    const locked = await this.lockInvoices(scope, checkout);
    const pi = money.paymentIntentId;
    const providerIds = [...checkout.items.map((i) => `${pi}:${i.invoiceId}`), `${pi}:unapplied`];
    const already =
      (await m
        .getRepository(Payment)
        .count({ where: providerIds.map((providerPaymentId) => ({ providerPaymentId })) })) +
      (await m.getRepository(UnappliedPayment).countBy({ providerPaymentId: `${pi}:unapplied` }));
    if (already > 0) return 'NOTHING_TO_RECORD';
    if (checkout.status === 'SETTLING') await this.release(m, locked);

    const byId = new Map(locked.map(([, invoice]) => [invoice.id, invoice]));
    const { allocations, unallocated } = allocateReceived(
      money.received,
      checkout.items.map((item) => {
        const invoice = byId.get(item.invoiceId);
        const balance = invoice && isOpenInvoice(invoice.status) ? invoice.total - invoice.amountPaid : 0;
        return { ...item, balance };
      }),
    );
    let recorded = 0;
    for (const { invoiceId, amount } of allocations) {
      if (amount <= 0) continue;
      const { payment } = await this.invoices.recordPayment(scope, invoiceId, {
        amount,
        method: 'STRIPE',
        allowProviderMethods: true,
        providerPaymentId: `${pi}:${invoiceId}`,
        providerEventId: source.eventId,
        reference: pi,
      });
      const job: ReceiptJob = { workspaceId: checkout.workspaceId, clientId: checkout.clientId, paymentId: payment.id };
      await this.jobs.add(m, PAYMENT_RECEIPT_TASK, { ...job }, { jobKey: `receipt:${payment.id}` });
      recorded++;
    }
    if (unallocated > 0) await this.keepUnapplied(scope, checkout, locked, unallocated, pi, source);
    await this.move(m, checkout, 'COMPLETED', { paymentIntentId: pi, completedAt: checkout.completedAt ?? new Date() });
    return recorded ? 'PAID' : 'NOTHING_TO_RECORD';
  }

  private async keepUnapplied(
    scope: TenantScope,
    checkout: CheckoutSession,
    locked: [CheckoutSession['items'][number], Invoice][],
    amount: number,
    pi: string,
    source: ChangeSource,
  ): Promise<void> {
    const voided = locked.filter(([, i]) => i.status === 'VOID').map(([, i]) => i);
    const reason = voided.length ? 'INVOICE_VOID' : 'NOT_OWED';
    const row = await scope.insert(UnappliedPayment, {
      clientId: checkout.clientId,
      checkoutSessionId: checkout.id,
      invoiceIds: checkout.items.map((i) => i.invoiceId),
      amount,
      currency: checkout.currency,
      reason,
      status: 'REFUND_DUE',
      providerPaymentId: `${pi}:unapplied`,
      providerEventId: source.eventId,
    });
    logger.warn(
      {
        checkoutId: checkout.id,
        eventId: source.eventId,
        via: source.via,
        amount,
        currency: checkout.currency,
        reason,
        voidedInvoiceIds: voided.map((i) => i.id),
      },
      'money received that no invoice can take (voided or already settled): kept on the client, refund it',
    );
    const targets = voided.length ? voided : [locked[0][1]];
    for (const invoice of targets) {
      await this.note(
        scope,
        invoice,
        reason === 'INVOICE_VOID'
          ? `Payment received for void invoice ${invoice.number}: not applied, refund due`
          : `Payment received beyond what ${invoice.number ?? 'the invoices'} owed: refund due`,
        false,
        { action: 'UNAPPLIED', reason, checkoutId: checkout.id, unappliedPaymentId: row.id, amount },
      );
    }
  }

  private can(checkout: CheckoutSession, to: CheckoutStatus): boolean {
    return canTransitionCheckout(checkout.status, to);
  }

  private scope(m: EntityManager, checkout: CheckoutSession): TenantScope {
    return new TenantScope(m, checkout.workspaceId, checkout.clientId);
  }

  private async lockInvoices(scope: TenantScope, checkout: CheckoutSession) {
    const out: [CheckoutSession['items'][number], Invoice][] = [];
    for (const item of [...checkout.items].sort((a, b) => a.invoiceId.localeCompare(b.invoiceId))) {
      const invoice = await this.invoices.lock(scope, item.invoiceId).catch(() => null);
      if (invoice) out.push([item, invoice]);
    }
    // Checkout order (allocation fills invoices in the order the client chose them).
    const order = new Map(checkout.items.map((i, n) => [i.invoiceId, n]));
    return out.sort((a, b) => order.get(a[0].invoiceId)! - order.get(b[0].invoiceId)!);
  }

  private async release(m: EntityManager, locked: [{ amount: number }, Invoice][]): Promise<void> {
    for (const [item, invoice] of locked) {
      await m.query(`UPDATE "invoice" SET "amountSettling" = GREATEST(0, "amountSettling" - $2) WHERE id = $1`, [
        invoice.id,
        item.amount,
      ]);
      await publishInvoiceStatus(m, invoice);
    }
  }

  private note(
    scope: TenantScope,
    invoice: Invoice,
    summary: string,
    portalVisible: boolean,
    metadata: Record<string, unknown>,
  ) {
    return this.timeline.record(scope, {
      clientId: invoice.clientId,
      projectId: invoice.projectId,
      type: 'PAYMENT',
      summary,
      portalVisible,
      metadata: { source: 'payment', invoiceId: invoice.id, currency: invoice.currency, ...metadata },
    });
  }

  private async move(
    m: EntityManager,
    checkout: CheckoutSession,
    status: CheckoutStatus,
    patch: Partial<CheckoutSession>,
  ): Promise<void> {
    await m.getRepository(CheckoutSession).update({ id: checkout.id }, { ...patch, status });
    Object.assign(checkout, patch, { status });
  }
}
