import { randomBytes } from 'node:crypto';
import Stripe from 'stripe';
import { checkoutMetadata, type CheckoutRequest, type PaymentProvider } from './payment-provider';
import type { CheckoutSession } from './checkout-session.entity';

const id = (prefix: string) => `${prefix}_local_${randomBytes(12).toString('hex')}`;

/**
 * The stand-in for Stripe on a machine without keys: the "hosted page" is served by this API
 * (`/payments/local-checkout/:id`), and paying there sends the events Stripe would send, signed with the
 * webhook secret, to the real webhook endpoint over HTTP — so the whole payment path runs locally and in tests.
 */
export class LocalProvider implements PaymentProvider {
  readonly name = 'LOCAL' as const;

  async createSession(_request: CheckoutRequest) {
    const providerSessionId = id('cs');
    return { providerSessionId, url: `/payments/local-checkout/${providerSessionId}` };
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

/** The two events Stripe sends for a paid Checkout session, in Stripe's shapes (the fields the webhook reads). */
export function localPaymentEvents(checkout: CheckoutSession, now = new Date()): StripeLikeEvent[] {
  const paymentIntent = id('pi');
  const metadata = checkoutMetadata({
    checkoutId: checkout.id,
    workspaceId: checkout.workspaceId,
    clientId: checkout.clientId,
    items: checkout.items,
  });
  const created = Math.floor(now.getTime() / 1000);
  const currency = checkout.currency.toLowerCase();
  return [
    {
      id: id('evt'),
      object: 'event',
      type: 'checkout.session.completed',
      created,
      livemode: false,
      data: {
        object: {
          id: checkout.providerSessionId,
          object: 'checkout.session',
          mode: 'payment',
          status: 'complete',
          payment_status: 'paid',
          amount_total: checkout.amount,
          currency,
          payment_intent: paymentIntent,
          client_reference_id: checkout.id,
          metadata,
        },
      },
    },
    {
      id: id('evt'),
      object: 'event',
      type: 'payment_intent.succeeded',
      created,
      livemode: false,
      data: {
        object: {
          id: paymentIntent,
          object: 'payment_intent',
          status: 'succeeded',
          amount: checkout.amount,
          amount_received: checkout.amount,
          currency,
          metadata,
        },
      },
    },
  ];
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
