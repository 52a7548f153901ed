import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { AppConfig } from '../../../platform/config/config';
import type { PaymentProviderName } from './checkout-session.entity';

export interface CheckoutRequest {
  checkoutId: string;
  workspaceId: string;
  clientId: string;
  currency: string;
  items: { invoiceId: string; number: string; amount: number }[];
  agencyName: string;
  customerEmail: string | null;
  successUrl: string;
  cancelUrl: string;
}

/**
 * What the provider knows about one hosted checkout now: the fields of Stripe's `checkout.sessions.retrieve` (with
 * its payment intent expanded) that reconciliation reads.
 */
export interface ProviderSession {
  id: string;
  /** open (can still be paid), complete (paid or paid-settling-later), expired (closed unpaid). */
  status: 'open' | 'complete' | 'expired' | (string & {});
  paymentStatus: 'paid' | 'unpaid' | 'no_payment_required' | (string & {});
  amountTotal: number;
  /** Lower case, as Stripe sends it. */
  currency: string;
  paymentIntentId: string | null;
  /** processing = money in flight; succeeded; requires_payment_method / canceled = the delayed payment failed. */
  paymentIntentStatus: string | null;
  metadata: Record<string, string>;
}

/** A hosted payment page for one checkout; the provider later tells us about the money through the webhook. */
export interface PaymentProvider {
  readonly name: PaymentProviderName;
  createSession(request: CheckoutRequest): Promise<{ providerSessionId: string; url: string }>;
  /** Asks the provider about a session (reconciliation: what did the webhook not tell us?). */
  retrieveSession(providerSessionId: string): Promise<ProviderSession>;
}

/** Stripe metadata values hold at most 500 characters: invoice ids and amounts are split over numbered keys. */
const CHUNK = 10;

/** The metadata both providers attach to the session and its payment intent (the webhook finds the checkout by it). */
export function checkoutMetadata(
  request: Pick<CheckoutRequest, 'checkoutId' | 'workspaceId' | 'clientId'> & {
    items: readonly { invoiceId: string; amount: number }[];
  },
): Record<string, string> {
  const metadata: Record<string, string> = {
    checkoutId: request.checkoutId,
    workspaceId: request.workspaceId,
    clientId: request.clientId,
  };
  for (let i = 0; i * CHUNK < request.items.length; i++) {
    metadata[`invoices_${i}`] = request.items
      .slice(i * CHUNK, (i + 1) * CHUNK)
      .map((item) => `${item.invoiceId}:${item.amount}`)
      .join(',');
  }
  return metadata;
}

/** Which provider runs: `auto` = Stripe with a secret key, else the local stand-in (never in production). */
export function providerKind(config: AppConfig): PaymentProviderName | null {
  switch (config.paymentsProvider) {
    case 'off':
      return null;
    case 'stripe':
      if (!config.stripeSecretKey) throw new Error('PAYMENTS_PROVIDER=stripe needs STRIPE_SECRET_KEY');
      return 'STRIPE';
    case 'local':
      return 'LOCAL';
    default:
      if (config.stripeSecretKey) return 'STRIPE';
      return config.isProduction ? null : 'LOCAL';
  }
}

/**
 * The webhook signing secret: STRIPE_WEBHOOK_SECRET, else (development and the local stand-in only) a random one
 * kept under DATA_DIR like the session secret, so it survives restarts.
 */
export function webhookSecret(config: AppConfig, kind: PaymentProviderName | null): string | null {
  if (config.stripeWebhookSecret) return config.stripeWebhookSecret;
  if (kind === 'STRIPE')
    throw new Error('STRIPE_WEBHOOK_SECRET is required with Stripe (whsec_… from the Stripe dashboard)');
  if (kind === null) return null;
  const file = path.join(config.dataDir, 'stripe-webhook-secret');
  if (!fs.existsSync(file)) {
    fs.mkdirSync(config.dataDir, { recursive: true });
    fs.writeFileSync(file, `whsec_${randomBytes(32).toString('base64url')}`, { mode: 0o600 });
  }
  return fs.readFileSync(file, 'utf8').trim();
}
