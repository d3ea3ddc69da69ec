// npm run test:package: what a user gets from npm. Packs the package, checks what the tarball holds, installs it
// into a fresh project, type-checks a TypeScript file that uses the root and an element entry, the tag map and the
// event map, and loads both bundles in Chromium on plain HTML pages with no build step.
// Needs `npm run build` first. Prints "package: N passed, N failed" last.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, mkdirSync, rmSync, existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { launch } from './browser.mjs';

const root = resolve('.');
let passed = 0;
let failed = 0;
async function check(name, fn) {
  try {
    await fn();
    passed += 1;
    console.log(`  ✓ ${name}`);
  } catch (error) {
    failed += 1;
    console.log(`  ✗ ${name}\n    ${String(error?.stack ?? error).split('\n').join('\n    ')}`);
  }
}
function assert(condition, message) {
  if (!condition) throw new Error(message);
}
const sh = (cmd, args, cwd) => execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

if (!existsSync('dist/news-widgets.js') || !existsSync('lib/index.js') || !existsSync('custom-elements.json')) {
  console.error('Run npm run build first.');
  process.exit(1);
}

const work = mkdtempSync(join(tmpdir(), 'news-widgets-package-'));
const elements = ['news-card', 'news-trending', 'news-byline', 'news-feed'];
console.log(`Package test in ${work}`);

