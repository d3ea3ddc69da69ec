// Routes that the test server adds under /__test__/ for loader and element tests: status codes,
// a server that never answers, slow bodies and request counters; for the security tests, generated large
// feeds, a request that records whether the client gave up on it, and a page served with a strict
// Content-Security-Policy.
// Each route is a small function here; tests talk to them over plain HTTP.

import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const counters = new Map();
const accepts = new Map();
/** Requests under a key whose client went away before the answer: an aborted fetch. */
const aborts = new Map();

/** The shared real-world feed corpus, when this checkout sits beside it (../shared/corpus). */
const corpusDir = fileURLToPath(new URL('../../../shared/corpus/', import.meta.url));

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function fixture(parts) {
  return readFile(new URL(`../fixtures/${parts.join('/')}`, import.meta.url), 'utf8');
}

/** Counts a request under `key` and remembers the Accept header it came with. */
function count(key, context) {
  counters.set(key, (counters.get(key) ?? 0) + 1);
  accepts.set(key, context.get('accept'));
}

/**
 * Answers through Node's own response object. The dev server answers every plugin response with 200 and a complete
 * body; this is how a route sends another status, a body in slow parts, or a connection that breaks off.
 * `parts` are written `gap` ms apart; with `cut`, the connection is destroyed instead of sending the last part.
 */
function answer(context, { status = 200, headers = {}, parts = [], gap = 0, cut = false }) {
  context.respond = false;
  const { res } = context;
  res.writeHead(status, headers);
  (async () => {
    for (const [index, part] of parts.entries()) {
      if (index > 0) await sleep(gap);
      if (res.destroyed) return;
      if (cut && index === parts.length - 1) return res.destroy();
      res.write(part);
    }
    res.end();
  })();
  return { body: '', type: headers['content-type'] ?? 'text/plain' };
}

/** A loopback port with nothing listening on it: opened by the system, then closed again. */
function closedPort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Generated feeds by URL: each is built once per server. */
const generated = new Map();

/**
 * A large feed as JSON text:
 * - `items`: `n` small items (default 50,000), every tenth with a `_news.rank` from the end, so that the top stories
 *   are items 49,990, 49,980…;
 * - `bytes`: at least `n` MB (default 10) of items with long `content_html` bodies;
 * - `long-text`: three items whose every text field is `n` characters long (default 100,000);
 * - `nested`: one item, and arrays nested `n` levels deep (default 100,000) in an extension of the feed and the item.
 * Item `i` has the id `item-i` and the title `Story i`.
 */
function generatedFeed(kind, n) {
  const id = `${kind}:${n}`;
  if (generated.has(id)) return generated.get(id);
  const head = { version: 'https://jsonfeed.org/version/1.1', title: `Generated: ${kind}`, language: 'en' };
  const item = (i, extra = {}) => ({
    id: `item-${i}`,
    url: `https://news.example/stories/${i}`,
    title: `Story ${i}`,
    date_published: '2024-03-04T07:46:00-05:00',
    authors: [{ name: `Author ${i % 97}` }],
    ...extra,
  });
  let feed;
  if (kind === 'items') {
    const count = n || 50_000;
    const items = Array.from({ length: count }, (_, i) => item(i, i % 10 === 0 ? { _news: { rank: count - i } } : {}));
    feed = { ...head, items };
  } else if (kind === 'bytes') {
    const bytes = (n || 10) * 1024 * 1024;
    const paragraph = '<p>The council met on <b>Monday</b> to discuss the harbor, the bridge &amp; the budget.</p>\n';
    const body = paragraph.repeat(Math.ceil(8192 / paragraph.length));
    const items = [];
    for (let size = 0, i = 0; size < bytes; i++) {
      const next = item(i, { content_html: body });
      size += JSON.stringify(next).length + 1;
      items.push(next);
    }
    feed = { ...head, items };
  } else if (kind === 'long-text') {
    const length = n || 100_000;
    const long = (word) => (word + ' ').repeat(Math.ceil(length / (word.length + 1))).slice(0, length);
    const items = [0, 1, 2].map((i) =>
      item(i, {
        title: `Story ${i} ${long('headline')}`,
        summary: long('summary'),
        content_text: long('body'),
        authors: [{ name: long('Name') }],
        tags: [long('tag')],
        image: '/tests/fixtures/images/photo.svg',
        _news: { section: long('section'), image_alt: long('alt'), image_credit: long('credit') },
      }),
    );
    feed = { ...head, title: long('feed'), description: long('description'), items };
  } else if (kind === 'nested') {
    const depth = n || 100_000;
    const deep = '['.repeat(depth) + ']'.repeat(depth);
    const text = JSON.stringify({ ...head, _deep: 0, items: [{ ...item(0), _deep: 0 }] }).replaceAll('"_deep":0', `"_deep":${deep}`);
    generated.set(id, text);
    return text;
  } else {
    return undefined;
  }
  const text = JSON.stringify(feed);
  generated.set(id, text);
  return text;
}

