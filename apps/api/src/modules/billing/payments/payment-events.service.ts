import { allocateReceived, DomainError, isOpenInvoice } from '@clientflow/domain';
import type { DataSource, EntityManager } from 'typeorm';
import type { JobQueue } from '../../../platform/jobs/job-queue';
import { isUuid, TenantScope } from '../../../platform/db/tenant-scope';
import { logger } from '../../../platform/logger/logger';
import type { InvoiceService } from '../invoices/invoice.service';
import type { Invoice } from '../invoices/invoice.entity';
import { Payment } from './payment.entity';
import { CheckoutSession } from './checkout-session.entity';
import { PaymentProviderEvent } from './payment-provider-event.entity';

/** The fields of a (verified) Stripe event that matter here. */
export interface ProviderEvent {
  id: string;
  type: string;
  data: { object: Record<string, unknown> };
}

export type EventOutcome =
  'PAID' | 'NOTHING_TO_RECORD' | 'IGNORED' | 'AWAITING_PAYMENT' | 'UNKNOWN_CHECKOUT' | 'DUPLICATE';

/** Emails the receipt for one payment (BillingMailer.enqueueReceipt), inside the job's transaction. */
export type ReceiptSender = (scope: TenantScope, paymentId: string) => Promise<unknown>;

/** One job per recorded card payment: the receipt is queued with the payment, composed and rendered apart from it. */
export const PAYMENT_RECEIPT_TASK = 'payments.receipt';
export interface ReceiptJob {
  workspaceId: string;
  clientId: string;
  paymentId: string;
}

interface PaymentFacts {
  paymentIntentId: string;
  received: number;
  currency: string;
  metadata: Record<string, string>;
  sessionId: string | null;
}

/** checkout.session.completed and payment_intent.succeeded both say "this payment intent paid this checkout". */
function factsOf(event: ProviderEvent): PaymentFacts | 'AWAITING_PAYMENT' | null {
  const o = event.data.object;
  const metadata = (o.metadata ?? {}) as Record<string, string>;
  switch (event.type) {
    case 'checkout.session.completed':
    case 'checkout.session.async_payment_succeeded': {
      if (o.payment_status !== 'paid') return 'AWAITING_PAYMENT';
      const pi =
        typeof o.payment_intent === 'string' ? o.payment_intent : (o.payment_intent as { id?: string } | null)?.id;
      if (!pi) return null;
      return {
        paymentIntentId: pi,
        received: Number(o.amount_total),
        currency: String(o.currency),
        metadata,
        sessionId: String(o.id),
      };
    }
    case 'payment_intent.succeeded':
      return {
        paymentIntentId: String(o.id),
        received: Number(o.amount_received ?? o.amount),
        currency: String(o.currency),
        metadata,
        sessionId: null,
      };
    default:
      return null;
  }
}

/**
 * Processes verified provider events exactly once. The event id is inserted first, in the same transaction as
 * the payments, so a duplicate (sequential or concurrent) waits on the key and then does nothing; a failure rolls
 * both back and the provider's retry starts over. Both event kinds for one payment intent record the same rows
 * (`providerPaymentId = <payment intent>:<invoice>`, unique), so order and repetition do not matter.
 */
