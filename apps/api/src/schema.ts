import 'reflect-metadata';
import path from 'node:path';
import { buildSchema } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import { authChecker } from './platform/auth/auth-checker';
import { ClientListFieldsResolver, ClientListResolver, ClientPageFieldsResolver } from './modules/clients/client-list.resolver';
import { ClientResolver } from './modules/clients/client.resolver';
import { ContactResolver } from './modules/clients/contact.resolver';
import { IdentityResolver } from './modules/identity/identity.resolver';
import { GeoResolver } from './modules/geo/geo.resolver';
import { PortalResolver } from './modules/portal/portal.resolver';
import { PortalSettingsResolver } from './modules/portal/portal-settings.resolver';
import { ClientCustomFieldsResolver } from './modules/custom-fields/client-custom-fields.resolver';
import { CustomFieldDefinitionResolver } from './modules/custom-fields/custom-field.resolver';
import { WorkspaceSettingsResolver } from './modules/workspace-settings/workspace-settings.resolver';
import { DocumentResolver } from './modules/documents/document.resolver';
import { NoteResolver } from './modules/notes/note.resolver';
import { TimelineResolver } from './modules/timeline/timeline.resolver';
import { SavedViewResolver } from './modules/saved-views/saved-view.resolver';
import { SegmentResolver } from './modules/segments/segment.resolver';
import { ClientProjectsResolver, ProjectResolver } from './modules/projects/project.resolver';
import { MilestoneResolver, TaskResolver } from './modules/projects/task.resolver';
import { CommentResolver } from './modules/deliverables/comment.resolver';
import { DeliverableDecisionResolver, DeliverableResolver } from './modules/deliverables/deliverable.resolver';
import { RunningTimerResolver, TimeResolver, TimesheetRowResolver } from './modules/time/time.resolver';
import { ClientMetricsResolver } from './modules/metrics/client-metrics.resolver';
import { DashboardResolver } from './modules/dashboard/dashboard.resolver';
import { PaymentsResolver } from './modules/billing/payments/payments.resolver';
import { StatementResolver } from './modules/billing/payments/statement.resolver';
import { InvoiceLineResolver, InvoiceResolver } from './modules/billing/invoices/invoice.resolver';
import { QuoteEventResolver, QuoteResolver } from './modules/billing/quotes/quote.resolver';
import { BillingSettingsResolver, ClientBillingResolver } from './modules/billing/billing.resolver';
import { EmailTemplateResolver } from './modules/billing/templates/email-template.resolver';
import { BillingEmailResolver } from './modules/billing/email/billing-email.resolver';
import { DashboardSubscriptionResolver } from './modules/dashboard/dashboard.subscriptions';
import { DeliverableSubscriptionResolver } from './modules/deliverables/deliverable.subscriptions';
import { TimelineSubscriptionResolver } from './modules/timeline/timeline.subscriptions';
import { InvoiceStatusSubscriptionResolver } from './modules/billing/invoices/invoice-status.subscriptions';
import { PortalChangesResolver } from './modules/portal/portal-changes.subscriptions';
import { subscribeFunctionsOnly } from './platform/realtime/live-subscribe';
import { FeedbackResolver } from './modules/feedback/feedback.resolver';
import { PortalProjectResolver } from './modules/projects/portal-project.resolver';
import { PortalCommentResolver, PortalDeliverableResolver } from './modules/deliverables/portal-deliverable.resolver';
import { PortalDocumentResolver, PortalFeedbackResolver, PortalTimelineResolver } from './modules/portal-content/portal-documents.resolver';
import { RecurringInvoiceResolver } from './modules/billing/recurring/recurring.resolver';
import { PortalTicketMessageResolver, PortalTicketResolver } from './modules/tickets/portal-ticket.resolver';
import { TicketMessageResolver, TicketResolver } from './modules/tickets/ticket.resolver';
import { TicketSubscriptionResolver } from './modules/tickets/ticket.subscriptions';
import { NotificationResolver } from './modules/notifications/notification.resolver';

export const SCHEMA_FILE = path.resolve(__dirname, '../../../packages/graphql-types/schema.graphql');

export function createSchema(opts: { emit?: boolean } = {}): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: [
      IdentityResolver, ClientResolver, ClientListResolver, ClientListFieldsResolver, ClientPageFieldsResolver,
      ContactResolver, PortalResolver,
      CustomFieldDefinitionResolver, ClientCustomFieldsResolver, WorkspaceSettingsResolver,
      TimelineResolver, NoteResolver, DocumentResolver,
      SavedViewResolver, SegmentResolver, GeoResolver,
      ProjectResolver, ClientProjectsResolver, TaskResolver, MilestoneResolver,
      DeliverableResolver, DeliverableDecisionResolver, CommentResolver,
      TimeResolver, RunningTimerResolver, TimesheetRowResolver, ClientMetricsResolver, DashboardResolver,
      PaymentsResolver, StatementResolver,
      InvoiceResolver, InvoiceLineResolver, QuoteResolver, QuoteEventResolver, BillingSettingsResolver, ClientBillingResolver,
      EmailTemplateResolver, BillingEmailResolver,
      FeedbackResolver,
      PortalProjectResolver, PortalDeliverableResolver, PortalCommentResolver, PortalDocumentResolver, PortalTimelineResolver, PortalFeedbackResolver,
      PortalSettingsResolver,
      DashboardSubscriptionResolver, DeliverableSubscriptionResolver, InvoiceStatusSubscriptionResolver, PortalChangesResolver, TimelineSubscriptionResolver,
      RecurringInvoiceResolver,
      TicketResolver, TicketMessageResolver, PortalTicketResolver, PortalTicketMessageResolver, TicketSubscriptionResolver,
      NotificationResolver,
    ],
    pubSub: subscribeFunctionsOnly,
    authChecker,
    validate: { forbidUnknownValues: false },
    emitSchemaFile: opts.emit ? { path: SCHEMA_FILE, sortedSchema: true } : false,
  });
}