/** The Trusted Types policy names that the elements create: Lit's one. SECURITY.md documents the same list. */
export const TRUSTED_TYPES_POLICIES = ['lit-html'];

/**
 * A page that loads the elements under
 * `Content-Security-Policy: default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for
 * 'script'; trusted-types <policies>`, with no inline script or style of its own. Query:
 * - `build=source` (default): the elements as ES modules from src/, as the dev server compiles them (Lit's
 *   development build); `build=bundle`: one classic script bundled like the drop-in (Lit's production build);
 *   `build=both`: the bundle and then the modules, two copies of Lit on one page;
 * - `policies`: the `trusted-types` names, comma-separated (default: the documented list); `duplicates=1` adds
 *   'allow-duplicates';
 * - `feed`: the URL every element loads (default: the hostile fixture);
 * - `violate`: makes the page break its own policy once, to prove that the harness sees it (see csp-harness.js).
 * The harness reports to the parent window with postMessage.
 */
function cspPage(params) {
  const policies = (params.get('policies') ?? TRUSTED_TYPES_POLICIES.join(','))
    .split(',')
    .filter((name) => /^[\w-]+$/.test(name));
  const duplicates = params.get('duplicates') === '1' ? " 'allow-duplicates'" : '';
  const csp = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "require-trusted-types-for 'script'",
    `trusted-types ${policies.join(' ') || "'none'"}${duplicates}`,
  ].join('; ');
  const build = params.get('build') ?? 'source';
  const scripts = [];
  if (build === 'bundle' || build === 'both') scripts.push('<script src="/__test__/csp/bundle.js"></script>');
  if (build === 'source' || build === 'both') scripts.push('<script type="module" src="/src/news-widgets.ts"></script>');
  const escape = (text) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  const feed = escape(params.get('feed') ?? '/tests/fixtures/security/hostile.json');
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>news-widgets under a strict CSP</title>
<script src="/__test__/csp/harness.js"></script>
${scripts.join('\n')}
</head>
<body>
<news-card src="${feed}"></news-card>
<news-trending src="${feed}" limit="10"></news-trending>
<news-byline src="${feed}"></news-byline>
<news-feed src="${feed}"></news-feed>
<news-trending id="inline" heading="Inline feed"><script type="application/feed+json">
{"version": "https://jsonfeed.org/version/1.1", "title": "Inline", "items": [
  {"id": "1", "title": "An inline feed needs no request <script>alert(1)<\\/script>", "url": "/inline/1"}
]}
</script></news-trending>
</body>
</html>`;
  return {
    headers: { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': csp, 'cache-control': 'no-store' },
    parts: [html],
  };
}

let bundle;

/**
 * src/news-widgets.ts as one classic script, as `npm run build` makes the drop-in: Lit's production build (the
 * default export conditions), an IIFE. Built with esbuild on the first request, then kept.
 */
function dropInBundle() {
  bundle ??= import('esbuild').then(async ({ build }) => {
    const result = await build({
      entryPoints: [fileURLToPath(new URL('../../src/news-widgets.ts', import.meta.url))],
      bundle: true,
      format: 'iife',
      target: 'es2021',
      minify: true,
      write: false,
      tsconfig: fileURLToPath(new URL('../../tsconfig.json', import.meta.url)),
      logLevel: 'silent',
    });
    return result.outputFiles[0].text;
  });
  return bundle;
}

/** @returns {import('@web/dev-server-core').Plugin[]} */
export function testServer() {
  return [
    {
      name: 'news-widgets-test-server',
      async serve(context) {
        const url = new URL(context.url, 'http://localhost');
        if (!url.pathname.startsWith('/__test__/')) return undefined;
        const [, , route, ...rest] = url.pathname.split('/');
        const key = url.searchParams.get('key') ?? '';
        // Every route but /requests counts its requests when given ?key=K; preflights (OPTIONS) count as `K:preflight`.
        if (key && route !== 'requests') count(context.method === 'OPTIONS' ? `${key}:preflight` : key, context);
        if (route === 'corpus') {
          // /__test__/corpus/<folder>/ lists a corpus folder as JSON ({ available, files });
          // /__test__/corpus/<folder>/<file> serves one file as text.
          const [folder, file] = rest;
          if (!existsSync(corpusDir) || !/^[\w-]+$/.test(folder ?? '')) {
            return { body: JSON.stringify({ available: false, files: [] }), type: 'application/json' };
          }
          if (!file) {
            const files = (await readdir(corpusDir + folder)).sort();
            return { body: JSON.stringify({ available: true, files }), type: 'application/json' };
          }
          if (!/^[\w.-]+$/.test(file)) return undefined;
          return { body: await readFile(`${corpusDir}${folder}/${file}`, 'utf8'), type: 'text/plain' };
        }
        if (route === 'count') {
          // /__test__/count/<file under tests/fixtures>?key=K : serves the fixture and counts requests per key.
          return { body: await fixture(rest), type: 'application/feed+json' };
        }
        if (route === 'requests') {
          // { count, accept }: how many requests were counted for the key, and the last one's Accept header.
          const body = { count: counters.get(key) ?? 0, accept: accepts.get(key) ?? null, aborted: aborts.get(key) ?? 0 };
          return { body: JSON.stringify(body), type: 'application/json' };
        }
        if (route === 'status') {
          const status = Number(rest[0]) || 500;
          const html = `<!doctype html><title>${status}</title><h1>Error ${status}</h1>`;
          return answer(context, { status, headers: { 'content-type': 'text/html' }, parts: [html] });
        }
        if (route === 'cors') {
          // /__test__/cors/<fixture>[?allow=0] : a fixture for requests from another origin, sent with
          // Access-Control-Allow-Origin unless allow=0; a preflight would be answered too (and counted).
          const allow = url.searchParams.get('allow') !== '0';
          const headers = allow ? { 'access-control-allow-origin': '*' } : {};
          if (context.method === 'OPTIONS') {
            const preflight = { ...headers, 'access-control-allow-headers': '*', 'access-control-allow-methods': 'GET' };
            return answer(context, { status: 204, headers: preflight });
          }
          return answer(context, {
            headers: { ...headers, 'content-type': 'application/feed+json' },
            parts: [await fixture(rest)],
          });
        }
        if (route === 'trickle') {
          // /__test__/trickle/<fixture>?parts=N&ms=M[&cut=1] : the fixture in N parts, M ms apart;
          // with cut=1 the connection breaks off before the last part.
          const text = await fixture(rest);
          const n = Math.max(1, Number(url.searchParams.get('parts') ?? 4));
          const size = Math.ceil(text.length / n);
          const parts = Array.from({ length: n }, (_, i) => text.slice(i * size, (i + 1) * size));
          return answer(context, {
            headers: { 'content-type': 'application/feed+json' },
            parts,
            gap: Number(url.searchParams.get('ms') ?? 100),
            cut: url.searchParams.get('cut') === '1',
          });
        }
        if (route === 'closed-port') {
          // { port }: a loopback port that refuses connections, for network failures.
          return { body: JSON.stringify({ port: await closedPort() }), type: 'application/json' };
        }
        if (route === 'hang') {
          await sleep(Number(url.searchParams.get('ms') ?? 30000));
          return { body: '{}', type: 'application/json' };
        }
        if (route === 'hold') {
          // /__test__/hold?key=K&ms=M : answers a small feed after M ms (default 3000), unless the client goes away
          // first; that is counted under K as `aborted` in /__test__/requests.
          const ms = Number(url.searchParams.get('ms') ?? 3000);
          const gone = await new Promise((resolve) => {
            const timer = setTimeout(() => resolve(false), ms);
            context.res.once('close', () => {
              clearTimeout(timer);
              resolve(!context.res.writableEnded);
            });
          });
          if (gone) {
            aborts.set(key, (aborts.get(key) ?? 0) + 1);
            return { body: '', type: 'text/plain' };
          }
          return { body: await fixture(['small-feed.json']), type: 'application/feed+json' };
        }
        if (route === 'generated') {
          // /__test__/generated/<kind>?n=N : a large feed built in memory once per URL (see generatedFeed).
          const text = generatedFeed(rest[0], Number(url.searchParams.get('n') ?? 0));
          if (text === undefined) return undefined;
          return { body: text, type: 'application/feed+json' };
        }
        if (route === 'csp') {
          // /__test__/csp/page?... : a page with a strict CSP and Trusted Types (see cspPage);
          // /__test__/csp/harness.js : its reporting script; /__test__/csp/bundle.js : the drop-in bundle.
          if (rest[0] === 'page') return answer(context, cspPage(url.searchParams));
          if (rest[0] === 'harness.js') {
            return { body: await readFile(new URL('./csp-harness.js', import.meta.url), 'utf8'), type: 'js' };
          }
          if (rest[0] === 'bundle.js') return { body: await dropInBundle(), type: 'js' };
          return undefined;
        }
        if (route === 'body') {
          // /__test__/body?type=T&text=... : answers with exactly that text and content type.
          return { body: url.searchParams.get('text') ?? '', type: url.searchParams.get('type') ?? 'text/plain' };
        }
        return undefined;
      },
    },
  ];
}
