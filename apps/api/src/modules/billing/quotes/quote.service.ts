import type { EntityManager } from 'typeorm';
import {
  addDays,
  assertQuoteTransition,
  badInput,
  DomainError,
  isQuoteExpired,
  localDate,
  type QuoteStatus,
} from '@clientflow/domain';
import type { TenantScope } from '../../../platform/db/tenant-scope';
import { Client } from '../../clients/client.entity';
import { Workspace } from '../../identity/workspace.entity';
import type { ProjectService } from '../../projects/project.service';
import type { TimelineService } from '../../timeline/timeline.service';
import {
  assertOptionalDate,
  assertProjectOfClient,
  headerChanges,
  linesAsDrafts,
  normalizeCurrency,
  writeLines,
  type LineDraft,
} from '../billing-lines';
import { billingSettingsOf } from '../billing-settings.service';
import { billingSnapshotOf } from '../billing-snapshot';
import type { Invoice } from '../invoices/invoice.entity';
import type { InvoiceService } from '../invoices/invoice.service';
import { allocateNumber } from '../numbering';
import { QuoteEvent, type QuoteEventAction } from './quote-event.entity';
import { QuoteLine } from './quote-line.entity';
import { Quote } from './quote.entity';

export interface QuoteDraft {
  clientId: string;
  projectId?: string | null;
  title?: string | null;
  currency?: string | null;
  issueDate?: string | null;
  validUntil?: string | null;
  notes?: string | null;
  terms?: string | null;
  lines: LineDraft[];
  createdByUserId?: string | null;
}
export type QuotePatch = Partial<Omit<QuoteDraft, 'clientId' | 'createdByUserId'>>;

/** Who decided: a staff member acting for the client, or (from the portal) the client's contact. */
export interface QuoteActor {
  userId?: string | null;
  contactId?: string | null;
}

/**
 * Quotes: drafts with the same lines and totals as invoices (shared `writeLines`), sending (number from the QUOTE
 * sequence, frozen billing snapshot, validity), decisions with their history, conversion to an invoice (and
 * optionally a project) and expiry. Methods run inside the caller's transaction (`scope.transaction`).
 */
export class QuoteService {
  constructor(
    private readonly timeline: TimelineService,
    private readonly invoices: InvoiceService,
    private readonly projects: ProjectService,
  ) {}

  async createDraft(scope: TenantScope, draft: QuoteDraft): Promise<Quote> {
    return scope.transaction(async (scope) => {
      const client = await scope.findById(Client, draft.clientId, 'Client');
      if (draft.projectId) await assertProjectOfClient(scope, draft.projectId, client.id, 'projectId');
      const ws = await scope.manager.getRepository(Workspace).findOneByOrFail({ id: scope.workspaceId });
      const settings = await billingSettingsOf(scope.manager, scope.workspaceId);
      assertOptionalDate(draft.issueDate, 'issueDate');
      assertOptionalDate(draft.validUntil, 'validUntil');
      assertValidity(draft.issueDate ?? null, draft.validUntil ?? null);
      const quote = await scope.insert(Quote, {
        clientId: client.id,
        projectId: draft.projectId ?? null,
        title: draft.title?.trim() || null,
        status: 'DRAFT',
        currency: normalizeCurrency(draft.currency ?? ws.currency),
        issueDate: draft.issueDate ?? null,
        validUntil: draft.validUntil ?? null,
        notes: draft.notes ?? settings.defaultNotes,
        terms: draft.terms ?? settings.defaultTerms,
        createdByUserId: draft.createdByUserId ?? null,
      });
      await this.replaceLines(scope, quote, draft.lines);
      return scope.findById(Quote, quote.id, 'Quote');
    });
  }

  async updateDraft(scope: TenantScope, id: string, patch: QuotePatch): Promise<Quote> {
    return scope.transaction(async (scope) => {
      const quote = await this.lock(scope, id);
      if (quote.status !== 'DRAFT')
        throw new DomainError('CONFLICT', 'Only a draft quote can be edited; reopen it first', 'status');
      const next: Partial<Quote> = await headerChanges(scope, quote, patch, ['issueDate', 'validUntil']);
      if (patch.title !== undefined) next.title = patch.title?.trim() || null;
      if (Object.keys(next).length) await scope.update(Quote, quote.id, next, 'Quote');
      if (patch.lines) await this.replaceLines(scope, quote, patch.lines);
      return scope.findById(Quote, quote.id, 'Quote');
    });
  }

  /** Only drafts that were never sent: a sent quote is part of the client's history (reopen it to revise). */
  async deleteDraft(scope: TenantScope, id: string): Promise<void> {
    return scope.transaction(async (scope) => {
      const quote = await this.lock(scope, id);
      if (quote.status !== 'DRAFT' || quote.number)
        throw new DomainError('CONFLICT', 'Only a draft that was never sent can be deleted', 'status');
      await scope.delete(Quote, quote.id, 'Quote');
    });
  }

