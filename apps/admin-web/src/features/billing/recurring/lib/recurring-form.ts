import {
  bpsToPercent,
  DomainError,
  fromMinorUnits,
  invoiceTotals,
  percentToBps,
  toMinorUnits,
  type InvoiceTotals,
} from '@clientflow/domain';
import type {
  CreateRecurringInvoiceInput,
  RecurrenceFrequency,
  RecurringInvoiceRowFragment,
  RecurringMode,
  RecurringStatus,
} from '@clientflow/graphql-types/admin';
import { humanizeEnum } from '../../../../shared/lib/format';

export interface LineValues {
  key: string;
  description: string;
  quantity: number | '';
  /** Major units (12.50). */
  unitPrice: number | '';
  /** Percent (23 = 23%). */
  taxPercent: number | '';
}

export interface RecurringFormValues {
  clientId: string | null;
  name: string;
  mode: RecurringMode;
  projectId: string | null;
  frequency: RecurrenceFrequency;
  startDate: string;
  endDate: string;
  dueDays: number | '';
  autoSend: boolean;
  notes: string;
  lines: LineValues[];
}

let lineKey = 0;
export const emptyLine = (): LineValues => ({
  key: `line-${++lineKey}`,
  description: '',
  quantity: 1,
  unitPrice: '',
  taxPercent: 0,
});

export const FREQUENCY_OPTIONS = (['MONTHLY', 'QUARTERLY', 'YEARLY'] as const).map((value) => ({
  value,
  label: humanizeEnum(value),
}));
export const STATUS_COLORS: Record<RecurringStatus, string> = { ACTIVE: 'teal', PAUSED: 'yellow', FINISHED: 'gray' };

export function emptyRecurringValues(clientId: string | null, today: string): RecurringFormValues {
  return {
    clientId,
    name: '',
    mode: 'FIXED',
    projectId: null,
    frequency: 'MONTHLY',
    startDate: today,
    endDate: '',
    dueDays: '',
    autoSend: false,
    notes: '',
    lines: [emptyLine()],
  };
}

export function recurringValuesFrom(r: RecurringInvoiceRowFragment): RecurringFormValues {
  return {
    clientId: r.client?.id ?? null,
    name: r.name,
    mode: r.mode,
    projectId: r.projectId,
    frequency: r.frequency,
    startDate: r.startDate,
    endDate: r.endDate ?? '',
    dueDays: r.dueDays ?? '',
    autoSend: r.autoSend,
    notes: r.notes ?? '',
    lines: r.lines.length
      ? r.lines.map((l) => ({
          ...emptyLine(),
          description: l.description,
          quantity: l.quantity,
          unitPrice: fromMinorUnits(l.unitPrice, r.currency),
          taxPercent: bpsToPercent(l.taxRate),
        }))
      : [emptyLine()],
  };
}

// An amount that cannot be read exactly becomes NaN, which invoiceTotals (and so validation) refuses.
const linesInput = (v: RecurringFormValues, currency: string) =>
  v.lines.map((l) => ({
    description: l.description.trim(),
    quantity: l.quantity === '' ? 0 : l.quantity,
    unitPrice: l.unitPrice === '' ? 0 : (toMinorUnits(l.unitPrice, currency) ?? Number.NaN),
    taxRate: l.taxPercent === '' ? 0 : (percentToBps(l.taxPercent) ?? Number.NaN),
    discount: 0,
  }));

/** The mutation input; FIXED sends the lines in minor units and basis points, HOURS sends none. */
export function toRecurringInput(v: RecurringFormValues, currency: string): CreateRecurringInvoiceInput {
  return {
    clientId: v.clientId ?? '',
    name: v.name.trim(),
    mode: v.mode,
    frequency: v.frequency,
    startDate: v.startDate,
    endDate: v.endDate || null,
    projectId: v.projectId,
    dueDays: v.dueDays === '' ? null : v.dueDays,
    autoSend: v.autoSend,
    notes: v.notes.trim() || null,
    lines: v.mode === 'FIXED' ? linesInput(v, currency) : [],
  };
}

/** Live totals through the domain (the same rounding as every invoice); null while a line is incomplete or invalid. */
export function liveTotals(v: RecurringFormValues, currency: string): InvoiceTotals | null {
  if (v.lines.some((l) => l.quantity === '' || l.unitPrice === '')) return null;
  try {
    return invoiceTotals(linesInput(v, currency));
  } catch (e) {
    if (e instanceof DomainError) return null;
    throw e;
  }
}

/** The API's rules, checked before a round trip (the server answers with the same fields). */
export function validateRecurring(v: RecurringFormValues, currency: string): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!v.clientId) errors.clientId = 'Choose a client';
  if (!v.name.trim()) errors.name = 'Give the schedule a name';
  if (!v.startDate) errors.startDate = 'Choose the first issue date';
  if (v.endDate && v.startDate && v.endDate < v.startDate)
    errors.endDate = 'The end date cannot be before the start date';
  if (v.dueDays !== '' && (v.dueDays < 0 || v.dueDays > 365)) errors.dueDays = 'From 0 to 365 days';
  if (v.mode === 'HOURS') {
    if (!v.projectId) errors.projectId = 'Choose the project whose time is billed';
    return errors;
  }
  v.lines.forEach((l, i) => {
    if (!l.description.trim()) errors[`lines.${i}.description`] = 'Describe the line';
    if (l.quantity === '' || l.quantity <= 0) errors[`lines.${i}.quantity`] = 'More than 0';
    if (l.unitPrice === '' || l.unitPrice < 0) errors[`lines.${i}.unitPrice`] = 'Enter a price';
    if (l.taxPercent !== '' && (l.taxPercent < 0 || l.taxPercent > 100))
      errors[`lines.${i}.taxPercent`] = 'From 0 to 100%';
  });
  if (!Object.keys(errors).some((k) => k.startsWith('lines.'))) {
    const totals = liveTotals(v, currency);
    if (!totals) errors.lines = 'Check the line amounts';
    else if (totals.total <= 0) errors.lines = 'A recurring invoice with a total of zero would bill nothing';
  }
  return errors;
}
