/**
 * Billing email templates: subject and body with `{{placeholder}}` fields. Rendering is plain substitution of
 * known names (no expressions, no helpers, nothing evaluated); unknown placeholders are refused when a template
 * is saved, so a typo is caught by the person writing it, not by the client reading the email.
 */
import { badInput } from '../errors/domain-error';
import type { EmailTemplateKind } from './billing-kinds';

export const EMAIL_SUBJECT_MAX = 200;
export const EMAIL_BODY_MAX = 10_000;

const COMMON = ['agency.name', 'client.name', 'contact.name', 'portal.link'] as const;
const INVOICE_FIELDS = [
  'invoice.number',
  'invoice.total',
  'invoice.balance',
  'invoice.issueDate',
  'invoice.dueDate',
] as const;

/** The placeholders each kind may use. */
export const EMAIL_TEMPLATE_PLACEHOLDERS: Readonly<Record<EmailTemplateKind, readonly string[]>> = {
  INVOICE: [...COMMON, ...INVOICE_FIELDS],
  QUOTE: [...COMMON, 'quote.number', 'quote.title', 'quote.total', 'quote.validUntil'],
  REMINDER: [...COMMON, ...INVOICE_FIELDS, 'reminder.daysOverdue'],
  RECEIPT: [...COMMON, ...INVOICE_FIELDS, 'payment.amount', 'payment.date'],
};

export interface EmailTemplateText {
  subject: string;
  body: string;
}

/** Built-in defaults (English), used when neither the client nor the workspace has its own. */
export const DEFAULT_EMAIL_TEMPLATES: Readonly<Record<EmailTemplateKind, EmailTemplateText>> = {
  INVOICE: {
    subject: 'Invoice {{invoice.number}} from {{agency.name}}',
    body: [
      'Hello {{contact.name}},',
      '',
      'Please find attached invoice {{invoice.number}} for {{invoice.total}}, due on {{invoice.dueDate}}.',
      'You can also view and pay it in your portal: {{portal.link}}',
      '',
      'Thank you,',
      '{{agency.name}}',
    ].join('\n'),
  },
  QUOTE: {
    subject: 'Quote {{quote.number}} from {{agency.name}}',
    body: [
      'Hello {{contact.name}},',
      '',
      'Please find attached our quote {{quote.number}} for {{quote.total}}, valid until {{quote.validUntil}}.',
      'You can review and accept it in your portal: {{portal.link}}',
      '',
      'Best regards,',
      '{{agency.name}}',
    ].join('\n'),
  },
  REMINDER: {
    subject: 'Reminder: invoice {{invoice.number}} is due on {{invoice.dueDate}}',
    body: [
      'Hello {{contact.name}},',
      '',
      'This is a friendly reminder that invoice {{invoice.number}} has an open balance of {{invoice.balance}},',
      'due on {{invoice.dueDate}}. The invoice is attached; you can also pay it in your portal: {{portal.link}}',
      '',
      'If you have already paid, please ignore this message.',
      '',
      '{{agency.name}}',
    ].join('\n'),
  },
  RECEIPT: {
    subject: 'Payment received for invoice {{invoice.number}}',
    body: [
      'Hello {{contact.name}},',
      '',
      'We received your payment of {{payment.amount}} on {{payment.date}} for invoice {{invoice.number}}.',
      'Remaining balance: {{invoice.balance}}.',
      '',
      'Thank you,',
      '{{agency.name}}',
    ].join('\n'),
  },
};

const PLACEHOLDER = /\{\{\s*([A-Za-z][A-Za-z0-9]*(?:\.[A-Za-z][A-Za-z0-9]*)*)\s*\}\}/g;

/** The placeholder names used in a text, in order of first appearance. */
export function placeholdersIn(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1]))];
}

function assertPlaceholders(kind: EmailTemplateKind, text: string, field: 'subject' | 'body'): void {
  const allowed = EMAIL_TEMPLATE_PLACEHOLDERS[kind];
  const unknown = placeholdersIn(text).find((name) => !allowed.includes(name));
  if (unknown)
    throw badInput(
      field,
      `Unknown placeholder {{${unknown}}}; ${kind.toLowerCase()} emails can use ${allowed.map((p) => `{{${p}}}`).join(', ')}`,
    );
  // Whatever is left with braces after removing the valid placeholders is a malformed one ("{{ invoice number }}").
  const rest = text.replace(PLACEHOLDER, '');
  const broken = /\{\{[^}]*\}?\}?/.exec(rest);
  if (broken)
    throw badInput(field, `Malformed placeholder "${broken[0].slice(0, 40)}"; write placeholders like {{client.name}}`);
}

/** Trims and checks a template before it is saved; answers with the field and the reason. */
export function validateEmailTemplate(kind: EmailTemplateKind, input: EmailTemplateText): EmailTemplateText {
  const subject = input.subject.trim();
  const body = input.body.replace(/\r\n?/g, '\n').trim();
  if (!subject) throw badInput('subject', 'The subject cannot be empty');
  if (/[\r\n]/.test(subject)) throw badInput('subject', 'The subject must be a single line');
  if (subject.length > EMAIL_SUBJECT_MAX)
    throw badInput('subject', `The subject can have at most ${EMAIL_SUBJECT_MAX} characters`);
  if (!body) throw badInput('body', 'The body cannot be empty');
  if (body.length > EMAIL_BODY_MAX) throw badInput('body', `The body can have at most ${EMAIL_BODY_MAX} characters`);
  assertPlaceholders(kind, subject, 'subject');
  assertPlaceholders(kind, body, 'body');
  return { subject, body };
}

/** Substitutes known values; a placeholder without a value renders empty. Values are inserted verbatim (plain text). */
export function renderTemplate(text: string, values: Readonly<Record<string, string | null | undefined>>): string {
  return text.replace(PLACEHOLDER, (_, name: string) =>
    Object.prototype.hasOwnProperty.call(values, name) ? (values[name] ?? '') : '',
  );
}

/** Renders subject and body; the subject is kept on one line whatever the values contain. */
export function renderEmailTemplate(
  template: EmailTemplateText,
  values: Readonly<Record<string, string | null | undefined>>,
): EmailTemplateText {
  return {
    subject: renderTemplate(template.subject, values)
      .replace(/\s*[\r\n]+\s*/g, ' ')
      .trim()
      .slice(0, 998),
    body: renderTemplate(template.body, values),
  };
}

/** Example values for a live preview without a real invoice. */
export const SAMPLE_TEMPLATE_VALUES: Readonly<Record<string, string>> = {
  'agency.name': 'Your Agency',
  'client.name': 'Acme Corp',
  'contact.name': 'Jane Doe',
  'portal.link': 'https://portal.example.com',
  'invoice.number': 'INV-0042',
  'invoice.total': '$1,250.00',
  'invoice.balance': '$1,250.00',
  'invoice.issueDate': 'Mar 1, 2026',
  'invoice.dueDate': 'Mar 15, 2026',
  'quote.number': 'QUO-0007',
  'quote.title': 'Website redesign',
  'quote.total': '$8,400.00',
  'quote.validUntil': 'Mar 31, 2026',
  'reminder.daysOverdue': '7',
  'payment.amount': '$500.00',
  'payment.date': 'Mar 10, 2026',
};
