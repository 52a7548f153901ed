import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { logger } from '../../../platform/logger/logger';
import type { BillingPdfData } from './billing-pdf.data';
import type { WorkerRequest, WorkerResponse } from './pdf-worker.main';

interface Pending {
  resolve: (pdf: Buffer) => void;
  reject: (err: Error) => void;
  timer: NodeJS.Timeout;
}

/**
 * Renders PDFs in one worker thread: react-pdf's layout is synchronous CPU work (~100 ms for 50 lines) that would
 * otherwise stall every request of the API's event loop, and it cannot be loaded inside Jest, while a worker can.
 * The worker starts on the first render, is restarted after a crash or a timeout, and never keeps the process alive.
 */
export class PdfRenderer {
  private worker: Worker | null = null;
  private readonly pending = new Map<number, Pending>();
  private seq = 0;

  constructor(private readonly options: { timeoutMs?: number; maxHeapMb?: number } = {}) {}

  render(data: BillingPdfData): Promise<Buffer> {
    const worker = this.worker ?? this.spawn();
    const id = ++this.seq;
    return new Promise<Buffer>((resolve, reject) => {
      const timer = setTimeout(
        () => void this.reset(worker, new Error('PDF rendering timed out')),
        this.options.timeoutMs ?? 30_000,
      );
      this.pending.set(id, { resolve, reject, timer });
      worker.ref();
      worker.postMessage({ id, data } satisfies WorkerRequest);
    });
  }

  async close(): Promise<void> {
    const worker = this.worker;
    if (worker) await this.reset(worker, new Error('PDF renderer closed'));
  }

  private spawn(): Worker {
    const worker = new Worker(path.join(__dirname, 'pdf-worker.js'), {
      // The entry registers swc itself; do not inherit the parent's -r flags (it would compile twice).
      execArgv: [],
      resourceLimits: { maxOldGenerationSizeMb: this.options.maxHeapMb ?? 256 },
    });
    worker.unref();
    worker.on('message', (msg: WorkerResponse) => {
      const p = this.pending.get(msg.id);
      if (!p) return;
      this.pending.delete(msg.id);
      clearTimeout(p.timer);
      // Idle workers never keep the process alive (CLI scripts, tests, shutdown).
      if (!this.pending.size) worker.unref();
      if ('pdf' in msg) p.resolve(Buffer.from(msg.pdf.buffer, msg.pdf.byteOffset, msg.pdf.byteLength));
      else p.reject(new Error(`PDF rendering failed: ${msg.error}`));
    });
    worker.on('error', (err) => {
      logger.error({ err }, 'PDF worker crashed');
      void this.reset(worker, err);
    });
    worker.on('exit', () => void this.reset(worker, new Error('PDF worker exited')));
    this.worker = worker;
    return worker;
  }

  /** Drops a broken (or closing) worker: its pending renders fail and the next render starts a fresh one. */
  private async reset(worker: Worker, err: Error): Promise<void> {
    if (this.worker !== worker) return;
    this.worker = null;
    for (const p of this.pending.values()) {
      clearTimeout(p.timer);
      p.reject(err);
    }
    this.pending.clear();
    await worker.terminate();
  }
}
