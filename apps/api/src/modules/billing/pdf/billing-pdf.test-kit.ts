import { invoiceTotals } from '@clientflow/domain';
import type { BillingPdfData } from './billing-pdf.data';

/** A realistic invoice with `lineCount` lines (two tax rates, some discounts), for tests and the benchmark. */
export function sampleInvoicePdfData(lineCount = 50, overrides: Partial<BillingPdfData> = {}): BillingPdfData {
  const lines = Array.from({ length: lineCount }, (_, i) => ({
    description: `Design and development work, sprint ${i + 1} — component library, reviews and fixes`,
    quantity: 1 + (i % 4) * 0.5,
    unitPrice: 12_500 + i * 100,
    taxRate: i % 3 === 0 ? 0 : 2300,
    discount: i % 5 === 0 ? 1000 : 0,
  }));
  const totals = invoiceTotals(lines);
  return {
    kind: 'INVOICE',
    number: 'INV-0042',
    status: 'PARTIAL',
    title: null,
    locale: 'en-US',
    currency: 'EUR',
    issueDate: '2026-03-01',
    dueDate: '2026-03-15',
    agency: {
      name: 'Studio North',
      legalName: 'Studio North Lda',
      taxId: 'PT509999990',
      address: 'Rua Augusta 10, 1100-053 Lisboa, Portugal',
      email: 'billing@studionorth.example',
      primaryColor: '#0b7285',
      logoPng: null,
    },
    client: {
      name: 'Acme',
      legalName: 'Acme Comércio Ltda',
      taxId: '12.345.678/0001-95',
      taxIdType: 'CNPJ',
      email: 'finance@acme.example',
      addressLines: ['Av. Paulista 1000', '01310-100 São Paulo SP', 'BR'],
    },
    lines: lines.map((l, i) => ({ ...l, net: totals.lines[i].net })),
    taxSummary: totals.taxes,
    subtotal: totals.subtotal,
    discountTotal: totals.lines.reduce((sum, l) => sum + l.discount, 0),
    taxTotal: totals.taxTotal,
    total: totals.total,
    amountPaid: 50_000,
    paymentInstructions: 'IBAN PT50 0000 0000 0000 0000 0000 0 · BIC STNOPTPL · reference INV-0042',
    notes: 'Thank you for your business.',
    terms: 'Payment within 14 days. Late payments accrue interest as allowed by law.',
    ...overrides,
  };
}
