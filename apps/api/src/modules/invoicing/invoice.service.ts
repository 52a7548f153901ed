import {
  addDays, assertInvoiceTransition, assertPayment, badInput, DomainError, invoiceTotals, isIsoDate, localDate,
  MANUAL_PAYMENT_METHODS, statusAfterPayment, type LineSource, type PaymentMethod,
} from '@clientflow/domain';
import type { TenantScope } from '../../db/tenant-scope';
import { Client } from '../clients/client.entity';
import { Workspace } from '../identity/workspace.entity';
import { Project } from '../projects/project.entity';
import { TimeEntry } from '../time/time-entry.entity';
import type { TimelineService } from '../timeline/timeline.service';
import { billingSettingsOf } from './billing-settings.service';
import { billingSnapshotOf } from './billing-snapshot';
import { Invoice } from './invoice.entity';
import { InvoiceLine } from './invoice-line.entity';
import { allocateNumber } from './numbering';
import { Payment } from './payment.entity';

/** A line as the caller describes it; amounts are computed here by the domain, never taken from the caller. */
export interface LineDraft {
  description: string;
  quantity: number;
  unitPrice: number;
  taxRate: number;
  discount?: number;
  source?: LineSource;
  projectId?: string | null;
  /** TIME lines: the time entries this line bills; they are marked billed in the same transaction. */
  timeEntryIds?: string[];
}

export interface InvoiceDraft {
  clientId: string;
  projectId?: string | null;
  currency?: string;
  issueDate?: string | null;
  dueDate?: string | null;
  notes?: string | null;
  terms?: string | null;
  lines: LineDraft[];
  quoteId?: string | null;
  recurringInvoiceId?: string | null;
  createdByUserId?: string | null;
}

export interface PaymentDraft {
  amount: number;
  method: PaymentMethod;
  /** ISO date; defaults to today in the workspace's timezone. */
  receivedAt?: string | null;
  reference?: string | null;
  note?: string | null;
  providerPaymentId?: string | null;
  providerEventId?: string | null;
  recordedByUserId?: string | null;
  /** Only the Stripe webhook may record STRIPE payments. */
  allowProviderMethods?: boolean;
}

export const MAX_LINES = 500;

/**
 * The invoice core: drafts with their lines and totals, issuing (number + frozen billing snapshot), payments.
 * Every method takes a TenantScope and must be called inside its transaction (`scope.transaction`); the quote,
 * recurring, sending and portal payment flows all go through here so the rules hold everywhere.
 */
export class InvoiceService {
  constructor(private readonly timeline: TimelineService) {}

  async workspaceToday(scope: TenantScope): Promise<string> {
    const ws = await scope.manager.getRepository(Workspace).findOneByOrFail({ id: scope.workspaceId });
    return localDate(new Date(), ws.timezone);
  }

  /** Creates a DRAFT with its lines; TIME lines mark their entries billed (refused if any was billed already). */
  async createDraft(scope: TenantScope, draft: InvoiceDraft): Promise<Invoice> {
    const client = await scope.findById(Client, draft.clientId, 'Client');
    if (draft.projectId) await this.assertProjectOfClient(scope, draft.projectId, client.id, 'projectId');
    const ws = await scope.manager.getRepository(Workspace).findOneByOrFail({ id: scope.workspaceId });
    const settings = await billingSettingsOf(scope.manager, scope.workspaceId);
    assertOptionalDate(draft.issueDate, 'issueDate');
    assertOptionalDate(draft.dueDate, 'dueDate');
    if (draft.issueDate && draft.dueDate && draft.dueDate < draft.issueDate) throw badInput('dueDate', 'The due date cannot be before the issue date');
    const currency = (draft.currency ?? ws.currency).toUpperCase();
    if (!/^[A-Z]{3}$/.test(currency)) throw badInput('currency', 'Currency must be a 3-letter ISO code such as EUR');
    const invoice = await scope.insert(Invoice, {
      clientId: client.id,
      projectId: draft.projectId ?? null,
      quoteId: draft.quoteId ?? null,
      recurringInvoiceId: draft.recurringInvoiceId ?? null,
      status: 'DRAFT',
      currency,
      issueDate: draft.issueDate ?? null,
      dueDate: draft.dueDate ?? null,
      notes: draft.notes ?? settings.defaultNotes,
      terms: draft.terms ?? settings.defaultTerms,
      createdByUserId: draft.createdByUserId ?? null,
    });
    await this.replaceLines(scope, invoice, draft.lines);
    return scope.findById(Invoice, invoice.id, 'Invoice');
  }