  /**
   * DRAFT or EXPIRED → SENT: the first send takes the next QUOTE number; every send freezes the client's billing
   * snapshot and fixes the issue date (today) and validity (given, else issue date + the workspace's quote validity).
   */
  async markSent(
    scope: TenantScope,
    id: string,
    opts: { actorUserId?: string | null; today?: string } = {},
  ): Promise<Quote> {
    return scope.transaction(async (scope) => {
      const quote = await this.lock(scope, id);
      assertQuoteTransition(quote.status, 'SENT');
      if (quote.total <= 0) throw badInput('lines', 'A quote with a total of zero cannot be sent');
      const client = await scope.findById(Client, quote.clientId, 'Client');
      const settings = await billingSettingsOf(scope.manager, scope.workspaceId);
      const today = opts.today ?? (await this.invoices.workspaceToday(scope));
      const resend = quote.status === 'EXPIRED';
      const issueDate = !resend && quote.issueDate ? quote.issueDate : today;
      const validUntil =
        !resend && quote.validUntil && quote.validUntil >= today
          ? quote.validUntil
          : addDays(issueDate, settings.quoteValidityDays);
      const numbered = quote.number
        ? { number: quote.number, sequence: quote.sequence }
        : await allocateNumber(scope.manager, scope.workspaceId, 'QUOTE');
      await scope.update(
        Quote,
        quote.id,
        {
          ...numbered,
          status: 'SENT',
          issueDate,
          validUntil,
          billingSnapshot: billingSnapshotOf(client),
          sentAt: new Date(),
          decidedAt: null,
        },
        'Quote',
      );
      await this.addEvent(scope, quote, 'SENT', { userId: opts.actorUserId }, null);
      await this.timeline.record(scope, {
        clientId: quote.clientId,
        projectId: quote.projectId,
        type: 'PROPOSAL',
        summary: `Quote ${numbered.number} sent`,
        authorUserId: opts.actorUserId ?? null,
        portalVisible: true,
        metadata: {
          source: 'quote',
          action: 'SENT',
          quoteId: quote.id,
          number: numbered.number,
          total: quote.total,
          currency: quote.currency,
        },
      });
      return scope.findById(Quote, quote.id, 'Quote');
    });
  }

  /** SENT → ACCEPTED / REJECTED, by staff for the client or by the client's contact; refused once past validity. */
  async decide(
    scope: TenantScope,
    id: string,
    decision: 'ACCEPTED' | 'REJECTED',
    actor: QuoteActor,
    note?: string | null,
  ): Promise<Quote> {
    return scope.transaction(async (scope) => {
      const quote = await this.lock(scope, id);
      const today = await this.invoices.workspaceToday(scope);
      if (isQuoteExpired({ status: quote.status, validUntil: quote.validUntil, today })) {
        throw new DomainError(
          'CONFLICT',
          `This quote expired on ${quote.validUntil}; send it again with a new validity`,
          'status',
        );
      }
      assertQuoteTransition(quote.status, decision);
      const why = note?.trim() || null;
      if (why && why.length > 2000) throw badInput('note', 'The note can have at most 2000 characters');
      await scope.update(Quote, quote.id, { status: decision, decidedAt: new Date() }, 'Quote');
      await this.addEvent(scope, quote, decision, actor, why);
      await this.timeline.record(scope, {
        clientId: quote.clientId,
        projectId: quote.projectId,
        type: 'PROPOSAL',
        summary: `Quote ${quote.number} ${decision === 'ACCEPTED' ? 'accepted' : 'rejected'}`,
        body: why,
        authorUserId: actor.userId ?? null,
        authorContactId: actor.contactId ?? null,
        portalVisible: true,
        metadata: { source: 'quote', action: decision, quoteId: quote.id, number: quote.number },
      });
      return scope.findById(Quote, quote.id, 'Quote');
    });
  }

  /** SENT or EXPIRED → DRAFT to revise it (keeps its number); ACCEPTED and REJECTED are final. */
  async reopen(scope: TenantScope, id: string, actorUserId: string | null): Promise<Quote> {
    return scope.transaction(async (scope) => {
      const quote = await this.lock(scope, id);
      assertQuoteTransition(quote.status, 'DRAFT');
      await scope.update(Quote, quote.id, { status: 'DRAFT', decidedAt: null }, 'Quote');
      await this.addEvent(scope, quote, 'REOPENED', { userId: actorUserId }, null);
      return scope.findById(Quote, quote.id, 'Quote');
    });
  }

