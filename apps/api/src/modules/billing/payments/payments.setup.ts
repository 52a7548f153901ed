import type { DataSource } from 'typeorm';
import type { AppConfig } from '../../../platform/config/config';
import { LocalProvider } from './local-provider';
import { providerKind, type PaymentProvider } from './payment-provider';
import { StripeProvider } from './stripe-provider';

/** The payment provider chosen by config (see `providerKind`): Stripe, the local stand-in, or none (payments off). */
export function paymentProvider(config: AppConfig, dataSource: DataSource): PaymentProvider | null {
  const kind = providerKind(config);
  return kind === 'STRIPE'
    ? new StripeProvider(config.stripeSecretKey!)
    : kind === 'LOCAL'
      ? new LocalProvider(dataSource)
      : null;
}
