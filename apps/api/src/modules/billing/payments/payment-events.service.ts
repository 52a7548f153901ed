import { DomainError } from '@clientflow/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { isUuid, TenantScope } from '../../../platform/db/tenant-scope';
import { logger } from '../../../platform/logger/logger';
import type { CheckoutSession } from './checkout-session.entity';
import type { CheckoutSettlement, ReceiptJob, SettlementOutcome } from './checkout-settlement';
import { PaymentProviderEvent } from './payment-provider-event.entity';

export { PAYMENT_RECEIPT_TASK, type ReceiptJob } from './checkout-settlement';

/** The fields of a (verified) Stripe event that matter here. */
export interface ProviderEvent {
  id: string;
  type: string;
  data: { object: Record<string, unknown> };
}

export type EventOutcome = SettlementOutcome | 'IGNORED' | 'AWAITING_PAYMENT' | 'UNKNOWN_CHECKOUT' | 'DUPLICATE';

/** Emails the receipt for one payment (BillingMailer.enqueueReceipt), inside the job's transaction. */
export type ReceiptSender = (scope: TenantScope, paymentId: string) => Promise<unknown>;

/** What an event says about its checkout. */
type EventAction =
  | { kind: 'PAID'; paymentIntentId: string; received: number; currency: string }
  | { kind: 'SETTLING'; paymentIntentId: string | null }
  | { kind: 'FAILED' }
  | { kind: 'AWAITING_PAYMENT' };

interface EventFacts {
  action: EventAction;
  metadata: Record<string, string>;
  /** The checkout session id, when the event is about the session (not its payment intent). */
  sessionId: string | null;
}

const intentId = (o: Record<string, unknown>): string | null =>
  typeof o.payment_intent === 'string' ? o.payment_intent : ((o.payment_intent as { id?: string } | null)?.id ?? null);

/**
 * checkout.session.completed (paid at once, or "unpaid": a method that settles later), the delayed outcome
 * (`async_payment_succeeded` / `_failed`) and payment_intent.succeeded. Both "paid" events of one payment intent
 * record the same rows, so order and repetition do not matter.
 */
function factsOf(event: ProviderEvent): EventFacts | null {
  const o = event.data.object;
  const metadata = (o.metadata ?? {}) as Record<string, string>;
  const session = (action: EventAction): EventFacts => ({ action, metadata, sessionId: String(o.id) });
  switch (event.type) {
    case 'checkout.session.completed':
    case 'checkout.session.async_payment_succeeded': {
      const pi = intentId(o);
      if (o.payment_status === 'paid') {
        if (!pi) return null;
        return session({
          kind: 'PAID',
          paymentIntentId: pi,
          received: Number(o.amount_total),
          currency: String(o.currency),
        });
      }
      if (event.type === 'checkout.session.completed' && o.payment_status === 'unpaid')
        return session({ kind: 'SETTLING', paymentIntentId: pi });
      return session({ kind: 'AWAITING_PAYMENT' });
    }
    case 'checkout.session.async_payment_failed':
      return session({ kind: 'FAILED' });
    case 'payment_intent.succeeded':
      return {
        action: {
          kind: 'PAID',
          paymentIntentId: String(o.id),
          received: Number(o.amount_received ?? o.amount),
          currency: String(o.currency),
        },
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
 * both back and the provider's retry starts over. The checkout row is locked and its state moved by the same
 * `CheckoutSettlement` reconciliation uses, so a webhook and reconciliation record one payment between them.
 */
export class PaymentEventsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly settlement: CheckoutSettlement,
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
      else if (facts.action.kind === 'AWAITING_PAYMENT') outcome = 'AWAITING_PAYMENT';
      else {
        checkout = await this.checkoutOf(m, facts);
        outcome = checkout ? await this.apply(m, event, checkout, facts.action) : 'UNKNOWN_CHECKOUT';
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

  private apply(m: EntityManager, event: ProviderEvent, checkout: CheckoutSession, action: EventAction) {
    const source = { eventId: event.id, via: 'webhook' as const };
    switch (action.kind) {
      case 'PAID':
        return this.settlement.settle(m, checkout, action, source);
      case 'SETTLING':
        return this.settlement.hold(m, checkout, action.paymentIntentId);
      case 'FAILED':
        return this.settlement.fail(m, checkout, source);
      default:
        return Promise.resolve('AWAITING_PAYMENT' as const);
    }
  }

  /** The checkout the signed metadata names (and, for session events, whose provider session it is), locked. */
  private async checkoutOf(m: EntityManager, facts: EventFacts): Promise<CheckoutSession | null> {
    const { checkoutId, workspaceId } = facts.metadata;
    if (!checkoutId || !isUuid(checkoutId) || !workspaceId || !isUuid(workspaceId)) return null;
    const checkout = await this.settlement.lockCheckout(m, checkoutId);
    if (!checkout || checkout.workspaceId !== workspaceId) return null;
    if (facts.sessionId && checkout.providerSessionId !== facts.sessionId) return null;
    return checkout;
  }
}
