import { randomUUID } from 'node:crypto';
import {
  badInput,
  DomainError,
  formatCalendarDate,
  formatMoney,
  renderEmailTemplate,
  validateEmailTemplate,
  type EmailTemplateKind,
  type EmailTemplateText,
} from '@clientflow/domain';
import type { TenantScope } from '../../../platform/db/tenant-scope';
import type { FileStorage } from '../../../platform/storage/file-storage';
import { Client } from '../../clients/client.entity';
import { Contact } from '../../clients/contact.entity';
import { Workspace } from '../../identity/workspace.entity';
import { Invoice } from '../invoices/invoice.entity';
import { Payment } from '../payments/payment.entity';
import { Quote } from '../quotes/quote.entity';
import type { InvoiceService } from '../invoices/invoice.service';
import type { QuoteService } from '../quotes/quote.service';
import type { Outbox } from '../../../platform/mail/outbox.service';
import type { TimelineService } from '../../timeline/timeline.service';
import type { EmailTemplateService, EmailTemplateSource } from '../templates/email-template.service';
import type { BillingPdfData } from '../pdf/billing-pdf.data';
import { pdfFileName } from '../pdf/billing-pdf.data';
import { loadInvoicePdfData, loadQuotePdfData } from '../pdf/billing-pdf.query';
import type { PdfRenderer } from '../pdf/pdf-renderer';

export interface Recipients {
  to: string[];
  /** Who "Hello {{contact.name}}" greets: the first recipient contact, else the client. */
  greetingName: string;
}

/** A billing email ready to preview or send. */
export interface ComposedEmail extends EmailTemplateText {
  kind: EmailTemplateKind;
  templateSubject: string;
  templateBody: string;
  to: string[];
  templateSource: EmailTemplateSource;
  attachmentName: string;
  pdf: BillingPdfData;
  clientId: string;
  documentNumber: string;
}

export interface SendOptions {
  /** Overrides for this one send (validated like a template); the effective template otherwise. */
  subject?: string | null;
  body?: string | null;
  actorUserId?: string | null;
}

export interface QueuedEmail {
  emailId: string;
  invoiceId?: string;
  quoteId?: string;
  to: string[];
  subject: string;
  attachmentName: string;
}

type Extra = Record<string, string>;

/**
 * Billing emails (INVOICE, QUOTE, REMINDER, RECEIPT): picks the recipients, renders the effective template with the
 * document's data, renders the PDF into FileStorage and writes the outbox row (delivered by the `email.send` job)
 * and an EMAIL timeline event, all inside the caller's transaction.
 */
export class BillingMailer {
  constructor(
    private readonly deps: {
      outbox: Outbox;
      storage: FileStorage;
      pdf: PdfRenderer;
      templates: EmailTemplateService;
      timeline: TimelineService;
      invoices: InvoiceService;
      quotes: QuoteService;
      portalOrigin: string;
    },
  ) {}

  /** The client's BILLING contacts with an email, else its primary contact, else the client's own email. */
  async recipients(scope: TenantScope, clientId: string): Promise<Recipients> {
    const client = await scope.findById(Client, clientId, 'Client');
    const contacts = await scope
      .query(Contact, 'ct')
      .andWhere('ct."clientId" = :clientId AND ct.email IS NOT NULL AND ct.email <> \'\'', { clientId })
      .orderBy('ct."isPrimary"', 'DESC')
      .addOrderBy('ct.name', 'ASC')
      .getMany();
    const billing = contacts.filter((c) => c.role === 'BILLING');
    const chosen = billing.length ? billing : contacts.filter((c) => c.isPrimary);
    if (chosen.length) return { to: [...new Set(chosen.map((c) => c.email!.trim()))], greetingName: chosen[0].name };
    if (client.email?.trim()) return { to: [client.email.trim()], greetingName: client.name };
    throw badInput(
      'recipients',
      `${client.name} has no email address: add a billing contact or a primary contact with an email`,
    );
  }

