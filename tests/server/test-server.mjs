// Routes that the test server adds under /__test__/ for loader and element tests: status codes,
// a server that never answers, slow bodies and request counters.
// Each route is a small function here; tests talk to them over plain HTTP.

import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const counters = new Map();
const accepts = new Map();

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
          const body = { count: counters.get(key) ?? 0, accept: accepts.get(key) ?? null };
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
        if (route === 'body') {
          // /__test__/body?type=T&text=... : answers with exactly that text and content type.
          return { body: url.searchParams.get('text') ?? '', type: url.searchParams.get('type') ?? 'text/plain' };
        }
        return undefined;
      },
    },
  ];
}
