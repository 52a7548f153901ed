import sharp from 'sharp';
import type { TenantScope } from '../../../platform/db/tenant-scope';
import { Client } from '../../clients/client.entity';
import { Workspace } from '../../identity/workspace.entity';
import { billingSettingsOf } from '../billing-settings.service';
import { billingSnapshotOf } from '../billing-snapshot';
import type { BillingLine } from '../billing-line.entity';
import { Invoice, type BillingSnapshot } from '../invoices/invoice.entity';
import { InvoiceLine } from '../invoices/invoice-line.entity';
import { Quote } from '../quotes/quote.entity';
import { QuoteLine } from '../quotes/quote-line.entity';
import type { BillingPdfData } from './billing-pdf.data';

const LOGO_MAX_HEIGHT_PX = 160;

/** The workspace logo as a small PNG (react-pdf draws PNG and JPEG only; logos may be SVG or WebP). */
async function logoPng(workspace: Workspace): Promise<Uint8Array | null> {
  if (!workspace.logo) return null;
  try {
    const png = await sharp(workspace.logo)
      .resize({ height: LOGO_MAX_HEIGHT_PX, withoutEnlargement: true })
      .png()
      .toBuffer();
    return new Uint8Array(png);
  } catch {
    return null; // an unreadable logo must not stop an invoice from going out
  }
}

function addressLines(a: BillingSnapshot['address']): string[] {
  const cityLine = [a.postalCode, a.city, a.region].filter(Boolean).join(' ');
  return [a.line1, a.line2, cityLine, a.country].filter((l): l is string => !!l?.trim());
}

async function common(scope: TenantScope, doc: Invoice | Quote, lines: BillingLine[]) {
  const workspace = await scope.manager
    .getRepository(Workspace)
    .createQueryBuilder('w')
    .addSelect('w.logo')
    .where('w.id = :id', { id: scope.workspaceId })
    .getOneOrFail();
  const settings = await billingSettingsOf(scope.manager, scope.workspaceId);
  // Issued documents print the frozen snapshot; drafts print the client as it is now.
  const snapshot = doc.billingSnapshot ?? billingSnapshotOf(await scope.findById(Client, doc.clientId, 'Client'));
  return {
    locale: workspace.locale,
    currency: doc.currency,
    agency: {
      name: workspace.name,
      legalName: settings.legalName,
      taxId: settings.taxId,
      address: settings.address,
      email: settings.email,
      primaryColor: workspace.primaryColor,
      logoPng: await logoPng(workspace),
    },
    client: {
      name: snapshot.name,
      legalName: snapshot.legalName,
      taxId: snapshot.taxId,
      taxIdType: snapshot.taxIdType,
      email: snapshot.email,
      addressLines: addressLines(snapshot.address),
    },
    lines: lines.map((l) => ({
      description: l.description,
      quantity: l.quantity,
      unitPrice: l.unitPrice,
      taxRate: l.taxRate,
      discount: l.discount,
      net: l.net,
    })),
    taxSummary: doc.taxSummary,
    subtotal: doc.subtotal,
    discountTotal: doc.discountTotal,
    taxTotal: doc.taxTotal,
    total: doc.total,
    paymentInstructions: settings.paymentInstructions,
    notes: doc.notes,
    terms: doc.terms,
  };
}

/** Everything an invoice's PDF prints, read through the caller's scope (NOT_FOUND outside it). */
export async function loadInvoicePdfData(scope: TenantScope, invoiceOrId: Invoice | string): Promise<BillingPdfData> {
  const invoice = typeof invoiceOrId === 'string' ? await scope.findById(Invoice, invoiceOrId, 'Invoice') : invoiceOrId;
  const lines = await scope
    .query(InvoiceLine, 'l')
    .andWhere('l."invoiceId" = :id', { id: invoice.id })
    .orderBy('l.position', 'ASC')
    .getMany();
  return {
    kind: 'INVOICE',
    number: invoice.number,
    status: invoice.status,
    title: null,
    issueDate: invoice.issueDate,
    dueDate: invoice.dueDate,
    amountPaid: invoice.amountPaid,
    ...(await common(scope, invoice, lines)),
  };
}

export async function loadQuotePdfData(scope: TenantScope, quoteOrId: Quote | string): Promise<BillingPdfData> {
  const quote = typeof quoteOrId === 'string' ? await scope.findById(Quote, quoteOrId, 'Quote') : quoteOrId;
  const lines = await scope
    .query(QuoteLine, 'l')
    .andWhere('l."quoteId" = :id', { id: quote.id })
    .orderBy('l.position', 'ASC')
    .getMany();
  return {
    kind: 'QUOTE',
    number: quote.number,
    status: quote.status,
    title: quote.title,
    issueDate: quote.issueDate,
    dueDate: quote.validUntil,
    amountPaid: null,
    ...(await common(scope, quote, lines)),
    paymentInstructions: null,
  };
}