  async composeInvoice(
    scope: TenantScope,
    invoiceId: string,
    kind: 'INVOICE' | 'REMINDER' | 'RECEIPT' = 'INVOICE',
    overrides: SendOptions = {},
    extra: Extra = {},
  ): Promise<ComposedEmail> {
    const invoice = await scope.findById(Invoice, invoiceId, 'Invoice');
    const pdf = await loadInvoicePdfData(scope, invoice);
    const money = (v: number) => formatMoney(v, pdf);
    const values = {
      'invoice.number': invoice.number ?? 'Draft',
      'invoice.total': money(invoice.total),
      'invoice.balance': money(invoice.total - invoice.amountPaid),
      'invoice.issueDate': formatCalendarDate(invoice.issueDate, pdf.locale),
      'invoice.dueDate': formatCalendarDate(invoice.dueDate, pdf.locale),
      'portal.link': `${this.deps.portalOrigin}/invoices/${invoice.id}`,
      ...extra,
    };
    return this.compose(scope, kind, invoice.clientId, pdf, values, overrides);
  }

  async composeQuote(scope: TenantScope, quoteId: string, overrides: SendOptions = {}): Promise<ComposedEmail> {
    const quote = await scope.findById(Quote, quoteId, 'Quote');
    const pdf = await loadQuotePdfData(scope, quote);
    const values = {
      'quote.number': quote.number ?? 'Draft',
      'quote.title': quote.title ?? '',
      'quote.total': formatMoney(quote.total, pdf),
      'quote.validUntil': formatCalendarDate(quote.validUntil, pdf.locale),
      'portal.link': `${this.deps.portalOrigin}/quotes/${quote.id}`,
    };
    return this.compose(scope, 'QUOTE', quote.clientId, pdf, values, overrides);
  }

  /** "Send": a DRAFT is issued first (number, frozen billing snapshot); SENT, PARTIAL and OVERDUE are re-sent. */
  async sendInvoice(scope: TenantScope, invoiceId: string, opts: SendOptions = {}): Promise<QueuedEmail> {
    return scope.transaction(async (scope) => {
      const invoice = await this.deps.invoices.lock(scope, invoiceId);
      if (invoice.status === 'DRAFT')
        await this.deps.invoices.issue(scope, invoiceId, { actorUserId: opts.actorUserId ?? null });
      return this.enqueueInvoice(scope, invoiceId, opts);
    });
  }

  /** Emails an issued invoice (SENT, PARTIAL or OVERDUE). */
  async enqueueInvoice(scope: TenantScope, invoiceId: string, opts: SendOptions = {}): Promise<QueuedEmail> {
    const invoice = await scope.findById(Invoice, invoiceId, 'Invoice');
    if (!['SENT', 'PARTIAL', 'OVERDUE'].includes(invoice.status)) {
      throw new DomainError('CONFLICT', `A ${invoice.status.toLowerCase()} invoice cannot be emailed`, 'status');
    }
    const email = await this.composeInvoice(scope, invoiceId, 'INVOICE', opts);
    return this.enqueue(scope, email, { invoiceId }, opts.actorUserId ?? null);
  }

  /** "Send": a DRAFT (or EXPIRED) quote is marked sent first (number, validity); a SENT quote is re-sent. */
  async sendQuote(scope: TenantScope, quoteId: string, opts: SendOptions = {}): Promise<QueuedEmail> {
    return scope.transaction(async (scope) => {
      const quote = await this.deps.quotes.lock(scope, quoteId);
      if (quote.status !== 'SENT')
        await this.deps.quotes.markSent(scope, quoteId, { actorUserId: opts.actorUserId ?? null });
      return this.enqueueQuote(scope, quoteId, opts);
    });
  }

  async enqueueQuote(scope: TenantScope, quoteId: string, opts: SendOptions = {}): Promise<QueuedEmail> {
    const quote = await scope.findById(Quote, quoteId, 'Quote');
    if (quote.status !== 'SENT' || !quote.number)
      throw new DomainError('CONFLICT', `A ${quote.status.toLowerCase()} quote cannot be emailed`, 'status');
    return this.enqueue(scope, await this.composeQuote(scope, quoteId, opts), { quoteId }, opts.actorUserId ?? null);
  }

