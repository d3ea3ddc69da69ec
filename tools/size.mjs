// npm run size: minified, gzip (-9) and brotli sizes of both bundles; fails when the drop-in script's gzip size
// is over the budget. Run `npm run build` first.
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

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
  if (dropIn.gzip > BUDGET_GZIP) {
    console.error(`\n${dropIn.file} is ${kb(dropIn.gzip)} gzip, over the budget of ${kb(BUDGET_GZIP)}.`);
    process.exit(1);
  }
  console.log(`\nBudget: ${dropIn.file} ${kb(dropIn.gzip)} of ${kb(BUDGET_GZIP)} gzip (${((dropIn.gzip / BUDGET_GZIP) * 100).toFixed(0)}%).`);
}
