import { isIsoDate } from '@clientflow/domain';
import { lineErrors, lineInputOf, type LineFormValue } from './line-values';

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
  if (values.issueDate && endValue && isIsoDate(values.issueDate) && isIsoDate(endValue) && endValue < values.issueDate) {
    errors[end] = kind === 'INVOICE' ? 'The due date cannot be before the issue date' : 'A quote cannot expire before it is issued';
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
  return kind === 'INVOICE' ? { ...common, dueDate: values.dueDate } : { ...common, validUntil: values.validUntil, title: orNull(values.title) };
}