  /**
   * Replaces a DRAFT's lines and recomputes its totals. Time entries of removed TIME lines become unbilled again;
   * entries of new TIME lines are claimed with a conditional update, so an entry is never on two invoices.
   */
  async replaceLines(scope: TenantScope, invoice: Invoice, lines: LineDraft[]): Promise<void> {
    if (invoice.status !== 'DRAFT') throw new DomainError('CONFLICT', 'Only a draft invoice can be edited');
    if (!lines.length) throw badInput('lines', 'An invoice needs at least one line');
    if (lines.length > MAX_LINES) throw badInput('lines', `An invoice can have at most ${MAX_LINES} lines`);
    lines.forEach((l, i) => {
      if (!l.description?.trim()) throw badInput(`lines.${i}.description`, 'Each line needs a description');
      if (l.description.length > 2000) throw badInput(`lines.${i}.description`, 'A line description can have at most 2000 characters');
    });
    const totals = invoiceTotals(lines.map((l) => ({ quantity: l.quantity, unitPrice: l.unitPrice, taxRate: l.taxRate, discount: l.discount ?? 0 })));
    for (const [i, l] of lines.entries()) if (l.projectId) await this.assertProjectOfClient(scope, l.projectId, invoice.clientId, `lines.${i}.projectId`);

    const m = scope.manager;
    await m.query(
      `UPDATE "time_entry" SET "invoiceLineId" = NULL WHERE "workspaceId" = $1 AND "invoiceLineId" IN (SELECT id FROM "invoice_line" WHERE "invoiceId" = $2)`,
      [scope.workspaceId, invoice.id],
    );
    await m.getRepository(InvoiceLine).delete({ invoiceId: invoice.id, workspaceId: scope.workspaceId });
    for (const [i, l] of lines.entries()) {
      const a = totals.lines[i];
      const row = await scope.insert(InvoiceLine, {
        invoiceId: invoice.id,
        clientId: invoice.clientId,
        position: i,
        description: l.description.trim(),
        quantity: l.quantity,
        unitPrice: l.unitPrice,
        taxRate: l.taxRate,
        discount: l.discount ?? 0,
        source: l.source ?? (l.timeEntryIds?.length ? 'TIME' : 'AD_HOC'),
        projectId: l.projectId ?? null,
        gross: a.gross,
        discountAmount: a.discount,
        net: a.net,
      });
      if (l.timeEntryIds?.length) await this.claimTimeEntries(scope, invoice.clientId, row.id, l.timeEntryIds, `lines.${i}.timeEntryIds`);
    }
    await scope.update(
      Invoice,
      invoice.id,
      {
        subtotal: totals.subtotal,
        discountTotal: totals.lines.reduce((s, a) => s + a.discount, 0),
        taxTotal: totals.taxTotal,
        total: totals.total,
        taxSummary: totals.taxes,
      },
      'Invoice',
    );
  }

  /**
   * DRAFT → SENT: assigns the next number, freezes the client's billing snapshot, fixes the issue date (today by
   * default) and the due date (issue date + payment terms by default), and writes an INVOICE timeline event.
   * Sending the email is the caller's business (see the billing mailer); this only makes the invoice official.
   */
  async issue(scope: TenantScope, invoiceId: string, opts: { actorUserId?: string | null; today?: string } = {}): Promise<Invoice> {
    const invoice = await this.lock(scope, invoiceId);
    assertInvoiceTransition(invoice.status, 'SENT');
    if (invoice.total <= 0) throw badInput('lines', 'An invoice with a total of zero cannot be sent');
    const client = await scope.findById(Client, invoice.clientId, 'Client');
    const settings = await billingSettingsOf(scope.manager, scope.workspaceId);
    const today = opts.today ?? (await this.workspaceToday(scope));
    const issueDate = invoice.issueDate ?? today;
    const dueDate = invoice.dueDate ?? addDays(issueDate, settings.paymentTermsDays);
    const { number, sequence } = await allocateNumber(scope.manager, scope.workspaceId, 'INVOICE');
    await scope.update(
      Invoice,
      invoice.id,
      { status: 'SENT', number, sequence, issueDate, dueDate, billingSnapshot: billingSnapshotOf(client), sentAt: new Date() },
      'Invoice',
    );
    await this.timeline.record(scope, {
      clientId: invoice.clientId,
      projectId: invoice.projectId,
      type: 'INVOICE',
      summary: `Invoice ${number} issued`,
      authorUserId: opts.actorUserId ?? null,
      portalVisible: true,
      metadata: { source: 'invoice', invoiceId: invoice.id, number, total: invoice.total, currency: invoice.currency },
    });
    return scope.findById(Invoice, invoice.id, 'Invoice');
  }

