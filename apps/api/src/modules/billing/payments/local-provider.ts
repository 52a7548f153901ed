import { randomBytes } from 'node:crypto';
import Stripe from 'stripe';
import type { DataSource } from 'typeorm';
import { checkoutMetadata, type CheckoutRequest, type PaymentProvider, type ProviderSession } from './payment-provider';
import type { CheckoutSession } from './checkout-session.entity';

const id = (prefix: string) => `${prefix}_local_${randomBytes(12).toString('hex')}`;

/** How the "customer" pays on the stand-in's page: a card (paid at once) or a method that settles later. */
export type LocalPayMethod = 'card' | 'delayed';
/** What the "bank" later says about a delayed payment. */
export type LocalSettlement = 'succeeded' | 'failed';

interface LocalSessionRow {
  id: string;
  status: string;
  paymentStatus: string;
  paymentIntentId: string | null;
  paymentIntentStatus: string | null;
  amountTotal: string;
  currency: string;
  metadata: Record<string, string>;
}

// TypeORM answers an UPDATE … RETURNING with [rows, affected].
const toSession = (r: LocalSessionRow): ProviderSession => ({
  id: r.id,
  status: r.status,
  paymentStatus: r.paymentStatus,
  amountTotal: Number(r.amountTotal),
  currency: r.currency,
  paymentIntentId: r.paymentIntentId,
  paymentIntentStatus: r.paymentIntentStatus,
  metadata: r.metadata,
});

/**
 * The stand-in for Stripe on a machine without keys: the "hosted page" is served by this API
 * (`/payments/local-checkout/:id`), and paying there sends the events Stripe would send, signed with the
 * webhook secret, to the real webhook endpoint over HTTP — so the whole payment path runs locally and in tests.
 * Its own record of each session (`local_provider_session`, the "provider side") answers `retrieveSession` as
 * Stripe's `checkout.sessions.retrieve` would, so reconciliation finds a payment whose webhook was dropped.
 */
export class LocalProvider implements PaymentProvider {
  readonly name = 'LOCAL' as const;

  constructor(private readonly dataSource: DataSource) {}

  async createSession(request: CheckoutRequest) {
    const providerSessionId = id('cs');
    await this.dataSource.query(
      `INSERT INTO "local_provider_session" ("id", "amountTotal", "currency", "metadata") VALUES ($1, $2, $3, $4)`,
      [
        providerSessionId,
        request.items.reduce((sum, i) => sum + i.amount, 0),
        request.currency.toLowerCase(),
        JSON.stringify(checkoutMetadata(request)),
      ],
    );
    return { providerSessionId, url: `/payments/local-checkout/${providerSessionId}` };
  }

  async retrieveSession(providerSessionId: string): Promise<ProviderSession> {
    const [row]: LocalSessionRow[] = await this.dataSource.query(
      `SELECT * FROM "local_provider_session" WHERE "id" = $1`,
      [providerSessionId],
    );
    if (!row) throw new Error(`No such checkout.session: '${providerSessionId}'`);
    return toSession(row);
  }

  /**
   * The customer pays an open session: by card (complete + paid) or with a method that settles later (complete +
   * unpaid, payment intent processing). Returns the events Stripe sends for it; none when it was not open (a
   * second click). The caller delivers them, or drops them to simulate a lost webhook.
   */
  async pay(checkout: CheckoutSession, method: LocalPayMethod, now = new Date()): Promise<StripeLikeEvent[]> {
    const paid = method === 'card';
    const [rows]: [LocalSessionRow[], number] = await this.dataSource.query(
      `UPDATE "local_provider_session" SET "status" = 'complete', "paymentStatus" = $2, "paymentIntentId" = $3,
              "paymentIntentStatus" = $4, "updatedAt" = now()
        WHERE "id" = $1 AND "status" = 'open' RETURNING *`,
      [checkout.providerSessionId, paid ? 'paid' : 'unpaid', id('pi'), paid ? 'succeeded' : 'processing'],
    );
    if (!rows[0]) return [];
    const session = toSession(rows[0]);
    return paid
      ? [
          localSessionEvent('checkout.session.completed', checkout, session, now),
          localIntentEvent(checkout, session, now),
        ]
      : [localSessionEvent('checkout.session.completed', checkout, session, now)];
  }

