// npm run bench: our elements against a hand-written vanilla baseline, in headless Chromium (the system one).
// Builds the production bundles from the current src/ (see build.mjs), serves them with the bench pages, runs every
// case BENCH_RUNS times (default 9), each run in a fresh browser context, ours and the baseline in turn (the order
// alternates from run to run), and prints one table of medians; the same goes to bench/results/latest.json.
// Exits with 1 when a budget is missed. docs/performance.md says what each figure means.
//
//   BENCH_RUNS=15 npm run bench      more runs, steadier medians
//   BENCH_ONLY=feed,cls npm run bench   only some cases (names: dom, normalize, feed, widgets, shared, heap, cls, startup)
//   BENCH_NO_BUILD=1 npm run bench   reuse the bundles of the last run (while working on the bench itself)
import { cpus, loadavg } from 'node:os';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { launch, serve } from '../tools/browser.mjs';
import { chromeArgs } from '../tools/chrome-path.mjs';
import { sizes } from '../tools/size.mjs';
import { BUILD_DIR, bundleFiles, buildBundles } from './build.mjs';
import { AVATARS, IMAGES, makeFeed } from './feed.js';

const RUNS = Math.max(1, Number.parseInt(process.env.BENCH_RUNS ?? '', 10) || 9);
const ONLY = process.env.BENCH_ONLY ? new Set(process.env.BENCH_ONLY.split(',')) : undefined;
const wanted = (name) => !ONLY || ONLY.has(name);

const BUDGETS = {
  normalize: 3,
  feedFirst: 1.3,
  feedRerender: 1.5,
  heap: 1.5,
  clsStill: 0.005, // shown with two decimals: 0.00
  clsCards: 0.01,
};

// ---------------------------------------------------------------------------------------------------------------
// Build and serve

let bundles;
if (process.env.BENCH_NO_BUILD && existsSync(bundleFiles.litFloor)) {
  console.log(`Reusing the bundles in ${BUILD_DIR} (BENCH_NO_BUILD).`);
  bundles = bundleFiles;
} else {
  console.log('Building the production bundles from src/ …');
  bundles = await buildBundles();
}
const startedAt = new Date();
const NOW = Date.now();

/** Requests to the feed route, by the `key` of their query. */
const requests = new Map();
const feedTexts = new Map();

function feedText(seed, items) {
  const key = `${seed}/${items}`;
  if (!feedTexts.has(key)) feedTexts.set(key, JSON.stringify(makeFeed({ items, seed, now: NOW })));
  return feedTexts.get(key);
}

const routes = {
  '/bundle/news-widgets.js': file(bundles.js, 'text/javascript'),
  '/bundle/news-widgets.mjs': file(bundles.mjs, 'text/javascript'),
  '/bundle/lit-floor.js': file(bundles.litFloor, 'text/javascript'),
  '/bundle/normalize.mjs': file(bundles.normalize, 'text/javascript'),
  // ?seed=&items=&delay= (ms) &key= (requests are counted by key)
  '/bench/feed.json': (req, res, url) => {
    const key = url.searchParams.get('key') ?? '';
    requests.set(key, (requests.get(key) ?? 0) + 1);
    const body = feedText(Number(url.searchParams.get('seed') ?? 1), Number(url.searchParams.get('items') ?? 20));
    setTimeout(() => {
      res.writeHead(200, { 'content-type': 'application/feed+json', 'cache-control': 'no-store' });
      res.end(body);
    }, Number(url.searchParams.get('delay') ?? 0));
  },
  '/bench/cls.html': (req, res, url) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(clsPage(url.searchParams));
  },
};
for (let i = 0; i < IMAGES; i++) routes[`/bench/img/${i}.svg`] = svg(1600, 900, (i * 37) % 360);
for (let i = 0; i < AVATARS; i++) routes[`/bench/img/avatar-${i}.svg`] = svg(96, 96, (i * 53) % 360);

