import os from 'node:os';
import { measure, ms, runBench } from './bench-kit';
import { sampleInvoicePdfData } from '../src/modules/billing/pdf/billing-pdf.test-kit';
import { PdfRenderer } from '../src/modules/billing/pdf/pdf-renderer';
import { renderBillingPdf } from '../src/modules/billing/pdf/render-pdf';

/**
 * Invoice PDF rendering: latency of a 50-line invoice (target p50 ≤ 150 ms) in process and through the API's worker
 * thread, and memory over 1,000 renders (heap after a forced GC must stay flat). Run with --expose-gc.
 * Knobs: PDF_RUNS (latency samples, default 200), PDF_MEMORY_RUNS (default 1000).
 */
const RUNS = Number(process.env.PDF_RUNS ?? 200);
const MEMORY_RUNS = Number(process.env.PDF_MEMORY_RUNS ?? 1000);
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1).padStart(7);

function gcAndMeasure() {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run with node --expose-gc');
  gc();
  gc();
  const m = process.memoryUsage();
  return { heap: m.heapUsed, rss: m.rss, external: m.external + m.arrayBuffers };
}

runBench(async () => {
  const fifty = sampleInvoicePdfData(50);
  const first = performance.now();
  const bytes = await renderBillingPdf(fifty);
  console.log(`first render (loads react-pdf): ${ms(performance.now() - first)} ms, ${bytes.length} bytes`);
  for (let i = 0; i < 10; i++) await renderBillingPdf(fifty); // warm-up

  // CPU ms per render is printed beside wall-clock latency: on a shared machine, waiting for a core inflates the latter.
  console.log(`\nload average ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores`);
  console.log('lines  where            p50 ms  p95 ms  p99 ms  renders/s  CPU ms/render');
  for (const lines of [1, 15, 50, 200]) {
    const data = sampleInvoicePdfData(lines);
    const n = lines === 50 ? RUNS : Math.ceil(RUNS / 4);
    const cpu = process.cpuUsage();
    const r = await measure(n, 1, () => renderBillingPdf(data));
    const used = process.cpuUsage(cpu);
    const cpuMs = (used.user + used.system) / 1000 / n;
    console.log(
      `${String(lines).padStart(5)}  in process     ${ms(r.p50)} ${ms(r.p95)} ${ms(r.p99)} ${r.rps.toFixed(1).padStart(9)}  ${ms(cpuMs)}`,
    );
  }
  const worker = new PdfRenderer();
  for (let i = 0; i < 10; i++) await worker.render(fifty);
  const w = await measure(RUNS, 1, () => worker.render(fifty));
  console.log(`   50  worker thread  ${ms(w.p50)} ${ms(w.p95)} ${ms(w.p99)} ${w.rps.toFixed(1).padStart(9)}`);
  await worker.close();

  console.log(`\nmemory over ${MEMORY_RUNS} renders of the 50-line invoice (after GC):`);
  console.log('renders   heap MB    RSS MB  external MB');
  const base = gcAndMeasure();
  console.log(`${'0'.padStart(7)} ${mb(base.heap)}   ${mb(base.rss)}  ${mb(base.external)}`);
  for (let i = 1; i <= MEMORY_RUNS; i++) {
    await renderBillingPdf(fifty);
    if (i % (MEMORY_RUNS / 4) === 0) {
      const m = gcAndMeasure();
      console.log(`${String(i).padStart(7)} ${mb(m.heap)}   ${mb(m.rss)}  ${mb(m.external)}`);
    }
  }
});
