import { Client } from './modules/clients/client.entity';
import { Contact } from './modules/clients/contact.entity';
import { Membership } from './modules/identity/membership.entity';
import { User } from './modules/identity/user.entity';
import { Workspace } from './modules/identity/workspace.entity';
import { OutboundEmail } from './platform/mail/outbound-email.entity';
import { SavedView } from './modules/saved-views/saved-view.entity';
import { MagicLinkToken } from './modules/portal/magic-link-token.entity';
import { TimelineEvent } from './modules/timeline/timeline-event.entity';
import { RateLimitBucket } from './platform/limits/rate-limit.entity';
import { CustomFieldDefinition } from './modules/custom-fields/custom-field-definition.entity';
import { Document } from './modules/documents/document.entity';
import { Note } from './modules/notes/note.entity';
import { Comment } from './modules/deliverables/comment.entity';
import { Deliverable } from './modules/deliverables/deliverable.entity';
import { DeliverableDecisionRecord } from './modules/deliverables/deliverable-decision.entity';
import { Milestone } from './modules/projects/milestone.entity';
import { Project } from './modules/projects/project.entity';
import { Task } from './modules/projects/task.entity';
import { TimeEntry } from './modules/time/time-entry.entity';
import { RunningTimer } from './modules/time/running-timer.entity';
import { BillingSettings } from './modules/billing/billing-settings.entity';
import { DocumentSequence } from './modules/billing/document-sequence.entity';
import { Invoice } from './modules/billing/invoices/invoice.entity';
import { InvoiceLine } from './modules/billing/invoices/invoice-line.entity';
import { InvoiceReminder } from './modules/billing/automation/invoice-reminder.entity';
import { Payment } from './modules/billing/payments/payment.entity';
import { Quote } from './modules/billing/quotes/quote.entity';
import { QuoteEvent } from './modules/billing/quotes/quote-event.entity';
import { QuoteLine } from './modules/billing/quotes/quote-line.entity';
import { RecurringInvoice } from './modules/billing/recurring/recurring-invoice.entity';
import { RecurringInvoiceRun } from './modules/billing/recurring/recurring-invoice-run.entity';
import { EmailTemplate } from './modules/billing/templates/email-template.entity';
import { ClientPortalSettings } from './modules/portal/client-portal-settings.entity';
import { CheckoutSession } from './modules/billing/payments/checkout-session.entity';
import { PaymentProviderEvent } from './modules/billing/payments/payment-provider-event.entity';
import { FeedbackRequest } from './modules/feedback/feedback-request.entity';
import { Ticket, TicketMessage, TicketRead } from './modules/tickets/ticket.entity';
import { Notification } from './modules/notifications/notification.entity';

export const entities = [
  Workspace, User, Membership, Client, Contact, MagicLinkToken, OutboundEmail, RateLimitBucket, TimelineEvent,
  CustomFieldDefinition, Note, Document, SavedView,
  Project, Task, Milestone, Deliverable, Comment, TimeEntry,
  DeliverableDecisionRecord,
  RunningTimer,
  BillingSettings, DocumentSequence, Invoice, InvoiceLine, Quote, QuoteLine, QuoteEvent, Payment,
  RecurringInvoice, RecurringInvoiceRun, InvoiceReminder, EmailTemplate,
  ClientPortalSettings,
  CheckoutSession, PaymentProviderEvent,
  FeedbackRequest,
  Ticket, TicketMessage, TicketRead, Notification,
];
