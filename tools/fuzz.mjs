// npm run fuzz: the property-based tests of tests/security/fuzz-properties.ts (the loader's parsing and the
// normalizer), run in Node for a long time with a random seed. `npm test` runs the same properties in Chromium
// with a fixed seed and few cases.
//
//   npm run fuzz                          100,000 cases per property, a random seed
//   npm run fuzz -- --runs 1000000        more cases
//   npm run fuzz -- --seed 123456789      replay a run (the seed is printed at the start and on failure)
//   npm run fuzz -- --only idempotent     only the properties whose name contains the text
//
// The TypeScript sources are bundled in memory with esbuild; nothing is written to disk. Exit status 1 on the
// first failing property, with fast-check's shrunk counterexample.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: process.env.FUZZ_RUNS ?? '100000' },
    seed: { type: 'string', default: process.env.FUZZ_SEED },
    only: { type: 'string' },
  },
});

const runs = Number(values.runs);
if (!Number.isSafeInteger(runs) || runs < 1) throw new Error(`--runs must be a whole number from 1, not ${values.runs}`);
const seed = values.seed === undefined ? Math.floor(Math.random() * 2 ** 31) : Number(values.seed);
if (!Number.isSafeInteger(seed)) throw new Error(`--seed must be a whole number, not ${values.seed}`);

const rerun = `rerun with npm run fuzz -- --seed ${seed}${values.runs === '100000' ? '' : ` --runs ${runs}`}`;
console.log(`Seed: ${seed} — ${rerun}`);

const entry = fileURLToPath(new URL('../tests/security/fuzz-properties.ts', import.meta.url));
const bundled = await build({
  entryPoints: [entry],
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  write: false,
  logLevel: 'silent',
  tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)),
});
const code = bundled.outputFiles[0].text;
const { fuzzProperties } = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
const fc = (await import('fast-check')).default;

// Each property keeps its index in the full list, and with it its seed, so that `--only` replays the same cases.
const selected = [...fuzzProperties.entries()].filter(([, { name }]) => !values.only || name.includes(values.only));
if (selected.length === 0) throw new Error(`No property name contains "${values.only}".`);

const started = performance.now();
let total = 0;
for (const [index, { name, property }] of selected) {
  const t0 = performance.now();
  const details = fc.check(property, { numRuns: runs, seed: seed + index, endOnFailure: false });
  const seconds = ((performance.now() - t0) / 1000).toFixed(1);
  if (details.failed) {
    console.log(`✗ ${name} (${seconds} s)`);
    console.log(fc.defaultReportMessage(details));
    const error = details.errorInstance;
    if (error) console.log(`\n${error instanceof Error ? error.message : String(error)}`);
    console.log(`\nSeed: ${seed} — ${rerun}`);
    process.exit(1);
  }
  total += details.numRuns;
  console.log(`✓ ${name}: ${details.numRuns.toLocaleString('en-US')} cases in ${seconds} s`);
}
const seconds = ((performance.now() - started) / 1000).toFixed(1);
const properties = `${selected.length} ${selected.length === 1 ? 'property' : 'properties'}`;
console.log(`fuzz: ${total.toLocaleString('en-US')} cases, ${properties}, 0 failures in ${seconds} s (seed ${seed})`);
