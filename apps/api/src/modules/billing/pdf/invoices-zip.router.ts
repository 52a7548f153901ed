import { once } from 'node:events';
import express, { type Request, type Response, type Router } from 'express';
import archiver from 'archiver';
import { badInput, contentDisposition, notFound } from '@clientflow/domain';
import { isUuid, type TenantScope } from '../../../platform/db/tenant-scope';
import { portalCaller, staffCaller, type Deps } from '../../../platform/http/request-viewer';
import { sendError } from '../../../platform/http/http-errors';
import { logger } from '../../../platform/logger/logger';
import type { Services } from '../../../platform/module';
import { Invoice } from '../invoices/invoice.entity';
import { pdfFileName } from './billing-pdf.data';
import { loadInvoicePdfData } from './billing-pdf.query';

export const MAX_ZIP_INVOICES = 100;

/** One invoice's PDF, rendered through the caller's scope (the same loader and renderer as the single download). */
async function renderInvoice(
  services: Services,
  scope: TenantScope,
  invoice: Invoice,
): Promise<{ fileName: string; pdf: Buffer }> {
  const data = await loadInvoicePdfData(scope, invoice);
  return { fileName: pdfFileName(data), pdf: await services.pdf.render(data) };
}

function requestedIds(req: Request): string[] {
  const raw = req.query.ids;
  const values = (Array.isArray(raw) ? raw : [raw]).filter((v): v is string => typeof v === 'string');
  const ids = [
    ...new Set(
      values
        .flatMap((v) => v.split(','))
        .map((v) => v.trim())
        .filter(Boolean),
    ),
  ];
  if (!ids.length) throw badInput('ids', 'Choose at least one invoice');
  if (ids.length > MAX_ZIP_INVOICES) throw badInput('ids', `Download at most ${MAX_ZIP_INVOICES} invoices at once`);
  if (!ids.every(isUuid)) throw notFound('Invoice');
  return ids;
}

/** `INV-0001.pdf`, and `INV-0001 (2).pdf` should two names collide. */
function uniqueName(used: Set<string>, name: string): string {
  let candidate = name;
  for (let n = 2; used.has(candidate.toLowerCase()); n++) candidate = name.replace(/(\.pdf)?$/i, ` (${n})$1`);
  used.add(candidate.toLowerCase());
  return candidate;
}

type ZipCaller = (req: Request) => Promise<TenantScope>;

/** The portal variant: a portal session with VIEW_INVOICES; its scope reaches only its own client. */
const portalZipCaller =
  (deps: Deps): ZipCaller =>
  async (req) =>
    (await portalCaller(req, deps, 'VIEW_INVOICES', 'Your portal access does not include invoices')).scope;

/** The staff variant (admin invoices list): financials.view; members see only their clients (TenantScope). */
const staffZipCaller =
  (deps: Deps): ZipCaller =>
  async (req) =>
    (await staffCaller(req, deps, 'financials.view', (role) => `Your role (${role}) cannot see financials`)).scope;

/**
 * `GET /files/portal/invoices.zip?ids=a,b,…` (portal) and `GET /files/invoices.zip?ids=…` (staff): the selected
 * invoices as one ZIP, streamed. Every id must be an issued invoice inside the caller's scope (else 404 before a
 * byte is sent). PDFs are rendered one at a time and each is handed to the archive only after the previous entry
 * was written, so memory holds one PDF. PDFs are already compressed: entries are STOREd.
 */
export function invoicesZipRouter(deps: Deps): Router {
  const router = express.Router();
  router.get('/portal/invoices.zip', (req, res) => streamZip(deps, portalZipCaller(deps), req, res));
  router.get('/invoices.zip', (req, res) => streamZip(deps, staffZipCaller(deps), req, res));
  return router;
}

async function streamZip(deps: Deps, caller: ZipCaller, req: Request, res: Response): Promise<void> {
  let archive: archiver.Archiver | null = null;
  try {
    const scope = await caller(req);
    const ids = requestedIds(req);
    const invoices = await scope
      .query(Invoice, 'i')
      .andWhere('i.id IN (:...ids)', { ids })
      .andWhere(`i.status <> 'DRAFT'`)
      .getMany();
    if (invoices.length !== ids.length) throw notFound('Invoice');
    const byId = new Map(invoices.map((i) => [i.id, i]));

    res.status(200).set({
      'Content-Type': 'application/zip',
      'Content-Disposition': contentDisposition(`invoices-${new Date().toISOString().slice(0, 10)}.zip`, 'attachment'),
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'private, no-store',
    });
    const zip = archiver('zip', { store: true });
    archive = zip;
    let aborted = false;
    res.on('close', () => {
      if (!res.writableFinished) {
        aborted = true;
        zip.abort();
      }
    });
    zip.on('warning', (err) => logger.warn({ err }, 'zip warning'));
    zip.pipe(res);
    const used = new Set<string>();
    for (const id of ids) {
      if (aborted) return;
      const { fileName, pdf } = await renderInvoice(deps.services, scope, byId.get(id)!);
      const written = once(zip, 'entry');
      zip.append(pdf, { name: uniqueName(used, fileName) });
      await written;
    }
    await zip.finalize();
  } catch (err) {
    archive?.abort();
    if (res.headersSent) {
      logger.error({ err }, 'invoice ZIP failed while streaming');
      res.destroy();
    } else sendError(res, err);
  }
}