// 1. The tarball's contents.
const [packInfo] = JSON.parse(sh('npm', ['pack', '--json', '--pack-destination', work], root));
const tarball = join(work, packInfo.filename);
const files = packInfo.files.map((file) => file.path);
await check('the tarball ships the build, types, maps, manifest, README and LICENSE', () => {
  for (const file of ['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md', 'custom-elements.json', 'dist/news-widgets.js',
    'dist/news-widgets.js.map', 'dist/news-widgets.mjs', 'lib/index.js', 'lib/index.d.ts', 'lib/index.js.map',
    ...elements.flatMap((el) => [`lib/elements/${el}.js`, `lib/elements/${el}.d.ts`])]) {
    assert(files.includes(file), `missing ${file}`);
  }
});
await check('the tarball holds no tests, demo, fixtures, sources of tools or configs', () => {
  const extra = files.filter((file) => /^(tests|demo|bench|tools|src|docs|\.ci)\//.test(file) || /config|fixture/.test(file));
  assert(extra.length === 0, `unexpected files: ${extra.join(', ')}`);
});

// 2. Install into a fresh project and type-check a user's file.
const app = join(work, 'app');
mkdirSync(app);
writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'module' }));
sh('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', tarball], app);
writeFileSync(
  join(app, 'tsconfig.json'),
  JSON.stringify({
    compilerOptions: { target: 'ES2021', module: 'ESNext', moduleResolution: 'bundler', strict: true, noEmit: true, lib: ['ES2022', 'DOM'], types: [] },
    include: ['use.ts'],
  }),
);
writeFileSync(
  join(app, 'use.ts'),
  `import { NewsCard, loadFeed, FeedError, addStrings, type Article, type NewsErrorDetail } from 'news-widgets';
import 'news-widgets/news-trending.js';
import 'news-widgets/locales/de.js';

addStrings('pt', { showMore: 'Mostrar mais' });
// @ts-expect-error not a key of NewsStrings
addStrings('pt', { shoMore: 'Mostrar mais' });

const card: NewsCard | null = document.querySelector('news-card');
const trending = document.querySelector('news-trending');
if (trending) trending.limit = 3;
// @ts-expect-error limit is a number
if (trending) trending.limit = 'three';
const made = document.createElement('news-feed');
made.src = '/feed.json';
document.addEventListener('news-error', (event) => {
  const detail: NewsErrorDetail = event.detail;
  const code: 'network' | 'timeout' | 'http' | 'parse' | 'invalid' | 'not-found' = detail.code;
  console.log(code, detail.status);
});
document.addEventListener('news-article-click', (event) => {
  const article: Article = event.detail.article;
  console.log(article.headline, event.detail.position);
});
loadFeed('/feed.json').then(({ feed }) => console.log(feed.items.length), (error: unknown) => {
  if (error instanceof FeedError) console.log(error.code);
});
console.log(card?.variant);
`,
);
await check('a TypeScript user file type-checks against the installed package (tag map, event map, entries)', () => {
  try {
    sh(join(root, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.json'], app);
  } catch (error) {
    throw new Error(`${error.stdout}${error.stderr}`, { cause: error });
  }
});
await check('package.json has an exports entry per element and references custom-elements.json', async () => {
  const installed = join(app, 'node_modules/news-widgets');
  const pkg = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
  for (const el of elements) assert(pkg.exports[`./${el}.js`], `no exports entry for ${el}`);
  assert(pkg.customElements === 'custom-elements.json', 'customElements is not referenced');
});

// 3. Both bundles on plain pages.
const feed = JSON.stringify({
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Plain page',
  items: [
    { id: '1', title: 'Tensions Rise in the Balkans Amid New Regional Military Alliances', url: 'https://example.com/1',
      date_published: '2025-03-24T07:46:00+01:00', authors: [{ name: 'Asger Risom' }], _news: { section: 'World', rank: 1 } },
  ],
}).replace(/</g, '\\u003c');
const body = `
  <news-card id="card"><script type="application/feed+json">${feed}</script></news-card>
  <news-trending id="trending"><script type="application/feed+json">${feed}</script></news-trending>
  <news-byline id="byline" author="Asger Risom" published="2025-03-24T07:46:00+01:00" time-zone="Europe/Copenhagen"></news-byline>
  <news-feed id="feed"><script type="application/feed+json">${feed}</script></news-feed>`;
const site = join(work, 'site');
mkdirSync(site);
const dist = join(app, 'node_modules/news-widgets/dist');
const pages = {
  'head-blocking.html': `<!doctype html><html lang="en"><head><link rel="icon" href="data:,"><script src="/dist/news-widgets.js"></script></head><body>${body}</body></html>`,
  'head-defer.html': `<!doctype html><html lang="en"><head><link rel="icon" href="data:,"><script defer src="/dist/news-widgets.js"></script></head><body>${body}</body></html>`,
  'async.html': `<!doctype html><html lang="en"><head><link rel="icon" href="data:,"><script async src="/dist/news-widgets.js"></script></head><body>${body}</body></html>`,
  'body-end.html': `<!doctype html><html lang="en"><head><link rel="icon" href="data:,"></head><body>${body}<script src="/dist/news-widgets.js"></script></body></html>`,
  'twice.html': `<!doctype html><html lang="en"><head><link rel="icon" href="data:,"><script src="/dist/news-widgets.js"></script></head><body>${body}<script src="/dist/news-widgets.js"></script></body></html>`,
  'module.html': `<!doctype html><html lang="en"><head><link rel="icon" href="data:,"><script type="module" src="/dist/news-widgets.mjs"></script></head><body>${body}</body></html>`,
  'beside-npm.html': `<!doctype html><html lang="en"><head><link rel="icon" href="data:,"><script type="importmap">{"imports":{"lit":"/lit/index.js","lit/":"/lit/","@lit/reactive-element":"/reactive-element/reactive-element.js","@lit/reactive-element/":"/reactive-element/","lit-html":"/lit-html/lit-html.js","lit-html/":"/lit-html/","lit-element/":"/lit-element/"}}</script>
    <script type="module" src="/npm/index.js"></script><script defer src="/dist/news-widgets.js"></script></head><body>${body}</body></html>`,
};
for (const [name, html] of Object.entries(pages)) writeFileSync(join(site, name), html);
writeFileSync(
  join(site, 'german.html'),
  pages['head-defer.html'].replace('lang="en"', 'lang="de"').replace('<script defer', '<script defer src="/dist/locales/de.js"></script><script defer'),
);
writeFileSync(
  join(site, 'entry.html'),
  pages['beside-npm.html'].replace(/<script type="module" src="\/npm\/index.js"><\/script><script defer src="\/dist\/news-widgets.js"><\/script>/, '<script type="module" src="/npm/elements/news-card.js"></script>'),
);
const modules = join(app, 'node_modules');
const mounts = [
  ['/dist/', dist],
  ['/npm/', join(modules, 'news-widgets/lib')],
  ['/lit/', join(modules, 'lit')],
  ['/lit-html/', join(modules, 'lit-html')],
  ['/lit-element/', join(modules, 'lit-element')],
  ['/reactive-element/', join(modules, '@lit/reactive-element')],
  ['/', site],
];
const http = createServer(async (req, res) => {
  const path = new URL(req.url, 'http://x').pathname;
  const [prefix, dir] = mounts.find(([p]) => path.startsWith(p));
  try {
    const data = await readFile(join(dir, path.slice(prefix.length)));
    res.writeHead(200, { 'content-type': path.endsWith('.html') ? 'text/html' : 'text/javascript' }).end(data);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((r) => http.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${http.address().port}`;
const browser = await launch();
try {
  for (const name of Object.keys(pages)) {
    await check(`${name}: every element upgrades and renders, with no error on the page`, async () => {
      const page = await browser.newPage();
      const errors = [];
      page.on('pageerror', (error) => errors.push(String(error)));
      page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
      await page.goto(`${origin}/${name}`);
      await page.waitForFunction(
        () => ['card', 'trending', 'byline', 'feed'].every((id) => document.getElementById(id)?.getAttribute('state') === 'ready'),
        null,
        { timeout: 10000 },
      );
      const headline = await page.locator('#card a').first().textContent();
      assert(headline?.includes('Tensions Rise in the Balkans'), `card headline is ${headline}`);
      const made = await page.evaluate(async () => {
        const el = document.createElement('news-byline');
        el.setAttribute('author', 'Ada');
        document.body.append(el);
        for (let i = 0; i < 100 && el.getAttribute('state') !== 'ready'; i += 1) await new Promise((r) => setTimeout(r, 20));
        return el.shadowRoot?.textContent?.includes('Ada') ?? false;
      });
      assert(made, 'an element made with document.createElement did not upgrade');
      const defined = await page.evaluate(() => ['news-card', 'news-trending', 'news-byline', 'news-feed'].every((t) => customElements.get(t)));
      assert(defined, 'not every tag is defined');
      assert(errors.length === 0, `page errors: ${errors.join('; ')}`);
      await page.close();
    });
  }
  await check('dist/locales/de.js beside the drop-in script: the elements speak German', async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}/german.html`);
    await page.waitForFunction(() => document.getElementById('trending')?.getAttribute('state') === 'ready', null, { timeout: 10000 });
    const heading = await page.evaluate(() => document.getElementById('trending').shadowRoot.querySelector('[part~=heading]')?.textContent);
    assert(heading?.includes('Im Trend'), `trending heading is ${heading}`);
    await page.close();
  });
  await check('news-widgets/news-card.js defines <news-card> and no other tag', async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}/entry.html`);
    await page.waitForFunction(() => customElements.get('news-card'), null, { timeout: 10000 });
    const others = await page.evaluate(() => ['news-trending', 'news-byline', 'news-feed'].filter((tag) => customElements.get(tag)));
    assert(others.length === 0, `also defined: ${others.join(', ')}`);
    await page.close();
  });
} finally {
  await browser.close();
  http.close();
  if (!process.env.KEEP_PACKAGE_TEST) rmSync(work, { recursive: true, force: true });
}

console.log(`package: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
