import {
  DomainError,
  invoiceTotals,
  lineAmounts,
  type InvoiceTotals,
  type LineInput,
  type LineSource,
} from '@clientflow/domain';

/** One editable line. Money is in minor units and rates in basis points, exactly as the API takes them. */
export interface LineFormValue {
  /** React key only; never sent. */
  key: string;
  description: string;
  /** As the number input gives it: '' while empty, a string while half-typed ("1."). */
  quantity: number | string;
  unitPrice: number | null;
  taxRate: number;
  discount: number;
  source: LineSource;
  projectId: string | null;
  timeEntryIds: string[];
}

let nextKey = 0;
export const newLineKey = () => `line-${++nextKey}`;

export function emptyLine(taxRate = 0): LineFormValue {
  return {
    key: newLineKey(),
    description: '',
    quantity: 1,
    unitPrice: null,
    taxRate,
    discount: 0,
    source: 'AD_HOC',
    projectId: null,
    timeEntryIds: [],
  };
}

function toLineInput(line: LineFormValue): LineInput {
  return {
    quantity: line.quantity === '' ? Number.NaN : Number(line.quantity),
    unitPrice: line.unitPrice ?? Number.NaN,
    taxRate: line.taxRate,
    discount: line.discount,
  };
}

function capitalize(message: string): string {
  return message.charAt(0).toUpperCase() + message.slice(1);
}

/**
 * Field errors of every line, keyed like the form and the API (`lines.2.quantity`), from the same domain rules the
 * server applies; the description is required.
 */
export function lineErrors(lines: readonly LineFormValue[]): Record<string, string> {
  const errors: Record<string, string> = {};
  lines.forEach((line, i) => {
    if (!line.description.trim()) errors[`lines.${i}.description`] = 'Describe what is billed';
    if (line.unitPrice === null) errors[`lines.${i}.unitPrice`] = 'Enter a price (0 is allowed)';
    try {
      lineAmounts(toLineInput(line), `lines.${i}.`);
    } catch (error) {
      if (!(error instanceof DomainError) || !error.field) throw error;
      // The domain names the field by its path ("lines.0.quantity must be…"); on the field itself that is noise.
      errors[error.field] ??= capitalize(error.message.replace(/lines\.\d+\./g, ''));
    }
  });
  return errors;
}

/** Live totals by the domain's `invoiceTotals` (the server's own rule); null while a line cannot be computed. */
export function totalsOf(lines: readonly LineFormValue[]): InvoiceTotals | null {
  try {
    return invoiceTotals(lines.map(toLineInput));
  } catch (error) {
    if (error instanceof DomainError) return null;
    throw error;
  }
}

/** What the API's line input takes (position is the array order). */
export function lineInputOf(line: LineFormValue) {
  return {
    description: line.description.trim(),
    quantity: line.quantity === '' ? 0 : Number(line.quantity),
    unitPrice: line.unitPrice ?? 0,
    taxRate: line.taxRate,
    discount: line.discount,
    source: line.source,
    projectId: line.projectId,
    timeEntryIds: line.timeEntryIds.length ? line.timeEntryIds : null,
  };
}
