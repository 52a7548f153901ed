import type { DataSource } from 'typeorm';
import type { AppConfig } from '../../../platform/config/config';
import type { InvoiceService } from '../invoices/invoice.service';
import { CheckoutService } from './checkout.service';
import { LocalProvider } from './local-provider';
import type { JobQueue } from '../../../platform/jobs/job-queue';
import { PaymentEventsService, type ReceiptSender } from './payment-events.service';
import { providerKind, webhookSecret, type PaymentProvider } from './payment-provider';
import { StripeProvider } from './stripe-provider';

/** Picks the provider from config (see `providerKind`) and builds the checkout and webhook services. */
export function createPayments(deps: { dataSource: DataSource; config: AppConfig; invoices: InvoiceService; jobs: JobQueue; sendReceipt: ReceiptSender }) {
  const kind = providerKind(deps.config);
  const provider: PaymentProvider | null =
    kind === 'STRIPE' ? new StripeProvider(deps.config.stripeSecretKey!) : kind === 'LOCAL' ? new LocalProvider() : null;
  return {
    webhookSecret: webhookSecret(deps.config, kind),
    checkouts: new CheckoutService(provider, deps.config.portalOrigin),
    events: new PaymentEventsService(deps.dataSource, deps.invoices, deps.jobs, deps.sendReceipt),
  };
}
