import { parentPort } from 'node:worker_threads';
import type { BillingPdfData } from './billing-pdf.data';
import { renderBillingPdf } from './render-pdf';

export type WorkerRequest = { id: number; data: BillingPdfData };
export type WorkerResponse = { id: number; pdf: Uint8Array } | { id: number; error: string };

parentPort?.on('message', (req: WorkerRequest) => {
  renderBillingPdf(req.data).then(
    (pdf) => parentPort!.postMessage({ id: req.id, pdf } satisfies WorkerResponse),
    (err: Error) => parentPort!.postMessage({ id: req.id, error: err?.stack ?? String(err) } satisfies WorkerResponse),
  );
});