export class PaymentEventsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly invoices: InvoiceService,
    private readonly jobs: JobQueue,
    private readonly sendReceipt: ReceiptSender,
  ) {}

  /**
   * The receipt job: a payment without any recipient (no billing contact, no email) is logged and skipped rather
   * than retried forever; other failures throw, so the queue retries with backoff.
   */
  async receipt(job: ReceiptJob): Promise<void> {
    const scope = new TenantScope(this.dataSource.manager, job.workspaceId, job.clientId);
    await scope.transaction(async (s) => {
      try {
        await this.sendReceipt(s, job.paymentId);
      } catch (err) {
        if (err instanceof DomainError && err.code !== 'CONFLICT') {
          logger.warn({ err: err.message, paymentId: job.paymentId }, 'no receipt sent for a card payment');
          return;
        }
        throw err;
      }
    });
  }

  async handle(event: ProviderEvent, provider = 'STRIPE'): Promise<EventOutcome> {
    return this.dataSource.transaction(async (m) => {
      const inserted: unknown[] = await m.query(
        `INSERT INTO "payment_provider_event" ("id", "provider", "type", "outcome") VALUES ($1, $2, $3, 'PROCESSING')
         ON CONFLICT ("id") DO NOTHING RETURNING "id"`,
        [event.id, provider, event.type],
      );
      if (!inserted.length) return 'DUPLICATE';
      const facts = factsOf(event);
      let outcome: EventOutcome;
      let checkout: CheckoutSession | null = null;
      if (facts === null) outcome = 'IGNORED';
      else if (facts === 'AWAITING_PAYMENT') outcome = 'AWAITING_PAYMENT';
      else {
        checkout = await this.checkoutOf(m, facts);
        outcome = checkout ? await this.record(m, event, checkout, facts) : 'UNKNOWN_CHECKOUT';
        if (!checkout)
          logger.warn(
            { eventId: event.id, metadata: facts.metadata },
            'payment event for an unknown checkout: nothing recorded',
          );
      }
      await m.getRepository(PaymentProviderEvent).update(event.id, {
        outcome,
        workspaceId: checkout?.workspaceId ?? null,
        checkoutSessionId: checkout?.id ?? null,
      });
      return outcome;
    });
  }

  private async checkoutOf(m: EntityManager, facts: PaymentFacts): Promise<CheckoutSession | null> {
    const { checkoutId, workspaceId } = facts.metadata;
    if (!checkoutId || !isUuid(checkoutId) || !workspaceId || !isUuid(workspaceId)) return null;
    const checkout = await m.getRepository(CheckoutSession).findOneBy({ id: checkoutId, workspaceId });
    if (!checkout) return null;
    if (facts.sessionId && checkout.providerSessionId !== facts.sessionId) return null;
    return checkout;
  }

  private async record(
    m: EntityManager,
    event: ProviderEvent,
    checkout: CheckoutSession,
    facts: PaymentFacts,
  ): Promise<EventOutcome> {
    const scope = new TenantScope(m, checkout.workspaceId, checkout.clientId);
    if (facts.currency.toUpperCase() !== checkout.currency) {
      logger.error(
        { eventId: event.id, checkoutId: checkout.id, currency: facts.currency },
        'payment in another currency than the checkout: nothing recorded',
      );
      return 'NOTHING_TO_RECORD';
    }
    // Lock every invoice of the checkout in one order (no deadlock between two events), then look for this
    // payment intent's rows: the first event records them, the other finds them and records nothing.
    const locked = new Map<string, Invoice>();
    for (const invoiceId of checkout.items.map((i) => i.invoiceId).sort()) {
      const invoice = await this.invoices.lock(scope, invoiceId).catch(() => null);
      if (invoice) locked.set(invoiceId, invoice);
    }
    const providerIds = checkout.items.map((i) => `${facts.paymentIntentId}:${i.invoiceId}`);
    const already = await m
      .getRepository(Payment)
      .count({ where: providerIds.map((providerPaymentId) => ({ providerPaymentId })) });
    if (already > 0) return 'NOTHING_TO_RECORD';

    const { allocations, unallocated } = allocateReceived(
      facts.received,
      checkout.items.map((item) => {
        const invoice = locked.get(item.invoiceId);
        const balance = invoice && isOpenInvoice(invoice.status) ? invoice.total - invoice.amountPaid : 0;
        return { ...item, balance };
      }),
    );
    let recorded = 0;
    for (const { invoiceId, amount } of allocations) {
      if (amount <= 0) {
        logger.info(
          { eventId: event.id, invoiceId },
          'invoice already settled by other means: no card payment recorded for it',
        );
        continue;
      }
      const { payment } = await this.invoices.recordPayment(scope, invoiceId, {
        amount,
        method: 'STRIPE',
        allowProviderMethods: true,
        providerPaymentId: `${facts.paymentIntentId}:${invoiceId}`,
        providerEventId: event.id,
        reference: facts.paymentIntentId,
      });
      const job: ReceiptJob = { workspaceId: checkout.workspaceId, clientId: checkout.clientId, paymentId: payment.id };
      await this.jobs.add(m, PAYMENT_RECEIPT_TASK, { ...job }, { jobKey: `receipt:${payment.id}` });
      recorded++;
    }
    if (unallocated > 0) {
      logger.warn(
        { eventId: event.id, checkoutId: checkout.id, unallocated, currency: checkout.currency },
        'card payment exceeds what the invoices still owe: refund the difference',
      );
    }
    await m.getRepository(CheckoutSession).update(
      { id: checkout.id },
      {
        status: 'COMPLETED',
        paymentIntentId: facts.paymentIntentId,
        completedAt: checkout.completedAt ?? new Date(),
      },
    );
    return recorded ? 'PAID' : 'NOTHING_TO_RECORD';
  }
}
