import {
  DomainError,
  assertReminderOffsets,
  formatInvoiceNumber,
  isValidInvoicePrefix,
  MAX_SEQUENCE_PAD,
} from '@clientflow/domain';
import type { BillingSettingsFieldsFragment } from '@clientflow/graphql-types/admin';

const TEXT_FIELDS = [
  'legalName',
  'taxId',
  'address',
  'email',
  'paymentInstructions',
  'defaultNotes',
  'defaultTerms',
] as const;
type TextField = (typeof TEXT_FIELDS)[number];

/** The form edits texts as strings ('' = none). */
export type BillingSettingsValues = Omit<BillingSettingsFieldsFragment, '__typename' | TextField> &
  Record<TextField, string>;

export function billingValuesOf(s: BillingSettingsFieldsFragment): BillingSettingsValues {
  // Responses carry __typename; the mutation input must not.
  const { __typename, ...rest } = s as BillingSettingsFieldsFragment & { __typename?: string };
  const texts = Object.fromEntries(TEXT_FIELDS.map((k) => [k, s[k] ?? ''])) as Record<TextField, string>;
  return { ...rest, ...texts, reminderOffsetsDays: [...s.reminderOffsetsDays] };
}

/** Empty texts are cleared (null); offsets go sorted, as the schedule reads them. */
export function billingInputOf(v: BillingSettingsValues) {
  const texts = Object.fromEntries(TEXT_FIELDS.map((k) => [k, v[k].trim() || null])) as Record<
    TextField,
    string | null
  >;
  return { ...v, ...texts, reminderOffsetsDays: [...v.reminderOffsetsDays].sort((a, b) => a - b) };
}

const PREFIX_RULE = 'Up to 20 characters: capital letters A–Z, digits, -, _ and /';

export function validateBillingSettings(v: BillingSettingsValues): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!isValidInvoicePrefix(v.invoicePrefix)) errors.invoicePrefix = PREFIX_RULE;
  if (!isValidInvoicePrefix(v.quotePrefix)) errors.quotePrefix = PREFIX_RULE;
  if (!Number.isInteger(v.numberPadding) || v.numberPadding < 1 || v.numberPadding > MAX_SEQUENCE_PAD) {
    errors.numberPadding = `From 1 to ${MAX_SEQUENCE_PAD} digits`;
  }
  if (!Number.isInteger(v.paymentTermsDays) || v.paymentTermsDays < 0 || v.paymentTermsDays > 365)
    errors.paymentTermsDays = 'From 0 to 365 days';
  if (!Number.isInteger(v.quoteValidityDays) || v.quoteValidityDays < 1 || v.quoteValidityDays > 365)
    errors.quoteValidityDays = 'From 1 to 365 days';
  try {
    assertReminderOffsets(v.reminderOffsetsDays, 'reminderOffsetsDays');
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    errors.reminderOffsetsDays = error.message.charAt(0).toUpperCase() + error.message.slice(1);
  }
  if (v.email.trim() && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v.email.trim()))
    errors.email = 'Enter an email address like billing@agency.com';
  return errors;
}

/** What numbers will look like, e.g. `INV-0042`; null while the prefix or padding is invalid. */
export function numberPreview(prefix: string, pad: number, sequence = 42): string | null {
  try {
    return formatInvoiceNumber(prefix, sequence, { pad });
  } catch {
    return null;
  }
}

/** −3 → "3 days before", 0 → "On the due date", 7 → "7 days after". */
export function offsetLabel(days: number): string {
  if (days === 0) return 'On the due date';
  const n = Math.abs(days);
  return `${n} day${n === 1 ? '' : 's'} ${days < 0 ? 'before' : 'after'}`;
}
