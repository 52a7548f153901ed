import { DomainError, validateEmailTemplate, type EmailTemplateKind } from '@clientflow/domain';

export interface TemplateValues {
  subject: string;
  body: string;
}

/** The domain's own check (same messages as the API): unknown placeholders, one-line subject, lengths. */
export function templateErrors(
  kind: EmailTemplateKind,
  values: TemplateValues,
): Partial<Record<keyof TemplateValues, string>> {
  try {
    validateEmailTemplate(kind, values);
    return {};
  } catch (err) {
    if (err instanceof DomainError && (err.field === 'subject' || err.field === 'body'))
      return { [err.field]: err.message };
    throw err;
  }
}

/** Inserts `text` at the caret of an input or textarea (or at the end) and returns the new value and caret. */
export function insertAtCaret(
  value: string,
  el: HTMLInputElement | HTMLTextAreaElement | null,
  text: string,
): { value: string; caret: number } {
  const start = el?.selectionStart ?? value.length;
  const end = el?.selectionEnd ?? start;
  return { value: value.slice(0, start) + text + value.slice(end), caret: start + text.length };
}
