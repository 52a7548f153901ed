import {
  addDays,
  assertInvoiceTransition,
  assertPayment,
  badInput,
  DomainError,
  MANUAL_PAYMENT_METHODS,
  statusAfterPayment,
  type PaymentMethod,
} from '@clientflow/domain';
import type { TenantScope } from '../../../platform/db/tenant-scope';
import { Client } from '../../clients/client.entity';
import { Workspace } from '../../identity/workspace.entity';
import { TimeEntry } from '../../time/time-entry.entity';
import type { TimelineService } from '../../timeline/timeline.service';
import { billingSettingsOf } from '../billing-settings.service';
import { billingSnapshotOf } from '../billing-snapshot';
import {
  assertOptionalDate,
  assertProjectOfClient,
  headerChanges,
  normalizeCurrency,
  writeLines,
  type LineDraft,
} from '../billing-lines';
import { Invoice } from './invoice.entity';
import { InvoiceLine } from './invoice-line.entity';
import { allocateNumber } from '../numbering';
import { Payment } from '../payments/payment.entity';
import { publishInvoiceStatus } from './invoice-status.topics';
import { workspaceTodayIn } from '../../identity/workspace-today';

export interface InvoiceDraft {
  clientId: string;
  projectId?: string | null;
  currency?: string | null;
  issueDate?: string | null;
  dueDate?: string | null;
  notes?: string | null;
  terms?: string | null;
  lines: LineDraft[];
  quoteId?: string | null;
  recurringInvoiceId?: string | null;
  createdByUserId?: string | null;
}

export type InvoicePatch = Partial<
  Pick<InvoiceDraft, 'projectId' | 'currency' | 'issueDate' | 'dueDate' | 'notes' | 'terms' | 'lines'>
>;

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

export type { LineDraft } from '../billing-lines';

/**
 * The invoice core: drafts with their lines and totals, issuing (number + frozen billing snapshot), payments.
 * Every method takes a TenantScope and must be called inside its transaction (`scope.transaction`); the quote,
 * recurring, sending and portal payment flows all go through here so the rules hold everywhere.
 */
export class InvoiceService {
  constructor(private readonly timeline: TimelineService) {}

  workspaceToday(scope: TenantScope): Promise<string> {
    return workspaceTodayIn(scope.manager, scope.workspaceId, new Date());
  }

  /** Creates a DRAFT with its lines; TIME lines mark their entries billed (refused if any was billed already). */
  async createDraft(scope: TenantScope, draft: InvoiceDraft): Promise<Invoice> {
    return scope.transaction(async (scope) => {
      const client = await scope.findById(Client, draft.clientId, 'Client');
      if (draft.projectId) await assertProjectOfClient(scope, draft.projectId, client.id, 'projectId');
      const ws = await scope.manager.getRepository(Workspace).findOneByOrFail({ id: scope.workspaceId });
      const settings = await billingSettingsOf(scope.manager, scope.workspaceId);
      assertOptionalDate(draft.issueDate, 'issueDate');
      assertOptionalDate(draft.dueDate, 'dueDate');
      if (draft.issueDate && draft.dueDate && draft.dueDate < draft.issueDate)
        throw badInput('dueDate', 'The due date cannot be before the issue date');
      const currency = normalizeCurrency(draft.currency ?? ws.currency);
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
    });
  }

  /**
   * Replaces a DRAFT's lines and recomputes its totals. Time entries of removed TIME lines become unbilled again;
   * entries of new TIME lines are claimed with a conditional update, so an entry is never on two invoices.
   */
  async replaceLines(scope: TenantScope, invoice: Invoice, lines: LineDraft[]): Promise<void> {
    if (invoice.status !== 'DRAFT') throw new DomainError('CONFLICT', 'Only a draft invoice can be edited');
    await this.releaseTimeEntries(scope, invoice.id);
    const totals = await writeLines(
      scope,
      InvoiceLine,
      { column: 'invoiceId', id: invoice.id, clientId: invoice.clientId },
      lines,
      async (row, l, i) => {
        if (l.timeEntryIds?.length)
          await this.claimTimeEntries(scope, invoice.clientId, row.id, l.timeEntryIds, `lines.${i}.timeEntryIds`);
      },
    );
    await scope.update(Invoice, invoice.id, totals, 'Invoice');
  }