  /**
   * Records money received: refuses more than the balance and invoices that cannot be paid (DRAFT, VOID, PAID),
   * moves the status (PARTIAL / PAID) and writes a PAYMENT timeline event. The invoice row is locked, so two
   * payments arriving together cannot both fit into the same balance.
   */
  async recordPayment(scope: TenantScope, invoiceId: string, draft: PaymentDraft): Promise<{ invoice: Invoice; payment: Payment }> {
    const invoice = await this.lock(scope, invoiceId);
    if (!draft.allowProviderMethods && !MANUAL_PAYMENT_METHODS.includes(draft.method)) {
      throw badInput('method', 'Choose bank transfer, cash or other; card payments are recorded by Stripe');
    }
    if (invoice.status === 'DRAFT') throw new DomainError('CONFLICT', 'Send the invoice before recording a payment');
    if (invoice.status === 'VOID') throw new DomainError('CONFLICT', 'A void invoice cannot be paid');
    if (invoice.status === 'PAID') throw new DomainError('CONFLICT', 'This invoice is already paid in full');
    assertPayment({ amount: draft.amount, balance: invoice.total - invoice.amountPaid });
    const today = await this.workspaceToday(scope);
    const receivedAt = draft.receivedAt ?? today;
    assertOptionalDate(receivedAt, 'receivedAt');
    if (receivedAt > today) throw badInput('receivedAt', 'A payment cannot be dated in the future');
    const payment = await scope.insert(Payment, {
      invoiceId: invoice.id,
      clientId: invoice.clientId,
      amount: draft.amount,
      currency: invoice.currency,
      method: draft.method,
      receivedAt,
      reference: draft.reference?.trim() || null,
      note: draft.note?.trim() || null,
      providerPaymentId: draft.providerPaymentId ?? null,
      providerEventId: draft.providerEventId ?? null,
      recordedByUserId: draft.recordedByUserId ?? null,
    });
    const amountPaid = invoice.amountPaid + draft.amount;
    const status = statusAfterPayment({ total: invoice.total, paid: amountPaid, dueDate: invoice.dueDate ?? today, today });
    await scope.update(Invoice, invoice.id, { amountPaid, status, paidAt: status === 'PAID' ? new Date() : null }, 'Invoice');
    await this.timeline.record(scope, {
      clientId: invoice.clientId,
      projectId: invoice.projectId,
      type: 'PAYMENT',
      summary: `Payment received for ${invoice.number ?? 'an invoice'}`,
      authorUserId: draft.recordedByUserId ?? null,
      portalVisible: true,
      metadata: { source: 'payment', invoiceId: invoice.id, paymentId: payment.id, amount: draft.amount, currency: invoice.currency, method: draft.method },
    });
    return { invoice: await scope.findById(Invoice, invoice.id, 'Invoice'), payment };
  }

  /** The invoice row, locked for the rest of the transaction (serialises payments, issuing and status changes). */
  async lock(scope: TenantScope, invoiceId: string): Promise<Invoice> {
    await scope.findById(Invoice, invoiceId, 'Invoice');
    return scope.query(Invoice, 'i').andWhere('i.id = :id', { id: invoiceId }).setLock('pessimistic_write').getOneOrFail();
  }

  private async assertProjectOfClient(scope: TenantScope, projectId: string, clientId: string, field: string): Promise<void> {
    const project = await scope.query(Project, 'p').andWhere('p.id = :projectId', { projectId }).getOne();
    if (!project) throw badInput(field, 'Project not found');
    if (project.clientId !== clientId) throw badInput(field, 'The project belongs to another client');
  }

  private async claimTimeEntries(scope: TenantScope, clientId: string, lineId: string, ids: string[], field: string): Promise<void> {
    const unique = [...new Set(ids)];
    const result = await scope.manager
      .createQueryBuilder()
      .update(TimeEntry)
      .set({ invoiceLineId: lineId })
      .where(`"workspaceId" = :ws AND "clientId" = :clientId AND id IN (:...ids) AND billable AND "invoiceLineId" IS NULL`, {
        ws: scope.workspaceId,
        clientId,
        ids: unique,
      })
      .execute();
    if (result.affected !== unique.length) {
      throw new DomainError('CONFLICT', 'Some of these time entries are already billed, not billable, or belong to another client', field);
    }
  }
}

function assertOptionalDate(value: string | null | undefined, field: string) {
  if (value != null && !isIsoDate(value)) throw badInput(field, `${field} must be a calendar date like 2026-03-14`);
}
