// Routes that the test server adds under /__test__/ for loader and element tests: status codes,
// a server that never answers, slow bodies and request counters.
// Each route is a small function here; tests talk to them over plain HTTP.

const counters = new Map();

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
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
        if (route === 'count') {
          // /__test__/count/<file under tests/fixtures>?key=K : serves the fixture and counts requests per key.
          counters.set(key, (counters.get(key) ?? 0) + 1);
          const { readFile } = await import('node:fs/promises');
          const body = await readFile(new URL(`../fixtures/${rest.join('/')}`, import.meta.url), 'utf8');
          return { body, type: 'application/feed+json' };
        }
        if (route === 'requests') {
          return { body: JSON.stringify({ count: counters.get(key) ?? 0 }), type: 'application/json' };
        }
        if (route === 'status') {
          context.status = Number(rest[0]) || 500;
          return { body: `<!doctype html><title>${context.status}</title><h1>Error ${context.status}</h1>`, type: 'text/html' };
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
