// Prints the gzipped size of the entry chunk that index.html loads, and fails over budget.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 200;
const html = readFileSync(new URL('../dist/index.html', import.meta.url), 'utf8');
const entry = html.match(/<script[^>]+src="\/(assets\/[^"]+\.js)"/)?.[1];
if (!entry) throw new Error('No entry script in dist/index.html: run the build first');

const source = readFileSync(new URL(`../dist/${entry}`, import.meta.url));
const kb = gzipSync(source).length / 1000;
console.log(`${entry}: ${(source.length / 1000).toFixed(1)} kB, ${kb.toFixed(1)} kB gzipped (budget ${BUDGET_KB} kB)`);
if (kb > BUDGET_KB) process.exit(1);
