import Stripe from 'stripe';
import { checkoutMetadata, type CheckoutRequest, type PaymentProvider, type ProviderSession } from './payment-provider';

/** Stripe Checkout: one hosted page for the selected invoices; the metadata travels to the payment intent too. */
export class StripeProvider implements PaymentProvider {
  readonly name = 'STRIPE' as const;
  private readonly stripe: Stripe;

  /** `api` points the SDK elsewhere (tests use a local fake of Stripe's API). */
  constructor(secretKey: string, api: { host: string; port: number; protocol: 'http' | 'https' } | null = null) {
    this.stripe = new Stripe(secretKey, { maxNetworkRetries: 2, timeout: 20_000, ...(api ?? {}) });
  }

  async createSession(request: CheckoutRequest) {
    const metadata = checkoutMetadata(request);
    const session = await this.stripe.checkout.sessions.create(
      {
        mode: 'payment',
        client_reference_id: request.checkoutId,
        customer_email: request.customerEmail ?? undefined,
        line_items: request.items.map((item) => ({
          quantity: 1,
          price_data: {
            currency: request.currency.toLowerCase(),
            unit_amount: item.amount,
            product_data: { name: `Invoice ${item.number}`, metadata: { invoiceId: item.invoiceId } },
          },
        })),
        metadata,
        payment_intent_data: {
          metadata,
          description: `${request.agencyName}: ${request.items.map((i) => i.number).join(', ')}`,
        },
        success_url: request.successUrl,
        cancel_url: request.cancelUrl,
      },
      // A retried click for the same checkout row never opens a second Stripe session.
      { idempotencyKey: `checkout-${request.checkoutId}` },
    );
    if (!session.url) throw new Error('Stripe returned a checkout session without a URL');
    return { providerSessionId: session.id, url: session.url };
  }

  async retrieveSession(providerSessionId: string): Promise<ProviderSession> {
    const s = await this.stripe.checkout.sessions.retrieve(providerSessionId, { expand: ['payment_intent'] });
    const pi = s.payment_intent;
    return {
      id: s.id,
      status: s.status ?? 'open',
      paymentStatus: s.payment_status,
      amountTotal: s.amount_total ?? 0,
      currency: s.currency ?? '',
      paymentIntentId: typeof pi === 'string' ? pi : (pi?.id ?? null),
      paymentIntentStatus: pi && typeof pi !== 'string' ? pi.status : null,
      metadata: { ...(s.metadata ?? {}) },
    };
  }
}
