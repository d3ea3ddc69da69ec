// npm run size: minified, gzip (-9) and brotli sizes of both bundles; fails when the drop-in script's gzip size
// is over the budget. Run `npm run build` first.
//
//   npm run size -- --sources   also what each source file adds to the drop-in script, read from its source map:
//                               minified bytes, and those bytes gzipped on their own (an upper bound: gzip shares
//                               strings across files, so the bundle is smaller than the sum)
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { TraceMap, eachMapping } from '@jridgewell/trace-mapping';

export const BUDGET_GZIP = 16 * 1024;
const files = ['dist/news-widgets.js', 'dist/news-widgets.mjs'];

export function sizes(file) {
  const bytes = readFileSync(file);
  return {
    file,
    min: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

const kb = (n) => `${(n / 1024).toFixed(2)} KB`;

/** Minified text per source file of `file`, from the source map beside it. */
export function bytesBySource(file) {
  const lines = readFileSync(file, 'utf8').split('\n');
  const map = new TraceMap(JSON.parse(readFileSync(`${file}.map`, 'utf8')));
  const segments = [];
  eachMapping(map, (m) => segments.push(m));
  segments.sort((a, b) => a.generatedLine - b.generatedLine || a.generatedColumn - b.generatedColumn);
  const text = new Map();
  segments.forEach((s, i) => {
    const next = segments[i + 1];
    const line = lines[s.generatedLine - 1];
    const end = next && next.generatedLine === s.generatedLine ? next.generatedColumn : line.length;
    const source = (s.source ?? '(none)').replace(/^.*node_modules\//, '').replace(/^(\.\.\/)+/, '');
    text.set(source, (text.get(source) ?? '') + line.slice(s.generatedColumn, end));
  });
  return [...text]
    .map(([source, code]) => ({ source, min: code.length, gzip: gzipSync(code, { level: 9 }).length }))
    .sort((a, b) => b.gzip - a.gzip);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const missing = files.filter((file) => !existsSync(file));
  if (missing.length) {
    console.error(`Missing ${missing.join(', ')}: run npm run build first.`);
    process.exit(1);
  }
  const rows = files.map(sizes);
  const pad = (s, n) => String(s).padEnd(n);
  console.log(`${pad('bundle', 24)}${pad('minified', 12)}${pad('gzip -9', 12)}brotli`);
  for (const row of rows) console.log(`${pad(row.file, 24)}${pad(kb(row.min), 12)}${pad(kb(row.gzip), 12)}${kb(row.brotli)}`);
  const dropIn = rows[0];
  if (process.argv.includes('--sources')) {
    const bySource = bytesBySource(dropIn.file);
    console.log(`\n${pad('source', 52)}${pad('minified', 12)}gzip alone`);
    for (const row of bySource) console.log(`${pad(row.source, 52)}${pad(row.min, 12)}${row.gzip}`);
    const sum = (key, lit) => bySource.filter((r) => r.source.startsWith('lib/') !== lit).reduce((n, r) => n + r[key], 0);
    console.log(`${pad('ours (sum)', 52)}${pad(sum('min', false), 12)}${sum('gzip', false)}`);
    console.log(`${pad('lit (sum)', 52)}${pad(sum('min', true), 12)}${sum('gzip', true)}`);
  }
  if (dropIn.gzip > BUDGET_GZIP) {
    console.error(`\n${dropIn.file} is ${kb(dropIn.gzip)} gzip, over the budget of ${kb(BUDGET_GZIP)}.`);
    process.exit(1);
  }
  console.log(`\nBudget: ${dropIn.file} ${kb(dropIn.gzip)} of ${kb(BUDGET_GZIP)} gzip (${((dropIn.gzip / BUDGET_GZIP) * 100).toFixed(0)}%).`);
}
