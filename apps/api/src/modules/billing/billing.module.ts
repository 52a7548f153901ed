import { defineModule } from '../../platform/module';
import { registerBillingAutomationJobs } from './automation/billing-automation.jobs';
import { InvoiceReminder } from './automation/invoice-reminder.entity';
import { createBillingLoaders } from './billing.loaders';
import { BillingSettingsResolver, ClientBillingResolver } from './billing.resolver';
import { seedBilling } from './billing.seed';
import { BillingQueryService } from './billing-query.service';
import { BillingSettings } from './billing-settings.entity';
import { BillingSettingsService } from './billing-settings.service';
import { DocumentSequence } from './document-sequence.entity';
import { BillingEmailResolver } from './email/billing-email.resolver';
import { BillingMailer } from './email/billing-mailer';
import { InvoiceStatusSubscriptionResolver } from './invoices/invoice-status.subscriptions';
import { INVOICE_TOPIC, invoiceStatusTopic } from './invoices/invoice-status.topics';
import { Invoice } from './invoices/invoice.entity';
import { InvoiceLine } from './invoices/invoice-line.entity';
import { InvoiceLineResolver, InvoiceResolver } from './invoices/invoice.resolver';
import { InvoiceService } from './invoices/invoice.service';
import { createStatementLoaders } from './invoices/portal-statement.loaders';
import { StatementResolver } from './invoices/portal-statement.resolver';
import { StatementService } from './invoices/portal-statement.service';
import { CheckoutService } from './payments/checkout.service';
import { CheckoutSession } from './payments/checkout-session.entity';
import { CheckoutSettlement } from './payments/checkout-settlement';
import { ManualPaymentService } from './payments/manual-payment.service';
import { localCheckoutRouter } from './payments/local-checkout.router';
import { Payment } from './payments/payment.entity';
import { PaymentEventsService } from './payments/payment-events.service';
import { providerKind, webhookSecret, type PaymentProvider } from './payments/payment-provider';
import { PaymentReconciler } from './payments/payment-reconciler';
import { paymentProvider } from './payments/payments.setup';
import { PaymentProviderEvent } from './payments/payment-provider-event.entity';
import { registerPaymentJobs } from './payments/payments.jobs';
import { PaymentsResolver } from './payments/payments.resolver';
import { stripeWebhookRouter } from './payments/stripe-webhook.router';
import { UnappliedPayment } from './payments/unapplied-payment.entity';
import { UnappliedPaymentResolver } from './payments/unapplied-payment.resolver';
import { billingPdfRouter } from './pdf/billing-pdf.router';
import { invoicesZipRouter } from './pdf/invoices-zip.router';
import { PdfRenderer } from './pdf/pdf-renderer';
import { QuoteEvent } from './quotes/quote-event.entity';
import { Quote } from './quotes/quote.entity';
import { QuoteLine } from './quotes/quote-line.entity';
import { QuoteEventResolver, QuoteResolver } from './quotes/quote.resolver';
import { QuoteService } from './quotes/quote.service';
import { RecurringInvoice } from './recurring/recurring-invoice.entity';
import { RecurringInvoiceRun } from './recurring/recurring-invoice-run.entity';
import { registerRecurringJobs } from './recurring/recurring.jobs';
import { createRecurringLoaders } from './recurring/recurring.loaders';
import { RecurringInvoiceResolver } from './recurring/recurring.resolver';
import { RecurringService } from './recurring/recurring.service';
import { EmailTemplate } from './templates/email-template.entity';
import { EmailTemplateResolver } from './templates/email-template.resolver';
import { EmailTemplateService } from './templates/email-template.service';

declare module '../../platform/module' {
  interface Services {
    invoices: InvoiceService;
    quotes: QuoteService;
    billingQueries: BillingQueryService;
    billingSettings: BillingSettingsService;
    statement: StatementService;
    pdf: PdfRenderer;
    emailTemplates: EmailTemplateService;
    billingMailer: BillingMailer;
    recurring: RecurringService;
    manualPayments: ManualPaymentService;
    /** Stripe, the local stand-in, or null (payments off). */
    paymentProvider: PaymentProvider | null;
    checkouts: CheckoutService;
    checkoutSettlement: CheckoutSettlement;
    paymentEvents: PaymentEventsService;
    paymentReconciler: PaymentReconciler;
    /** Signing secret of the payment provider's webhook (null: online payments off). */
    paymentsWebhookSecret: string | null;
  }
}
declare module '../../platform/module' {
  interface Loaders
    extends
      ReturnType<typeof createBillingLoaders>,
      ReturnType<typeof createStatementLoaders>,
      ReturnType<typeof createRecurringLoaders> {}
}

