import { badInput, invoiceTotals, isIsoDate, type LineSource, type TaxGroup } from '@clientflow/domain';
import type { EntityTarget } from 'typeorm';
import { isUuid, type TenantScope } from '../../platform/db/tenant-scope';
import { Project } from '../projects/project.entity';
import type { BillingLine } from './billing-line.entity';

/** A line as the caller describes it; amounts are computed here by the domain, never taken from the caller. */
export interface LineDraft {
  description: string;
  quantity: number;
  unitPrice: number;
  taxRate: number;
  discount?: number | null;
  source?: LineSource | null;
  projectId?: string | null;
  /** TIME lines: the time entries this line bills; they are marked billed in the same transaction. */
  timeEntryIds?: string[] | null;
}

/** The stored totals of an invoice or a quote. */
export interface DocumentTotals {
  subtotal: number;
  discountTotal: number;
  taxTotal: number;
  total: number;
  taxSummary: TaxGroup[];
}

export const MAX_LINES = 500;

/**
 * Shared by invoices and quotes: validates the lines, checks their projects belong to the client, deletes the old
 * rows, inserts the new ones with the domain's amounts and returns the document totals. `afterInsert` lets the
 * invoice claim time entries for each line it writes.
 */
export async function writeLines<T extends BillingLine>(
  scope: TenantScope,
  entity: EntityTarget<T>,
  parent: { column: 'invoiceId' | 'quoteId'; id: string; clientId: string },
  lines: LineDraft[],
  afterInsert?: (row: T, line: LineDraft, index: number) => Promise<void>,
): Promise<DocumentTotals> {
  if (!lines.length) throw badInput('lines', 'Add at least one line');
  if (lines.length > MAX_LINES) throw badInput('lines', `A document can have at most ${MAX_LINES} lines`);
  lines.forEach((l, i) => {
    if (!l.description?.trim()) throw badInput(`lines.${i}.description`, 'Each line needs a description');
    if (l.description.length > 2000)
      throw badInput(`lines.${i}.description`, 'A line description can have at most 2000 characters');
  });
  const totals = invoiceTotals(
    lines.map((l) => ({ quantity: l.quantity, unitPrice: l.unitPrice, taxRate: l.taxRate, discount: l.discount ?? 0 })),
  );
  for (const [i, l] of lines.entries())
    if (l.projectId) await assertProjectOfClient(scope, l.projectId, parent.clientId, `lines.${i}.projectId`);

  await scope.manager
    .createQueryBuilder()
    .delete()
    .from(entity)
    .where(`"${parent.column}" = :id AND "workspaceId" = :ws`, { id: parent.id, ws: scope.workspaceId })
    .execute();
  for (const [i, l] of lines.entries()) {
    const a = totals.lines[i];
    const row = await scope.insert(entity, {
      [parent.column]: parent.id,
      clientId: parent.clientId,
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
    } as unknown as Partial<T>);
    if (afterInsert) await afterInsert(row, l, i);
  }
  return {
    subtotal: totals.subtotal,
    discountTotal: totals.lines.reduce((s, a) => s + a.discount, 0),
    taxTotal: totals.taxTotal,
    total: totals.total,
    taxSummary: totals.taxes,
  };
}

/** The stored lines of one document as drafts (to copy a quote into an invoice, or a document into another). */
export function linesAsDrafts(rows: BillingLine[]): LineDraft[] {
  return [...rows]
    .sort((a, b) => a.position - b.position)
    .map((l) => ({
      description: l.description,
      quantity: l.quantity,
      unitPrice: l.unitPrice,
      taxRate: l.taxRate,
      discount: l.discount,
      source: l.source,
      projectId: l.projectId,
    }));
}

export async function assertProjectOfClient(
  scope: TenantScope,
  projectId: string,
  clientId: string,
  field: string,
): Promise<Project> {
  if (!isUuid(projectId)) throw badInput(field, 'Project not found');
  const project = await scope.query(Project, 'p').andWhere('p.id = :projectId', { projectId }).getOne();
  if (!project) throw badInput(field, 'Project not found');
  if (project.clientId !== clientId) throw badInput(field, 'The project belongs to another client');
  return project;
}

/** Header fields invoices and quotes share. */
export interface DocumentHeaderPatch {
  projectId?: string | null;
  currency?: string | null;
  notes?: string | null;
  terms?: string | null;
}

/**
 * Validates an edit of a draft's header: only keys present in `patch` come back (null clears), `dates` names the
 * document's date fields. `afterDate` must not be before `beforeDate` once the patch is applied to `current`.
 */
export async function headerChanges<K extends string>(
  scope: TenantScope,
  current: { clientId: string } & Record<K, string | null>,
  patch: DocumentHeaderPatch & Partial<Record<K, string | null>>,
  [beforeDate, afterDate]: readonly [K, K],
): Promise<Record<string, unknown>> {
  const next: Record<string, unknown> = {};
  if (patch.projectId !== undefined) {
    if (patch.projectId) await assertProjectOfClient(scope, patch.projectId, current.clientId, 'projectId');
    next.projectId = patch.projectId ?? null;
  }
  if (patch.currency != null) next.currency = normalizeCurrency(patch.currency);
  for (const key of [beforeDate, afterDate]) {
    if (patch[key] === undefined) continue;
    assertOptionalDate(patch[key], key);
    next[key] = patch[key] ?? null;
  }
  const dateOf = (key: K) => (key in next ? (next[key] as string | null) : current[key]);
  const [from, to] = [dateOf(beforeDate), dateOf(afterDate)];
  if (from && to && to < from) throw badInput(afterDate, `${afterDate} cannot be before ${beforeDate}`);
  if (patch.notes !== undefined) next.notes = patch.notes?.trim() || null;
  if (patch.terms !== undefined) next.terms = patch.terms?.trim() || null;
  return next;
}

export function assertOptionalDate(value: string | null | undefined, field: string): void {
  if (value != null && !isIsoDate(value)) throw badInput(field, `${field} must be a calendar date like 2026-03-14`);
}

/** Upper-cased ISO 4217 code; BAD_USER_INPUT on `currency` otherwise. */
export function normalizeCurrency(value: string): string {
  const currency = value.trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(currency)) throw badInput('currency', 'Currency must be a 3-letter ISO code such as EUR');
  return currency;
}