  /**
   * ACCEPTED → an invoice DRAFT with the same lines, once (`convertedInvoiceId`). With `createProject` a FIXED project
   * (value = the quote's subtotal) is created through ProjectService and linked to the quote and the invoice; the
   * lines become that project's FIXED_FEE lines, so `projectFeeLine` will not offer the fee a second time.
   * Runs in the caller's transaction: invoice, project, links and the CONVERTED event commit together or not at all.
   */
  async convert(
    scope: TenantScope,
    id: string,
    opts: { createProject: boolean; projectName?: string | null },
    actorUserId: string,
  ): Promise<{ quote: Quote; invoice: Invoice }> {
    return scope.transaction(async (scope) => {
      const quote = await this.lock(scope, id);
      if (quote.status !== 'ACCEPTED')
        throw new DomainError('CONFLICT', 'Only an accepted quote can be converted to an invoice', 'status');
      if (quote.convertedInvoiceId)
        throw new DomainError('CONFLICT', 'This quote was already converted to an invoice', 'status');
      let projectId = quote.projectId;
      let lines = linesAsDrafts(
        await scope.query(QuoteLine, 'l').andWhere('l."quoteId" = :id', { id: quote.id }).getMany(),
      );
      if (opts.createProject) {
        const name = (opts.projectName?.trim() || quote.title || `Quote ${quote.number}`).slice(0, 200);
        const project = await this.projects.create(scope, actorUserId, {
          clientId: quote.clientId,
          name,
          value: quote.subtotal,
          billingMode: 'FIXED',
        });
        projectId = project.id;
        lines = lines.map((l) => ({
          ...l,
          projectId: l.projectId ?? project.id,
          source: l.source === 'TIME' ? 'TIME' : 'FIXED_FEE',
        }));
      }
      const invoice = await this.invoices.createDraft(scope, {
        clientId: quote.clientId,
        projectId,
        quoteId: quote.id,
        currency: quote.currency,
        notes: quote.notes,
        terms: quote.terms,
        lines,
        createdByUserId: actorUserId,
      });
      await scope.update(Quote, quote.id, { convertedInvoiceId: invoice.id, projectId }, 'Quote');
      await this.addEvent(scope, quote, 'CONVERTED', { userId: actorUserId }, null);
      return { quote: await scope.findById(Quote, quote.id, 'Quote'), invoice };
    });
  }

  /**
   * SENT quotes past their last valid day (each workspace's own today) → EXPIRED, with an EXPIRED event. For the
   * scheduled job: idempotent, and rows another worker holds are skipped. `workspaceId` limits it to one workspace.
   */
  async expireQuotes(manager: EntityManager, opts: { now?: Date; workspaceId?: string } = {}): Promise<number> {
    const now = opts.now ?? new Date();
    return manager.transaction(async (m) => {
      const rows: {
        id: string;
        workspaceId: string;
        clientId: string;
        status: QuoteStatus;
        validUntil: string;
        timezone: string;
      }[] = await m.query(
        `SELECT q.id, q."workspaceId", q."clientId", q.status, to_char(q."validUntil", 'YYYY-MM-DD') AS "validUntil", w.timezone
           FROM quote q JOIN workspace w ON w.id = q."workspaceId"
          WHERE q.status = 'SENT' AND q."validUntil" < ($1::timestamptz AT TIME ZONE w.timezone)::date AND ($2::uuid IS NULL OR q."workspaceId" = $2)
          FOR UPDATE OF q SKIP LOCKED`,
        [now, opts.workspaceId ?? null],
      );
      const due = rows.filter((r) =>
        isQuoteExpired({ status: r.status, validUntil: r.validUntil, today: localDate(now, r.timezone) }),
      );
      for (const r of due) {
        await m.query(`UPDATE quote SET status = 'EXPIRED', "updatedAt" = now() WHERE id = $1`, [r.id]);
        await m
          .getRepository(QuoteEvent)
          .insert({ workspaceId: r.workspaceId, quoteId: r.id, clientId: r.clientId, action: 'EXPIRED' });
      }
      return due.length;
    });
  }

  async lock(scope: TenantScope, id: string): Promise<Quote> {
    await scope.findById(Quote, id, 'Quote');
    return scope.query(Quote, 'q').andWhere('q.id = :id', { id }).setLock('pessimistic_write').getOneOrFail();
  }

  private async replaceLines(scope: TenantScope, quote: Quote, lines: LineDraft[]): Promise<void> {
    lines.forEach((l, i) => {
      if (l.timeEntryIds?.length)
        throw badInput(`lines.${i}.timeEntryIds`, 'Quotes cannot bill time entries; invoice them instead');
    });
    const totals = await writeLines(
      scope,
      QuoteLine,
      { column: 'quoteId', id: quote.id, clientId: quote.clientId },
      lines,
    );
    await scope.update(Quote, quote.id, totals, 'Quote');
  }

  private addEvent(scope: TenantScope, quote: Quote, action: QuoteEventAction, actor: QuoteActor, note: string | null) {
    return scope.insert(QuoteEvent, {
      quoteId: quote.id,
      clientId: quote.clientId,
      action,
      userId: actor.userId ?? null,
      contactId: actor.contactId ?? null,
      note,
    });
  }
}

function assertValidity(issueDate: string | null, validUntil: string | null): void {
  if (issueDate && validUntil && validUntil < issueDate)
    throw badInput('validUntil', 'A quote cannot be valid until a day before its issue date');
}
