import express, { type Request, type Response, type Router } from 'express';
import { contentDisposition, forbidden, notFound } from '@clientflow/domain';
import { readerFor, type Deps } from '../../../platform/http/request-viewer';
import { route } from '../../documents/document-files.router';
import type { TenantScope } from '../../../platform/db/tenant-scope';
import type { BillingPdfData } from './billing-pdf.data';
import { pdfFileName } from './billing-pdf.data';
import { loadInvoicePdfData, loadQuotePdfData } from './billing-pdf.query';

/**
 * `GET /files/invoices/:id/pdf` and `/files/quotes/:id/pdf`: staff with financials.view, or a portal contact whose
 * permissions include VIEW_INVOICES for their own client's documents once sent (drafts never leave the agency).
 */
export function billingPdfRouter(deps: Deps): Router {
  const router = express.Router();
  const serve = (load: (scope: TenantScope, id: string) => Promise<BillingPdfData>, what: string) =>
    route(async (req: Request, res: Response) => {
      const { viewer, scope } = await readerFor(req, deps);
      if (viewer.kind === 'staff' && !viewer.permissions.includes('financials.view'))
        throw forbidden(`Your role (${viewer.role}) cannot see financials`);
      if (viewer.kind === 'portal' && !viewer.permissions.includes('VIEW_INVOICES'))
        throw forbidden('Your portal access does not include invoices');
      const data = await load(scope, typeof req.params.id === 'string' ? req.params.id : '');
      if (viewer.kind === 'portal' && data.status === 'DRAFT') throw notFound(what);
      const pdf = await deps.services.pdf.render(data);
      res.set({
        'Content-Type': 'application/pdf',
        'Content-Length': String(pdf.length),
        'Content-Disposition': contentDisposition(pdfFileName(data), 'attachment'),
        'X-Content-Type-Options': 'nosniff',
        'Content-Security-Policy': "default-src 'none'",
        'Cross-Origin-Resource-Policy': 'same-origin',
        'Cache-Control': 'private, no-store',
      });
      res.send(pdf);
    });
  router.get('/invoices/:id/pdf', serve(loadInvoicePdfData, 'Invoice'));
  router.get('/quotes/:id/pdf', serve(loadQuotePdfData, 'Quote'));
  return router;
}