function file(path, type) {
  return (req, res) => {
    res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
    res.end(readFileSync(path));
  };
}

function svg(width, height, hue) {
  const body = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"><rect width="100%" height="100%" fill="hsl(${hue} 45% 55%)"/></svg>`;
  return (req, res) => {
    res.writeHead(200, { 'content-type': 'image/svg+xml', 'cache-control': 'max-age=3600' });
    res.end(body);
  };
}

const server = await serve(process.cwd(), { routes });
// --expose-gc: pages collect the garbage of setting up a case before timing it.
const browser = await launch({ args: [...chromeArgs, '--js-flags=--expose-gc'] });
const origin = server.origin;

// ---------------------------------------------------------------------------------------------------------------
// Pages

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };

/** Runs `fn(page, step)` in a fresh context (its own renderer process, cache and heap) on `path`; see {@link step}. */
async function withPage(path, fn, { viewport = DESKTOP, ready = 'window.bench' } = {}) {
  const context = await browser.newContext({ viewport, locale: 'en-US' });
  try {
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error));
    await page.goto(origin + path);
    if (ready) await page.waitForFunction(ready);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    const result = await fn(page, (name, params) => step(page, cdp, name, params), cdp);
    if (errors.length) throw errors[0];
    return result;
  } finally {
    await context.close();
  }
}

/** Calls an export of bench/page.js in the page. */
function call(page, name, params = {}) {
  return page.evaluate(([n, p]) => window.bench[n](p), [name, params]);
}

async function threadTime(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'ThreadTime').value * 1000;
}

/**
 * One timed step of a case: `wall` is what the page measured with performance.now(), `cpu` the CPU time of the
 * page's main thread meanwhile (Chromium's ThreadTime), which a busy machine does not stretch. `value` is what the
 * step returned besides its time.
 */
async function step(page, cdp, name, params) {
  const before = await threadTime(cdp);
  const result = await call(page, name, params);
  const cpu = (await threadTime(cdp)) - before;
  return typeof result === 'number' ? { wall: result, cpu } : { ...result, cpu };
}

const BENCH_PAGE = '/bench/index.html';
const BLANK_PAGE = '/bench/blank.html';

/** Both implementations, in an order that alternates from run to run. */
function pair(run) {
  return run % 2 === 0 ? ['ours', 'baseline'] : ['baseline', 'ours'];
}

// ---------------------------------------------------------------------------------------------------------------
// Cases: each records, per run, the figures of ours and of the baseline (main-thread CPU ms, with wall ms beside)

const samples = {};
function record(name, ours, baseline, extra = {}) {
  (samples[name] ??= []).push({
    ours: ours.cpu ?? ours,
    baseline: baseline?.cpu ?? baseline,
    wall: ours.wall === undefined ? undefined : { ours: ours.wall, baseline: baseline?.wall },
    ...extra,
  });
}

async function caseNormalize() {
  await withPage(BLANK_PAGE, async (page, step) => {
    const bytes = await call(page, 'normalizeSetup', { items: 10_000, module: '/bundle/normalize.mjs' });
    // One cold run, three to let the optimizing compiler finish (slow on a busy machine), then four that count.
    for (let i = 0; i < 8; i++) {
      await call(page, 'collect');
      const parse = await step('parseStep');
      await call(page, 'collect');
      const normalize = await step('normalizeStep');
      if (i === 0) record('normalizeCold', normalize, parse);
      else if (i >= 4) record('normalize', normalize, parse, { bytes });
    }
  });
}

/** Ours run on a page that loads the drop-in script; the baseline on a page without it. */
const pageOf = (impl) => (impl === 'ours' ? BENCH_PAGE : BLANK_PAGE);