  /** The "bank" settles a delayed payment, or reports it failed. None when nothing was in flight. */
  async settle(checkout: CheckoutSession, outcome: LocalSettlement, now = new Date()): Promise<StripeLikeEvent[]> {
    const ok = outcome === 'succeeded';
    const [rows]: [LocalSessionRow[], number] = await this.dataSource.query(
      `UPDATE "local_provider_session" SET "paymentStatus" = $2, "paymentIntentStatus" = $3, "updatedAt" = now()
        WHERE "id" = $1 AND "status" = 'complete' AND "paymentIntentStatus" = 'processing' RETURNING *`,
      [checkout.providerSessionId, ok ? 'paid' : 'unpaid', ok ? 'succeeded' : 'requires_payment_method'],
    );
    if (!rows[0]) return [];
    const session = toSession(rows[0]);
    return ok
      ? [
          localSessionEvent('checkout.session.async_payment_succeeded', checkout, session, now),
          localIntentEvent(checkout, session, now),
        ]
      : [localSessionEvent('checkout.session.async_payment_failed', checkout, session, now)];
  }

  /** The page is closed unpaid (the customer cancelled, or its time ran out). */
  async expire(providerSessionId: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE "local_provider_session" SET "status" = 'expired', "updatedAt" = now() WHERE "id" = $1 AND "status" = 'open'`,
      [providerSessionId],
    );
  }
}

export type StripeLikeEvent = {
  id: string;
  object: 'event';
  type: string;
  created: number;
  livemode: false;
  data: { object: Record<string, unknown> };
};

function metadataOf(checkout: CheckoutSession) {
  return checkoutMetadata({
    checkoutId: checkout.id,
    workspaceId: checkout.workspaceId,
    clientId: checkout.clientId,
    items: checkout.items,
  });
}

/** A `checkout.session.*` event in Stripe's shape (the fields the webhook reads). */
export function localSessionEvent(
  type: string,
  checkout: CheckoutSession,
  s: Pick<ProviderSession, 'status' | 'paymentStatus' | 'paymentIntentId' | 'amountTotal' | 'currency'>,
  now: Date,
): StripeLikeEvent {
  return {
    id: id('evt'),
    object: 'event',
    type,
    created: Math.floor(now.getTime() / 1000),
    livemode: false,
    data: {
      object: {
        id: checkout.providerSessionId,
        object: 'checkout.session',
        mode: 'payment',
        status: s.status,
        payment_status: s.paymentStatus,
        amount_total: s.amountTotal,
        currency: s.currency,
        payment_intent: s.paymentIntentId,
        client_reference_id: checkout.id,
        metadata: metadataOf(checkout),
      },
    },
  };
}

/** `payment_intent.succeeded` in Stripe's shape. */
export function localIntentEvent(
  checkout: CheckoutSession,
  s: Pick<ProviderSession, 'paymentIntentId' | 'amountTotal' | 'currency'>,
  now: Date,
): StripeLikeEvent {
  return {
    id: id('evt'),
    object: 'event',
    type: 'payment_intent.succeeded',
    created: Math.floor(now.getTime() / 1000),
    livemode: false,
    data: {
      object: {
        id: s.paymentIntentId,
        object: 'payment_intent',
        status: 'succeeded',
        amount: s.amountTotal,
        amount_received: s.amountTotal,
        currency: s.currency,
        metadata: metadataOf(checkout),
      },
    },
  };
}

/** The two events Stripe sends for a session paid by card (a fresh payment intent; tests post them by hand). */
export function localPaymentEvents(checkout: CheckoutSession, now = new Date()): StripeLikeEvent[] {
  const s = {
    status: 'complete',
    paymentStatus: 'paid',
    paymentIntentId: id('pi'),
    amountTotal: checkout.amount,
    currency: checkout.currency.toLowerCase(),
  };
  return [localSessionEvent('checkout.session.completed', checkout, s, now), localIntentEvent(checkout, s, now)];
}

/** Signs an event exactly as Stripe does (`Stripe-Signature: t=…,v1=…`) and POSTs it to the webhook. */
export async function deliverSigned(webhookUrl: string, event: StripeLikeEvent, secret: string): Promise<number> {
  const payload = JSON.stringify(event);
  const res = await fetch(webhookUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'stripe-signature': signedHeader(payload, secret) },
    body: payload,
  });
  await res.arrayBuffer();
  return res.status;
}

/** A valid `Stripe-Signature` header for `payload` (Stripe's own test helper, so the format is Stripe's). */
export function signedHeader(payload: string, secret: string): string {
  return Stripe.webhooks.generateTestHeaderString({ payload, secret });
}