  /**
   * DRAFT → SENT: assigns the next number, freezes the client's billing snapshot, fixes the issue date (today by
   * default) and the due date (issue date + payment terms by default), and writes an INVOICE timeline event.
   * Sending the email is the caller's business (see the billing mailer); this only makes the invoice official.
   */
  async issue(
    scope: TenantScope,
    invoiceId: string,
    opts: { actorUserId?: string | null; today?: string } = {},
  ): Promise<Invoice> {
    return scope.transaction(async (scope) => {
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
        {
          status: 'SENT',
          number,
          sequence,
          issueDate,
          dueDate,
          billingSnapshot: billingSnapshotOf(client),
          sentAt: new Date(),
        },
        'Invoice',
      );
      await publishInvoiceStatus(scope.manager, invoice);
      await this.timeline.record(scope, {
        clientId: invoice.clientId,
        projectId: invoice.projectId,
        type: 'INVOICE',
        summary: `Invoice ${number} issued`,
        authorUserId: opts.actorUserId ?? null,
        portalVisible: true,
        metadata: {
          source: 'invoice',
          invoiceId: invoice.id,
          number,
          total: invoice.total,
          currency: invoice.currency,
        },
      });
      return scope.findById(Invoice, invoice.id, 'Invoice');
    });
  }

  /**
   * Records money received: refuses more than the balance and invoices that cannot be paid (DRAFT, VOID, PAID),
   * moves the status (PARTIAL / PAID) and writes a PAYMENT timeline event. The invoice row is locked, so two
   * payments arriving together cannot both fit into the same balance.
   */
  async recordPayment(
    scope: TenantScope,
    invoiceId: string,
    draft: PaymentDraft,
  ): Promise<{ invoice: Invoice; payment: Payment }> {
    return scope.transaction(async (scope) => {
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
      const status = statusAfterPayment({
        total: invoice.total,
        paid: amountPaid,
        dueDate: invoice.dueDate ?? today,
        today,
      });
      await scope.update(
        Invoice,
        invoice.id,
        { amountPaid, status, paidAt: status === 'PAID' ? new Date() : null },
        'Invoice',
      );
      await publishInvoiceStatus(scope.manager, invoice);
      await this.timeline.record(scope, {
        clientId: invoice.clientId,
        projectId: invoice.projectId,
        type: 'PAYMENT',
        summary: `Payment received for ${invoice.number ?? 'an invoice'}`,
        authorUserId: draft.recordedByUserId ?? null,
        portalVisible: true,
        metadata: {
          source: 'payment',
          invoiceId: invoice.id,
          paymentId: payment.id,
          amount: draft.amount,
          currency: invoice.currency,
          method: draft.method,
        },
      });
      return { invoice: await scope.findById(Invoice, invoice.id, 'Invoice'), payment };
    });
  }

  /** Edits a DRAFT: dates, currency, notes, terms, project and (when given) its lines. */
  async updateDraft(scope: TenantScope, invoiceId: string, patch: InvoicePatch): Promise<Invoice> {
    return scope.transaction(async (scope) => {
      const invoice = await this.lock(scope, invoiceId);
      if (invoice.status !== 'DRAFT')
        throw new DomainError('CONFLICT', 'Only a draft invoice can be edited; void it and create a new one');
      const next: Partial<Invoice> = await headerChanges(scope, invoice, patch, ['issueDate', 'dueDate']);
      if (Object.keys(next).length) await scope.update(Invoice, invoice.id, next, 'Invoice');
      if (patch.lines) await this.replaceLines(scope, invoice, patch.lines);
      return scope.findById(Invoice, invoice.id, 'Invoice');
    });
  }

  /** Deletes a DRAFT; its time entries become unbilled again. Issued invoices are voided, never deleted (numbers have no gaps). */
  async deleteDraft(scope: TenantScope, invoiceId: string): Promise<void> {
    return scope.transaction(async (scope) => {
      const invoice = await this.lock(scope, invoiceId);
      if (invoice.status !== 'DRAFT')
        throw new DomainError('CONFLICT', 'Only a draft can be deleted; void an issued invoice instead');
      await this.releaseTimeEntries(scope, invoice.id);
      await scope.delete(Invoice, invoice.id, 'Invoice');
    });
  }

  /**
   * Voids an invoice (domain transitions: DRAFT, SENT or OVERDUE, and nothing paid — remove payments first). Its time
   * entries become billable again; an issued invoice keeps its number (no gaps) and gets an INVOICE timeline event.
   */
  async void(scope: TenantScope, invoiceId: string, reason: string, actorUserId: string | null): Promise<Invoice> {
    return scope.transaction(async (scope) => {
      const invoice = await this.lock(scope, invoiceId);
      const why = reason?.trim();
      if (!why) throw badInput('reason', 'Say why the invoice is voided');
      if (why.length > 1000) throw badInput('reason', 'The reason can have at most 1000 characters');
      if (invoice.amountPaid > 0)
        throw new DomainError('CONFLICT', 'This invoice has payments; delete them before voiding it', 'status');
      assertInvoiceTransition(invoice.status, 'VOID');
      await this.releaseTimeEntries(scope, invoice.id);
      await scope.update(Invoice, invoice.id, { status: 'VOID', voidedAt: new Date(), voidReason: why }, 'Invoice');
      await publishInvoiceStatus(scope.manager, invoice);
      if (invoice.number) {
        await this.timeline.record(scope, {
          clientId: invoice.clientId,
          projectId: invoice.projectId,
          type: 'INVOICE',
          summary: `Invoice ${invoice.number} voided`,
          body: why,
          authorUserId: actorUserId,
          metadata: { source: 'invoice', action: 'VOIDED', invoiceId: invoice.id, number: invoice.number },
        });
      }
      return scope.findById(Invoice, invoice.id, 'Invoice');
    });
  }

  /**
   * Removes a manual payment recorded by mistake; the status follows what is left (PAID → PARTIAL/SENT/OVERDUE, as
   * the domain's transition table allows). Card payments are refunded through Stripe, not deleted here.
   */
  async deletePayment(scope: TenantScope, paymentId: string, actorUserId: string | null): Promise<Invoice> {
    return scope.transaction(async (scope) => {
      const payment = await scope.findById(Payment, paymentId, 'Payment');
      if (!MANUAL_PAYMENT_METHODS.includes(payment.method))
        throw new DomainError('CONFLICT', 'Card payments are refunded in Stripe, not deleted');
      const invoice = await this.lock(scope, payment.invoiceId);
      await scope.delete(Payment, payment.id, 'Payment');
      const amountPaid = invoice.amountPaid - payment.amount;
      const today = await this.workspaceToday(scope);
      const status = statusAfterPayment({
        total: invoice.total,
        paid: amountPaid,
        dueDate: invoice.dueDate ?? today,
        today,
      });
      if (status !== invoice.status) assertInvoiceTransition(invoice.status, status);
      await scope.update(
        Invoice,
        invoice.id,
        { amountPaid, status, paidAt: status === 'PAID' ? invoice.paidAt : null },
        'Invoice',
      );
      await publishInvoiceStatus(scope.manager, invoice);
      await this.timeline.record(scope, {
        clientId: invoice.clientId,
        projectId: invoice.projectId,
        type: 'PAYMENT',
        summary: `Payment removed from ${invoice.number ?? 'an invoice'}`,
        authorUserId: actorUserId,
        metadata: {
          source: 'payment',
          action: 'DELETED',
          invoiceId: invoice.id,
          paymentId: payment.id,
          amount: payment.amount,
          currency: payment.currency,
        },
      });
      return scope.findById(Invoice, invoice.id, 'Invoice');
    });
  }

  /** The invoice row, locked for the rest of the transaction (serialises payments, issuing and status changes). */
  async lock(scope: TenantScope, invoiceId: string): Promise<Invoice> {
    await scope.findById(Invoice, invoiceId, 'Invoice');
    return scope
      .query(Invoice, 'i')
      .andWhere('i.id = :id', { id: invoiceId })
      .setLock('pessimistic_write')
      .getOneOrFail();
  }

  /** Time entries billed on this invoice's lines become unbilled (lines replaced, draft deleted, invoice voided). */
  private async releaseTimeEntries(scope: TenantScope, invoiceId: string): Promise<void> {
    await scope.manager.query(
      `UPDATE "time_entry" SET "invoiceLineId" = NULL WHERE "workspaceId" = $1 AND "invoiceLineId" IN (SELECT id FROM "invoice_line" WHERE "invoiceId" = $2)`,
      [scope.workspaceId, invoiceId],
    );
  }

  private async claimTimeEntries(
    scope: TenantScope,
    clientId: string,
    lineId: string,
    ids: string[],
    field: string,
  ): Promise<void> {
    const unique = [...new Set(ids)];
    const result = await scope.manager
      .createQueryBuilder()
      .update(TimeEntry)
      .set({ invoiceLineId: lineId })
      .where(
        `"workspaceId" = :ws AND "clientId" = :clientId AND id IN (:...ids) AND billable AND "invoiceLineId" IS NULL`,
        {
          ws: scope.workspaceId,
          clientId,
          ids: unique,
        },
      )
      .execute();
    if (result.affected !== unique.length) {
      throw new DomainError(
        'CONFLICT',
        'Some of these time entries are already billed, not billable, or belong to another client',
        field,
      );
    }
  }
}