/**
 * Billing, one family: invoices (and the portal statement), quotes, payments (Stripe or the local stand-in), PDFs
 * and ZIPs, billing emails and their templates, recurring invoices, automation (overdue, reminders, quote expiry).
 */
export const billingModule = defineModule({
  name: 'billing',
  entities: [
    BillingSettings,
    DocumentSequence,
    Invoice,
    InvoiceLine,
    Quote,
    QuoteLine,
    QuoteEvent,
    Payment,
    RecurringInvoice,
    RecurringInvoiceRun,
    InvoiceReminder,
    EmailTemplate,
    CheckoutSession,
    PaymentProviderEvent,
    UnappliedPayment,
  ],
  resolvers: [
    InvoiceResolver,
    InvoiceLineResolver,
    QuoteResolver,
    QuoteEventResolver,
    BillingSettingsResolver,
    ClientBillingResolver,
    PaymentsResolver,
    UnappliedPaymentResolver,
    StatementResolver,
    EmailTemplateResolver,
    BillingEmailResolver,
    RecurringInvoiceResolver,
    InvoiceStatusSubscriptionResolver,
  ],
  services: {
    invoices: (s) => new InvoiceService(s.timeline),
    quotes: (s) => new QuoteService(s.timeline, s.invoices, s.projects),
    billingQueries: () => new BillingQueryService(),
    billingSettings: () => new BillingSettingsService(),
    statement: () => new StatementService(),
    pdf: () => new PdfRenderer(),
    emailTemplates: () => new EmailTemplateService(),
    billingMailer: (s, { config }) =>
      new BillingMailer({
        outbox: s.outbox,
        storage: s.storage,
        pdf: s.pdf,
        templates: s.emailTemplates,
        timeline: s.timeline,
        portalOrigin: config.portalOrigin,
        invoices: s.invoices,
        quotes: s.quotes,
      }),
    recurring: (s) => new RecurringService(s.invoices),
    manualPayments: (s) => new ManualPaymentService(s.invoices, s.billingMailer),
    paymentProvider: (_s, { config, dataSource }) => paymentProvider(config, dataSource),
    checkouts: (s, { config }) => new CheckoutService(s.paymentProvider, config.portalOrigin),
    checkoutSettlement: (s) => new CheckoutSettlement(s.invoices, s.timeline, s.jobs),
    paymentEvents: (s, { dataSource }) =>
      new PaymentEventsService(dataSource, s.checkoutSettlement, (scope, paymentId) =>
        s.billingMailer.enqueueReceipt(scope, paymentId),
      ),
    paymentReconciler: (s, { dataSource, config }) =>
      new PaymentReconciler(dataSource, s.paymentProvider, s.checkoutSettlement, config.paymentsReconcileAfterMinutes),
    paymentsWebhookSecret: (_s, { config }) => webhookSecret(config, providerKind(config)),
  },
  loaders: (scope) => ({
    ...createStatementLoaders(scope),
    ...createBillingLoaders(scope),
    ...createRecurringLoaders(scope),
  }),
  liveTopics: { [INVOICE_TOPIC]: invoiceStatusTopic },
  jobs: (services) => {
    registerBillingAutomationJobs(services);
    registerRecurringJobs(services);
    registerPaymentJobs(services);
  },
  routes: (app, { dataSource, services, config }) => {
    app.use('/files', billingPdfRouter({ dataSource, services }));
    app.use('/files', invoicesZipRouter({ dataSource, services }));
    app.use(
      '/webhooks',
      stripeWebhookRouter({ secret: services.paymentsWebhookSecret, events: services.paymentEvents }),
    );
    if (services.checkouts.providerName === 'LOCAL') {
      app.use(
        '/payments',
        localCheckoutRouter({
          dataSource,
          services,
          secret: services.paymentsWebhookSecret,
          portalOrigin: config.portalOrigin,
        }),
      );
    }
  },
  seed: (m, demo) => seedBilling(m, demo.northwindId, demo.userIds, demo.today),
  stop: (services) => services.pdf.close(),
});
