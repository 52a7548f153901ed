import sharp from 'sharp';
import { sampleInvoicePdfData } from './billing-pdf.test-kit';
import { pdfFileName } from './billing-pdf.data';
import { PdfRenderer } from './pdf-renderer';
import { pdfText as textOf } from '../../../../test/pdf-text';

const renderer = new PdfRenderer();
afterAll(() => renderer.close());

describe('invoice PDF (rendered in the worker thread, read back with a PDF text extractor)', () => {
  it('prints a 50-line invoice over several numbered pages with the client tax id, the number and the totals', async () => {
    const data = sampleInvoicePdfData(50);
    const pdf = await renderer.render(data);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const { text, pages } = await textOf(pdf);

    expect(text).toContain('INV-0042');
    expect(text).toContain('CNPJ: 12.345.678/0001-95');
    expect(text).toContain('Av. Paulista 1000');
    expect(text).toContain('Tax ID: PT509999990');
    expect(text).toContain('Total €14,646.47');
    expect(text).toContain('Tax 23% on €8,489.00 €1,952.47');
    expect(text).toContain('Amount paid €500.00');
    expect(text).toContain('Balance due €14,146.47');
    expect(text).toContain('IBAN PT50');
    expect(text).toContain('Payment within 14 days');
    // Whole words only: no automatic hyphenation splitting them across lines.
    expect(text).not.toMatch(/re-\s+views/);

    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((page, i) => expect(page).toContain(`Page ${i + 1} of ${pages.length}`));
    // The lines table's header is repeated on the pages it continues on.
    for (const page of pages) expect(page).toContain('Description Qty Unit price Tax Amount');
    // Every line is printed once.
    for (let i = 1; i <= 50; i++) expect(text.match(new RegExp(`sprint ${i} —`, 'g'))).toHaveLength(1);
  });

  it('prints a quote with its validity, no balance, and the agency logo', async () => {
    const logo = await sharp({ create: { width: 120, height: 40, channels: 3, background: '#0b7285' } })
      .png()
      .toBuffer();
    const data = sampleInvoicePdfData(3, {
      kind: 'QUOTE',
      number: 'QUO-0007',
      title: 'Website redesign',
      amountPaid: null,
    });
    data.agency.logoPng = new Uint8Array(logo);
    const pdf = await renderer.render(data);
    expect(pdf.includes('/Subtype /Image')).toBe(true);
    expect(
      (await renderer.render({ ...data, agency: { ...data.agency, logoPng: null } })).includes('/Subtype /Image'),
    ).toBe(false);
    const { text, pages } = await textOf(pdf);
    expect(text).toContain('Quote');
    expect(text).toContain('QUO-0007');
    expect(text).toContain('Valid until: Mar 15, 2026');
    expect(text).not.toContain('Balance due');
    expect(pages).toHaveLength(1);
    expect(pages[0]).toContain('Page 1 of 1');
  });

  it('names drafts readably and keeps file names safe', () => {
    expect(pdfFileName({ kind: 'INVOICE', number: 'INV-0042' })).toBe('INV-0042.pdf');
    expect(pdfFileName({ kind: 'QUOTE', number: null })).toBe('quote-draft.pdf');
    expect(pdfFileName({ kind: 'INVOICE', number: 'A/B 1' })).toBe('A-B-1.pdf');
  });

  it('survives a broken render and keeps serving', async () => {
    await expect(renderer.render({ ...sampleInvoicePdfData(1), lines: null } as never)).rejects.toThrow(
      /PDF rendering failed/,
    );
    expect((await renderer.render(sampleInvoicePdfData(1))).length).toBeGreaterThan(1000);
  });
});