async function caseFeed(run) {
  const got = {};
  for (const impl of pair(run)) {
    got[impl] = await withPage(pageOf(impl), async (page, step) => {
      await call(page, 'feedSetup', { items: 1000, styles });
      await call(page, 'collect');
      await call(page, 'settle');
      const first = await step('feedFirst', { impl });
      await call(page, 'collect');
      await call(page, 'settle');
      const rerender = await step('feedRerender', { impl });
      return { first, rerender };
    });
  }
  record('feedFirst', got.ours.first, got.baseline.first);
  record('feedRerender', got.ours.rerender, got.baseline.rerender);
}

async function caseWidgets(run) {
  const got = {};
  for (const impl of pair(run)) {
    got[impl] = await withPage(pageOf(impl), async (page, step) => {
      await call(page, 'widgetsSetup', { styles });
      const times = {};
      for (const tag of ['news-trending', 'news-byline']) {
        await call(page, 'collect');
        await call(page, 'settle');
        times[tag] = await step('widgetsStep', { impl, tag, count: 100 });
      }
      return times;
    });
  }
  record('trending', got.ours['news-trending'], got.baseline['news-trending']);
  record('byline', got.ours['news-byline'], got.baseline['news-byline']);
}

async function caseShared(run) {
  const got = {};
  let count = 0;
  for (const impl of pair(run)) {
    const key = `shared-${run}-${impl}`;
    const src = `/bench/feed.json?seed=5&items=20&key=${key}`;
    got[impl] = await withPage(pageOf(impl), async (page, step) => {
      await call(page, 'settle');
      return step('sharedSrc', { impl, src, styles });
    });
    if (impl === 'ours') count = requests.get(key) ?? 0;
  }
  // Time until ready is a wait as much as work: the wall clock is the figure here.
  record('shared', got.ours.wall, got.baseline.wall, { requests: count, cpu: { ours: got.ours.cpu, baseline: got.baseline.cpu } });
}

async function heapUsage(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  return cdp.send('Runtime.getHeapUsage');
}

async function caseHeap(run) {
  const got = {};
  for (const impl of pair(run)) {
    got[impl] = await withPage(pageOf(impl), async (page, step, cdp) => {
      await cdp.send('HeapProfiler.enable');
      await call(page, 'heapSetup', { items: 1000, styles });
      const before = await heapUsage(cdp);
      const cards = await call(page, 'heapRender', { impl });
      if (cards !== 1000) throw new Error(`${impl} rendered ${cards} cards, not 1000`);
      const after = await heapUsage(cdp);
      return {
        js: after.usedSize,
        added: after.usedSize - before.usedSize,
        dom: after.embedderHeapUsedSize ?? NaN,
      };
    });
  }
  record('heap', got.ours.js, got.baseline.js);
  record('heapAdded', got.ours.added, got.baseline.added);
  record('heapDom', got.ours.dom, got.baseline.dom);
}

const CLS_WIDGETS = {
  'news-trending': `<news-trending src="{src}" limit="5"></news-trending>`,
  'news-byline': `<news-byline src="{src}" item-id="6-3"></news-byline>`,
  'news-card': `<news-card src="{src}" item-id="6-2"></news-card>`,
  'news-feed': `<news-feed src="{src}" limit="2"></news-feed>`,
};

/** An article page with one widget above the text; the feed answers after `delay` ms. */
function clsPage(params) {
  const tag = params.get('el');
  const src = `/bench/feed.json?seed=6&items=20&delay=${Number(params.get('delay') ?? 500)}&key=${params.get('key') ?? ''}`;
  const widget = CLS_WIDGETS[tag].replace('{src}', src);
  const paragraph =
    '<p>The council met on Tuesday to discuss the plan for the harbour, which has divided the city for more than a ' +
    'decade. Residents who live near the water say the new bridge will bring traffic and noise; shop owners hope it ' +
    'will bring customers. The vote is expected next month, after a final round of public hearings.</p>';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>CLS: ${tag}</title>
<script>
  window.cls = { value: 0, shifts: [] };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.hadRecentInput) continue;
      window.cls.value += entry.value;
      window.cls.shifts.push({
        value: entry.value,
        at: Math.round(entry.startTime),
        sources: entry.sources.map((s) => (s.node ? (s.node.nodeName + (s.node.className ? '.' + s.node.className : '')) : '?') +
          ' ' + JSON.stringify([s.previousRect.y, s.previousRect.height, s.currentRect.y, s.currentRect.height])),
      });
    }
  }).observe({ type: 'layout-shift', buffered: true });
