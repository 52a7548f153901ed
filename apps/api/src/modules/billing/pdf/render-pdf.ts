import type { BillingPdfData } from './billing-pdf.data';
import { billingDocument, type ReactPdf } from './billing-document';

let reactPdf: Promise<ReactPdf> | null = null;

/**
 * Renders an invoice or quote to PDF bytes. Pure over its input. @react-pdf/renderer is ESM with top-level await,
 * so it is imported natively and lazily here (it cannot be `require`d, nor loaded inside Jest): the API calls this
 * through `PdfRenderer` (a worker thread), benchmarks call it directly.
 */
export async function renderBillingPdf(data: BillingPdfData): Promise<Buffer> {
  reactPdf ??= import('@react-pdf/renderer').then((pdf) => {
    // No automatic hyphenation: split words would break text extraction and search ("re-\nviews").
    pdf.Font.registerHyphenationCallback((word) => [word]);
    return pdf;
  });
  const pdf = await reactPdf;
  return pdf.renderToBuffer(billingDocument(pdf, data) as Parameters<ReactPdf['renderToBuffer']>[0]);
}

/** Same function under the name the issue uses; quotes go through it too (`data.kind`). */
export const renderInvoicePdf = renderBillingPdf;