  /** A payment reminder, `offsetDays` relative to the due date (negative = before); used by the reminders job. */
  async enqueueReminder(scope: TenantScope, invoiceId: string, offsetDays: number): Promise<QueuedEmail> {
    const email = await this.composeInvoice(
      scope,
      invoiceId,
      'REMINDER',
      {},
      { 'reminder.daysOverdue': String(Math.max(0, offsetDays)) },
    );
    return this.enqueue(scope, email, { invoiceId, offsetDays }, null);
  }

  /** A receipt for a recorded payment, with the invoice as it stands after it. */
  async enqueueReceipt(scope: TenantScope, paymentId: string, opts: SendOptions = {}): Promise<QueuedEmail> {
    const payment = await scope.findById(Payment, paymentId, 'Payment');
    const email = await this.composeInvoice(
      scope,
      payment.invoiceId,
      'RECEIPT',
      opts,
      await this.receiptValues(scope, payment),
    );
    return this.enqueue(scope, email, { invoiceId: payment.invoiceId, paymentId }, opts.actorUserId ?? null);
  }

  async receiptValues(scope: TenantScope, payment: Payment): Promise<Extra> {
    const ws = await scope.manager.getRepository(Workspace).findOneByOrFail({ id: scope.workspaceId });
    return {
      'payment.amount': formatMoney(payment.amount, { locale: ws.locale, currency: payment.currency }),
      'payment.date': formatCalendarDate(payment.receivedAt, ws.locale),
    };
  }

  private async compose(
    scope: TenantScope,
    kind: EmailTemplateKind,
    clientId: string,
    pdf: BillingPdfData,
    values: Extra,
    overrides: SendOptions,
  ): Promise<ComposedEmail> {
    const { to, greetingName } = await this.recipients(scope, clientId);
    const template = await this.deps.templates.effective(scope, kind, clientId);
    const text =
      overrides.subject != null || overrides.body != null
        ? validateEmailTemplate(kind, {
            subject: overrides.subject ?? template.subject,
            body: overrides.body ?? template.body,
          })
        : template;
    const rendered = renderEmailTemplate(text, {
      'agency.name': pdf.agency.name,
      'client.name': pdf.client.name,
      'contact.name': greetingName,
      ...values,
    });
    return {
      kind,
      ...rendered,
      templateSubject: text.subject,
      templateBody: text.body,
      to,
      templateSource: template.source,
      attachmentName: pdfFileName(pdf),
      pdf,
      clientId,
      documentNumber: pdf.number ?? 'draft',
    };
  }

  private async enqueue(
    scope: TenantScope,
    email: ComposedEmail,
    ref: Record<string, unknown>,
    actorUserId: string | null,
  ): Promise<QueuedEmail> {
    const bytes = await this.deps.pdf.render(email.pdf);
    const storageKey = `billing-email/${scope.workspaceId}/${randomUUID()}`;
    await this.deps.storage.put(storageKey, bytes, { contentType: 'application/pdf' });
    const emailId = await this.deps.outbox.enqueue(scope.manager, {
      workspaceId: scope.workspaceId,
      clientId: email.clientId,
      kind: email.kind,
      to: email.to.join(', '),
      subject: email.subject,
      text: email.body,
      attachments: [{ filename: email.attachmentName, contentType: 'application/pdf', storageKey }],
    });
    const what = {
      INVOICE: 'Invoice',
      QUOTE: 'Quote',
      REMINDER: 'Payment reminder for',
      RECEIPT: 'Payment receipt for',
    }[email.kind];
    await this.deps.timeline.record(scope, {
      clientId: email.clientId,
      type: 'EMAIL',
      summary: `${what} ${email.documentNumber} emailed to ${email.to.join(', ')}`.slice(0, 500),
      body: email.subject,
      authorUserId: actorUserId,
      portalVisible: false,
      metadata: { source: 'billing-email', kind: email.kind, emailId, ...ref },
    });
    return {
      emailId,
      to: email.to,
      subject: email.subject,
      attachmentName: email.attachmentName,
      ...(ref as { invoiceId?: string; quoteId?: string }),
    };
  }
}
