import { isIsoDate } from '@clientflow/domain';
import { emptyLine, lineErrors, lineInputOf, newLineKey, type LineFormValue } from './line-values';

export type BillingKind = 'INVOICE' | 'QUOTE';

/** The editor's values for an invoice or a quote (`dueDate` is the invoice's, `validUntil` and `title` the quote's). */
export interface DocumentFormValues {
  clientId: string | null;
  projectId: string | null;
  title: string;
  issueDate: string | null;
  dueDate: string | null;
  validUntil: string | null;
  currency: string;
  notes: string;
  terms: string;
  lines: LineFormValue[];
}

export function validateDocument(kind: BillingKind, values: DocumentFormValues): Record<string, string> {
  const errors: Record<string, string> = { ...lineErrors(values.lines) };
  if (!values.clientId) errors.clientId = 'Choose the client';
  if (!values.lines.length) errors.lines = 'Add at least one line';
  const end = kind === 'INVOICE' ? 'dueDate' : 'validUntil';
  const endValue = values[end];
  if (
    values.issueDate &&
    endValue &&
    isIsoDate(values.issueDate) &&
    isIsoDate(endValue) &&
    endValue < values.issueDate
  ) {
    errors[end] =
      kind === 'INVOICE' ? 'The due date cannot be before the issue date' : 'A quote cannot expire before it is issued';
  }
  return errors;
}

const orNull = (text: string) => text.trim() || null;

/** The fields every create/update input shares; the caller adds clientId on create. */
export function documentInputOf(kind: BillingKind, values: DocumentFormValues) {
  const common = {
    projectId: values.projectId,
    issueDate: values.issueDate,
    currency: values.currency,
    notes: orNull(values.notes),
    terms: orNull(values.terms),
    lines: values.lines.map(lineInputOf),
  };
  return kind === 'INVOICE'
    ? { ...common, dueDate: values.dueDate }
    : { ...common, validUntil: values.validUntil, title: orNull(values.title) };
}

interface StoredLine {
  description: string;
  quantity: number;
  unitPrice: number;
  taxRate: number;
  discount: number;
  source: LineFormValue['source'];
  projectId: string | null;
  timeEntryIds?: readonly string[] | null;
}

interface StoredDocument {
  clientId: string;
  projectId: string | null;
  title?: string | null;
  issueDate: string | null;
  dueDate?: string | null;
  validUntil?: string | null;
  currency: string;
  notes: string | null;
  terms: string | null;
  lines: readonly StoredLine[];
}

/** A saved draft back into the editor. */
export function documentFormValuesOf(doc: StoredDocument): DocumentFormValues {
  return {
    clientId: doc.clientId,
    projectId: doc.projectId,
    title: doc.title ?? '',
    issueDate: doc.issueDate,
    dueDate: doc.dueDate ?? null,
    validUntil: doc.validUntil ?? null,
    currency: doc.currency,
    notes: doc.notes ?? '',
    terms: doc.terms ?? '',
    lines: doc.lines.map((l) => ({
      key: newLineKey(),
      description: l.description,
      quantity: l.quantity,
      unitPrice: l.unitPrice,
      taxRate: l.taxRate,
      discount: l.discount,
      source: l.source,
      projectId: l.projectId,
      timeEntryIds: [...(l.timeEntryIds ?? [])],
    })),
  };
}

/** A new document: the workspace's currency, default tax rate, notes and terms; dates are set when it is sent. */
export function newDocumentValues(input: {
  clientId: string | null;
  projectId?: string | null;
  currency: string;
  defaults: { defaultTaxRate: number; defaultNotes: string | null; defaultTerms: string | null } | null;
}): DocumentFormValues {
  return {
    clientId: input.clientId,
    projectId: input.projectId ?? null,
    title: '',
    issueDate: null,
    dueDate: null,
    validUntil: null,
    currency: input.currency,
    notes: input.defaults?.defaultNotes ?? '',
    terms: input.defaults?.defaultTerms ?? '',
    lines: [emptyLine(input.defaults?.defaultTaxRate ?? 0)],
  };
}
