import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

// pdf-parse (pdfjs) imports its own worker module dynamically, which Jest's module system refuses: it runs in a
// plain worker thread instead, outside Jest, exactly as it would in Node.
const EXTRACT = `
const { parentPort, workerData } = require('node:worker_threads');
import(workerData.module).then(async ({ PDFParse }) => {
  const parser = new PDFParse({ data: workerData.pdf });
  const result = await parser.getText();
  await parser.destroy();
  parentPort.postMessage({ text: result.text, pages: result.pages.map((p) => p.text) });
});`;

/** Text of a PDF, whole and page by page, read back with pdf-parse. */
export function pdfText(pdf: Buffer | Uint8Array): Promise<{ text: string; pages: string[] }> {
  const module = pathToFileURL(require.resolve('pdf-parse')).href;
  const worker = new Worker(EXTRACT, { eval: true, workerData: { module, pdf: new Uint8Array(pdf) } });
  return new Promise((resolve, reject) => {
    worker.once('message', (result) => {
      resolve(result);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`PDF text extraction exited with ${code}`)));
  });
}
