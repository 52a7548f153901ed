import type { TaxGroup } from '@clientflow/domain';

/**
 * Everything an invoice or quote PDF prints, as plain data (no entities, no DB): it crosses a worker-thread
 * boundary, so it must survive structured cloning. Money is integer minor units; dates are ISO calendar dates.
 */
export interface BillingPdfData {
  kind: 'INVOICE' | 'QUOTE';
  /** `INV-0042`, or null for a draft (printed as "Draft"). */
  number: string | null;
  status: string;
  title: string | null;
  locale: string;
  currency: string;
  issueDate: string | null;
  /** Invoices: the due date; quotes: valid until. */
  dueDate: string | null;
  agency: {
    name: string;
    legalName: string | null;
    taxId: string | null;
    address: string | null;
    email: string | null;
    primaryColor: string;
    /** PNG bytes (the workspace logo converted once by the loader), or null. */
    logoPng: Uint8Array | null;
  };
  client: {
    name: string;
    legalName: string | null;
    taxId: string | null;
    taxIdType: string | null;
    email: string | null;
    addressLines: string[];
  };
  lines: {
    description: string;
    quantity: number;
    unitPrice: number;
    /** Basis points. */
    taxRate: number;
    discount: number;
    net: number;
  }[];
  taxSummary: TaxGroup[];
  subtotal: number;
  discountTotal: number;
  taxTotal: number;
  total: number;
  /** Invoices only. */
  amountPaid: number | null;
  paymentInstructions: string | null;
  notes: string | null;
  terms: string | null;
}

/** The downloaded file's name: the document number, or a readable fallback for drafts. */
export function pdfFileName(data: Pick<BillingPdfData, 'kind' | 'number'>): string {
  const base = data.number ?? `${data.kind === 'INVOICE' ? 'invoice' : 'quote'}-draft`;
  return `${base.replace(/[^A-Za-z0-9._-]+/g, '-')}.pdf`;
}
