import type { DataSource } from 'typeorm';
import type { Transporter } from 'nodemailer';
import { SessionTokens } from './auth/session-token';
import type { AppConfig } from './config/config';
import { ClientListService } from '../modules/clients/client-list.service';
import { ClientService } from '../modules/clients/client.service';
import { ContactService } from '../modules/clients/contact.service';
import { GeoService } from '../modules/geo/geo.service';
import { IdentityService } from '../modules/identity/identity.service';
import { Outbox } from './mail/outbox.service';
import { PortalAuthService } from '../modules/portal/portal-auth.service';
import { PortalInvitationService } from '../modules/portal/portal-invitation.service';
import { PortalSettingsService } from '../modules/portal/portal-settings.service';
import { SavedViewService } from '../modules/saved-views/saved-view.service';
import { SegmentService } from '../modules/segments/segment.service';
import { TimelineService } from '../modules/timeline/timeline.service';
import path from 'node:path';
import { ClientLogoService } from '../modules/documents/client-logo.service';
import { DocumentService } from '../modules/documents/document.service';
import { NoteService } from '../modules/notes/note.service';
import { LocalDiskStorage } from './storage/local-disk-storage';
import { RateLimiter } from './limits/rate-limit';
import { CustomFieldService } from '../modules/custom-fields/custom-field.service';
import { WorkspaceSettingsService } from '../modules/workspace-settings/workspace-settings.service';
import { ProjectService } from '../modules/projects/project.service';
import { TaskService } from '../modules/projects/task.service';
import { CommentService } from '../modules/deliverables/comment.service';
import { DeliverableService } from '../modules/deliverables/deliverable.service';
import { TimeService } from '../modules/time/time.service';
import { DashboardService } from '../modules/dashboard/dashboard.service';
import { JobQueue } from './jobs/job-queue';
import { InvoiceService } from '../modules/billing/invoices/invoice.service';
import { QuoteService } from '../modules/billing/quotes/quote.service';
import { BillingQueryService } from '../modules/billing/billing-query.service';
import { BillingSettingsService } from '../modules/billing/billing-settings.service';
import { createPayments } from '../modules/billing/payments/payments.setup';
import { StatementService } from '../modules/billing/payments/statement.service';
import { PdfRenderer } from '../modules/billing/pdf/pdf-renderer';
import { BillingMailer } from '../modules/billing/email/billing-mailer';
import { EmailTemplateService } from '../modules/billing/templates/email-template.service';
import { LiveBus } from './realtime/live-bus';
import { LIVE_TOPICS } from './realtime/live-topics';
import { FeedbackService } from '../modules/feedback/feedback.service';
import { PortalContentService } from '../modules/portal-content/portal-content.service';
import { RecurringService } from '../modules/billing/recurring/recurring.service';
import { TicketService } from '../modules/tickets/ticket.service';
import { NotificationService } from '../modules/notifications/notification.service';

/** Stateless services built once per process; per-request state lives in the Context. */
export function createServices(deps: { dataSource: DataSource; config: AppConfig; transport: Transporter; sessionSecret: string }) {
  const { dataSource, config } = deps;
  const rateLimiter = new RateLimiter(dataSource);
  const timeline = new TimelineService();
  const storage = new LocalDiskStorage(path.join(config.dataDir, 'files'));
  const jobs = new JobQueue(dataSource, { concurrency: config.jobsConcurrency });
  const outbox = new Outbox(dataSource, deps.transport, config.mailFrom, storage, jobs);
  const documents = new DocumentService(storage, timeline);
  const notifications = new NotificationService();
  const clients = new ClientService(timeline);
  const time = new TimeService();
  const feedback = new FeedbackService(timeline);
  const pdf = new PdfRenderer();
  const emailTemplates = new EmailTemplateService();
  const invoices = new InvoiceService(timeline);
  const projects = new ProjectService(timeline, clients, feedback);
  const quotes = new QuoteService(timeline, invoices, projects);
  const billingMailer = new BillingMailer({
    outbox, storage, pdf, templates: emailTemplates, timeline, portalOrigin: config.portalOrigin,
    invoices,
    quotes,
  });
  const payments = createPayments({ dataSource, config, invoices, jobs, sendReceipt: (scope, paymentId) => billingMailer.enqueueReceipt(scope, paymentId) });
  const deliverables = new DeliverableService(timeline, documents);
  const comments = new CommentService();
  return {
    jobs,
    tokens: new SessionTokens(deps.sessionSecret),
    rateLimiter,
    outbox,
    identity: new IdentityService(dataSource, rateLimiter),
    timeline,
    clients,
    clientList: new ClientListService(),
    contacts: new ContactService(),
    savedViews: new SavedViewService(),
    segments: new SegmentService(),
    geo: new GeoService(),
    portalAuth: new PortalAuthService(dataSource, outbox, rateLimiter, config.portalOrigin),
    portalInvitations: new PortalInvitationService(outbox, timeline, config.portalOrigin, config.portalInviteTtlHours),
    portalSettings: new PortalSettingsService(timeline, config.portalOrigin),
    customFields: new CustomFieldService(),
    workspaceSettings: new WorkspaceSettingsService(),
    storage,
    notes: new NoteService(timeline),
    documents,
    clientLogos: new ClientLogoService(),
    projects,
    tasks: new TaskService(),
    deliverables,
    comments,
    time,
    dashboard: new DashboardService(time),
    quotes,
    billingQueries: new BillingQueryService(),
    billingSettings: new BillingSettingsService(),
    checkouts: payments.checkouts,
    paymentEvents: payments.events,
    paymentsWebhookSecret: payments.webhookSecret,
    statement: new StatementService(),
    invoices,
    pdf,
    emailTemplates,
    billingMailer,
    recurring: new RecurringService(invoices),
    /** Subscriptions' fan-out; only the API starts its LISTEN connection (createApp). */
    live: new LiveBus(dataSource, LIVE_TOPICS),
    feedback,
    portalContent: new PortalContentService(deliverables, comments, documents),
    notifications,
    tickets: new TicketService(timeline, outbox, notifications, config.portalOrigin),
  };
}
export type Services = ReturnType<typeof createServices>;