</script>
<script src="/bundle/news-widgets.js"></script>
<style>
  body { margin: 0; font: 18px/1.6 Georgia, serif; color: #222; }
  header { padding: 12px 16px; border-bottom: 1px solid #ddd; font: 700 20px system-ui, sans-serif; }
  main { max-width: 680px; margin: 0 auto; padding: 16px; }
  h1 { font-size: 32px; line-height: 1.2; margin: 16px 0; }
</style>
</head>
<body>
<header>The Daily Example</header>
<main>
${widget}
<h1>Harbour bridge vote set for next month</h1>
${paragraph.repeat(8)}
</main>
</body>
</html>`;
}

async function caseCls(run) {
  for (const tag of Object.keys(CLS_WIDGETS)) {
    for (const [name, viewport] of [
      ['phone', PHONE],
      ['desktop', DESKTOP],
    ]) {
      const key = `cls-${run}-${tag}-${name}`;
      const result = await withPage(
        `/bench/cls.html?el=${tag}&delay=500&key=${key}`,
        async (page) => {
          await page.waitForFunction((t) => document.querySelector(t)?.getAttribute('state') === 'ready', tag, { timeout: 15_000 });
          // The images the widget shows, then a quiet second: late shifts count too.
          await page.waitForFunction(
            (t) => Array.from(document.querySelector(t).shadowRoot.querySelectorAll('img')).every((img) => img.complete),
            tag,
          );
          await page.waitForTimeout(1000);
          return page.evaluate(() => window.cls);
        },
        { viewport, ready: null },
      );
      record(`cls:${tag}:${name}`, result.value, undefined, { shifts: result.shifts });
    }
  }
}

async function caseStartup(run) {
  const got = {};
  for (const impl of pair(run)) {
    const src = impl === 'ours' ? '/bundle/news-widgets.js' : '/bundle/lit-floor.js';
    got[impl] = await withPage(BLANK_PAGE, async (page, step) => {
      await call(page, 'startupSetup', { src });
      await call(page, 'collect');
      await call(page, 'settle');
      return step('startupStep');
    });
  }
  if (!got.ours.defined) throw new Error('dist/news-widgets.js did not define news-feed');
  record('startup', got.ours, got.baseline);
}

// ---------------------------------------------------------------------------------------------------------------
// Run

// The CSS of our elements, which the baseline adopts too (its pages do not load our script).
const styles = await withPage(BENCH_PAGE, (page) => call(page, 'styles'));

let dom = [];
if (wanted('dom')) {
  console.log('Checking that the baseline builds the same DOM …');
  dom = await withPage(BENCH_PAGE, (page) => call(page, 'checkDom', { items: 1000 }));
}

const cases = [
  ['normalize', caseNormalize],
  ['feed', caseFeed],
  ['widgets', caseWidgets],
  ['shared', caseShared],
  ['heap', caseHeap],
  ['cls', caseCls],
  ['startup', caseStartup],
].filter(([name]) => wanted(name));

const load = [loadavg()[0]];
for (let run = 0; run < RUNS; run++) {
  process.stdout.write(`Run ${run + 1}/${RUNS}:`);
  for (const [name, fn] of cases) {
    process.stdout.write(` ${name}`);
    await fn(run);
  }
  process.stdout.write('\n');
}
load.push(loadavg()[0]);
const chromium = browser.version();
await browser.close();
await server.close();

// ---------------------------------------------------------------------------------------------------------------
// Figures

function median(values) {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Medians of ours and of the baseline, and the median of the per-run ratios (both measured in the same run). */
function summary(name) {
  const list = samples[name] ?? [];
  const result = {
    ours: median(list.map((s) => s.ours)),
    baseline: median(list.map((s) => s.baseline)),
    ratio: median(list.map((s) => s.ours / s.baseline)),
    runs: list.length,
  };
  if (list[0]?.wall) {
    result.wall = {
      ours: median(list.map((s) => s.wall.ours)),
      baseline: median(list.map((s) => s.wall.baseline)),
      ratio: median(list.map((s) => s.wall.ours / s.wall.baseline)),
    };
  }
  return result;
}

const ms = (v) => (Number.isFinite(v) ? `${v.toFixed(v < 10 ? 2 : 1)} ms` : '–');
const kb = (v) => (Number.isFinite(v) ? `${(v / 1024).toFixed(v < 10240 ? 2 : 1)} KB` : '–');
const mb = (v) => (Number.isFinite(v) ? `${(v / 1048576).toFixed(2)} MB` : '–');
const times = (v) => (Number.isFinite(v) ? `${v.toFixed(2)}×` : '–');

const rows = [];
function row(figure, { ours, baseline = '', ratio = '', budget = '', pass, name, values }) {
  rows.push({ figure, ours, baseline, ratio, budget, pass, name, values });
}

/** A row of medians, ours against the baseline; with a budget (in BUDGETS under `name`) for the ratio. */
function ratioRow(figure, name, unit = ms) {
  const s = summary(name);
  const limit = BUDGETS[name];
  const budget = limit === undefined ? {} : { budget: `≤ ${limit}×`, pass: s.ratio <= limit };
  row(figure, { ours: unit(s.ours), baseline: unit(s.baseline), ratio: times(s.ratio), name, values: s, ...budget });
}

if (wanted('dom')) {
  const all = dom.every((d) => d.identical);
  row('DOM identical to the baseline', {
    ours: all ? 'yes' : 'no',
    baseline: `${dom.length} trees`,
    budget: 'yes',
    pass: all,
    name: 'dom',
    values: dom,
  });
}
if (wanted('normalize')) {
  const bytes = samples.normalize?.[0]?.bytes ?? 0;
  ratioRow(`normalize 10,000 items (${mb(bytes)}) vs JSON.parse`, 'normalize');
  ratioRow('  the same, first in a fresh page (cold)', 'normalizeCold');
}
if (wanted('feed')) {
  ratioRow('news-feed 1,000 cards, first render', 'feedFirst');
  ratioRow('news-feed 1,000 cards, re-render', 'feedRerender');
}
if (wanted('widgets')) {
  ratioRow('100 news-trending on one page', 'trending');
  ratioRow('100 news-byline on the same page', 'byline');
}
if (wanted('shared')) {
  const counts = (samples.shared ?? []).map((x) => x.requests);
  const most = Math.max(...counts);
  row('20 widgets, one src: requests', { ours: String(most), budget: '= 1', pass: most === 1, name: 'sharedRequests', values: counts });
  ratioRow('20 widgets, one src: all ready (wall clock)', 'shared');
}
if (wanted('heap')) {
  ratioRow('JS heap after 1,000 cards', 'heap', mb);
  ratioRow('  of which added by the rendering', 'heapAdded', mb);
  if (Number.isFinite(summary('heapDom').ours)) ratioRow('DOM (Blink) heap after 1,000 cards', 'heapDom', mb);
}
if (wanted('cls')) {
  for (const tag of Object.keys(CLS_WIDGETS)) {
    const still = tag === 'news-trending' || tag === 'news-byline';
    const limit = still ? BUDGETS.clsStill : BUDGETS.clsCards;
    const phone = median((samples[`cls:${tag}:phone`] ?? []).map((s) => s.ours));
    const desktop = median((samples[`cls:${tag}:desktop`] ?? []).map((s) => s.ours));
    const worst = Math.max(phone, desktop);
    row(`CLS, ${tag} above the text (phone / desktop)`, {
      ours: `${phone.toFixed(3)} / ${desktop.toFixed(3)}`,
      budget: still ? '0.00' : '< 0.01',
      pass: worst < limit,
      name: `cls:${tag}`,
      values: { phone, desktop, shifts: [samples[`cls:${tag}:phone`], samples[`cls:${tag}:desktop`]].map((l) => l?.find((s) => s.ours > 0)?.shifts ?? []) },
    });
  }
}
if (wanted('startup')) {
  ratioRow('start-up: evaluate the drop-in script vs a trivial Lit element', 'startup');
}
const size = sizes(bundles.js);
const floor = sizes(bundles.litFloor);
row('size of dist/news-widgets.js: minified', { ours: kb(size.min), baseline: kb(floor.min), ratio: times(size.min / floor.min), name: 'sizeMin', values: { ours: size.min, baseline: floor.min } });
row('size: gzip -9', { ours: kb(size.gzip), baseline: kb(floor.gzip), ratio: times(size.gzip / floor.gzip), name: 'sizeGzip', values: { ours: size.gzip, baseline: floor.gzip } });
row('size: brotli', { ours: kb(size.brotli), baseline: kb(floor.brotli), ratio: times(size.brotli / floor.brotli), name: 'sizeBrotli', values: { ours: size.brotli, baseline: floor.brotli } });

// ---------------------------------------------------------------------------------------------------------------
// Report

const machine = {
  cpu: cpus()[0]?.model ?? 'unknown',
  cores: cpus().length,
  chromium,
  node: process.version,
  date: startedAt.toISOString(),
  runs: RUNS,
  loadAverage: load.map((l) => Number(l.toFixed(2))),
};

const header = ['figure', 'ours', 'baseline', 'ratio', 'budget', ''];
const lines = rows.map((r) => [r.figure, r.ours, r.baseline, r.ratio, r.budget, r.pass === undefined ? '' : r.pass ? 'ok' : 'MISSED']);
const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => String(l[i]).length)));
const format = (cells) => cells.map((c, i) => String(c).padEnd(widths[i])).join('  ').trimEnd();
console.log(
  `\nnews-widgets bench: medians of ${RUNS} run(s); baseline = hand-written vanilla DOM (sizes and start-up: a trivial Lit element)`,
);
console.log('Times are the CPU time of the page\'s main thread (wall-clock medians are in the JSON); ratios are medians of per-run ratios.');
console.log(`${machine.cpu}, ${machine.cores} cores, Chromium ${chromium}, Node ${machine.node}, load ${machine.loadAverage.join(' → ')}\n`);
console.log(format(header));
console.log(format(widths.map((w) => '-'.repeat(w))));
for (const line of lines) console.log(format(line));

for (const d of dom.filter((x) => !x.identical)) {
  console.log(`\nDOM differs: ${d.label}${d.why ? ` (${d.why})` : ''}`);
  if (d.ours !== undefined) console.log(`  ours:     …${d.ours}…\n  baseline: …${d.baseline}…`);
}
for (const r of rows.filter((x) => x.name?.startsWith('cls:') && x.pass === false)) {
  console.log(`\nLayout shifts with ${r.name.slice(4)} (one run; node [y, height] before and after):`);
  r.values.shifts.forEach((shifts, i) => {
    for (const shift of shifts) {
      console.log(`  ${i ? 'desktop' : 'phone'}: ${shift.value.toFixed(4)} at ${shift.at} ms: ${shift.sources.join(', ')}`);
    }
  });
}

const missed = rows.filter((r) => r.pass === false);
mkdirSync('bench/results', { recursive: true });
writeFileSync(
  'bench/results/latest.json',
  JSON.stringify({ machine, budgets: BUDGETS, rows, samples }, null, 2) + '\n',
);
console.log(`\nWritten to bench/results/latest.json.`);
if (missed.length) {
  console.log(`${missed.length} budget(s) missed: ${missed.map((r) => r.figure).join('; ')}.`);
  process.exit(1);
}
console.log('All budgets met.');
