import type { EmailTemplateKind, EmailTemplateSource } from '@clientflow/graphql-types/admin';

export const KIND_LABELS: Record<EmailTemplateKind, string> = {
  INVOICE: 'Invoice',
  QUOTE: 'Quote',
  REMINDER: 'Payment reminder',
  RECEIPT: 'Payment receipt',
};

export const SOURCE_BADGES: Record<EmailTemplateSource, { label: string; color: string }> = {
  CLIENT: { label: 'Client override', color: 'violet' },
  WORKSPACE: { label: 'Workspace default', color: 'blue' },
  DEFAULT: { label: 'Built-in default', color: 'gray' },
};
