import { expect } from '@open-wc/testing';
import {
  clearFeedCache,
  DEFAULT_TIMEOUT,
  isAbortError,
  loadFeed,
  parseFeedText,
  readInlineFeed,
  resolveFeed,
} from '../../src/feed/loader.js';
import { FeedError, type NormalizeResult } from '../../src/feed/types.js';

const SMALL_FEED_TITLE = 'The Daily Example';

let keys = 0;
/** A request-counter key no other test (or test file) uses. */
function newKey(): string {
  keys += 1;
  return `loader-${keys}-${Math.random().toString(36).slice(2)}`;
}

function counted(file: string, key: string): string {
  return `/__test__/count/${file}?key=${key}`;
}

async function requestsFor(key: string): Promise<{ count: number; accept: string | null }> {
  return (await fetch(`/__test__/requests?key=${encodeURIComponent(key)}`)).json();
}

function bodyUrl(text: string, type: string, key = newKey()): string {
  return `/__test__/body?key=${key}&type=${encodeURIComponent(type)}&text=${encodeURIComponent(text)}`;
}

/** The rejection of `promise`; fails the test when it resolves. */
async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the promise to reject, but it resolved');
}

async function feedErrorOf(promise: Promise<unknown>): Promise<FeedError> {
  const error = await rejectionOf(promise);
  expect(error).to.be.instanceOf(FeedError);
  return error as FeedError;
}

function absolute(path: string): string {
  return new URL(path, document.baseURI).href;
}

/** The page's server under its other loopback name: another origin. */
function otherOrigin(): string {
  const host = location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
  return `${location.protocol}//${host}:${location.port}`;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Records every fetch the loader makes (without changing what fetch does). */
function watchFetch() {
  const original = window.fetch;
  const calls: { url: string; init?: RequestInit }[] = [];
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    calls.push({ url: String(input), init });
    return original(input, init);
  };
  return { calls, restore: () => void (window.fetch = original) };
}

function host(html: string): HTMLElement {
  const element = document.createElement('div');
  element.innerHTML = html;
  document.body.append(element);
  return element;
}

function inlineScript(json: unknown, type = 'application/feed+json'): string {
  return `<script type="${type}">${JSON.stringify(json)}</script>`;
}

const inlineFeed = {
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Inline feed',
  items: [{ id: 'in-1', title: 'Read from the page', url: 'stories/in-1' }],
};

const propertyFeed = {
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Property feed',
  items: [{ id: 'p-1', title: 'Set by a framework', url: 'https://news.example.com/p-1' }],
};

afterEach(() => {
  clearFeedCache();
  document.querySelectorAll('body > div').forEach((element) => element.remove());
});

describe('loadFeed: shared requests', () => {
  it('loads and normalizes a feed, with the browser\'s own Accept header', async () => {
    const key = newKey();
    const { feed, warnings } = await loadFeed(counted('small-feed.json', key));
    expect(feed.title).to.equal(SMALL_FEED_TITLE);
    expect(feed.items.map((item) => item.id)).to.deep.equal(['harbor-bridge', '2']);
    expect(warnings).to.be.an('array');
    const { accept } = await requestsFor(key);
    expect(accept).to.equal('*/*');
  });

  it('resolves relative URLs in the feed against the URL it was loaded from', async () => {
    const { feed } = await loadFeed(counted('small-feed.json', newKey()));
    expect(feed.items[0].url).to.equal(new URL('/stories/harbor-bridge', location.href).href);
  });

  it('makes one request for five concurrent callers, and none for a sixth after it loaded', async () => {
    const key = newKey();
    const url = counted('small-feed.json', key);
    const results = await Promise.all([1, 2, 3, 4, 5].map(() => loadFeed(url)));
    expect((await requestsFor(key)).count).to.equal(1);
    for (const result of results) expect(result).to.equal(results[0]);
    const sixth = await loadFeed(url);
    expect(sixth).to.equal(results[0]);
    expect((await requestsFor(key)).count).to.equal(1);
  });

  it('shares by absolute URL: relative, absolute and with a fragment are one request', async () => {
    const key = newKey();
    const path = counted('small-feed.json', key);
    await Promise.all([loadFeed(path), loadFeed(absolute(path)), loadFeed(`${path}#top`)]);
    const base = new URL('/__test__/nested/page.html', location.href).href;
    await loadFeed(`../count/small-feed.json?key=${key}`, { base });
    expect((await requestsFor(key)).count).to.equal(1);
  });

  it('makes one request per URL', async () => {
    const key = newKey();
    const other = newKey();
    await Promise.all([
      loadFeed(counted('small-feed.json', key)),
      loadFeed(counted('small-feed.json', key)),
      loadFeed(counted('bom-feed.json', other)),
    ]);
    expect((await requestsFor(key)).count).to.equal(1);
    expect((await requestsFor(other)).count).to.equal(1);
  });

  it('keeps no failed load: a later call asks again', async () => {
    const key = newKey();
    await feedErrorOf(loadFeed(`/__test__/status/503?key=${key}`));
    await feedErrorOf(loadFeed(`/__test__/status/503?key=${key}`));
    expect((await requestsFor(key)).count).to.equal(2);
  });

  it('fetches again after clearFeedCache()', async () => {
    const url = counted('small-feed.json', newKey());
    const watch = watchFetch();
    try {
      await loadFeed(url);
      await loadFeed(url);
      clearFeedCache();
      await loadFeed(url);
    } finally {
      watch.restore();
    }
    expect(watch.calls).to.have.length(2);
  });

  it('asks with default credentials, HTTP cache and mode (a plain CORS GET)', async () => {
    const watch = watchFetch();
    try {
      await loadFeed(counted('small-feed.json', newKey()));
    } finally {
      watch.restore();
    }
    expect(watch.calls).to.have.length(1);
    const request = new Request(watch.calls[0].url, watch.calls[0].init);
    expect(request.method).to.equal('GET');
    expect(request.credentials).to.equal('same-origin');
    expect(request.cache).to.equal('default');
    expect(request.mode).to.equal('cors');
  });

  it('waits 10 seconds by default', () => {
    expect(DEFAULT_TIMEOUT).to.equal(10_000);
  });
});

describe('loadFeed: content', () => {
  it('parses a feed that starts with a UTF-8 byte order mark', async () => {
    const { feed } = await loadFeed(counted('bom-feed.json', newKey()));
    expect(feed.title).to.equal('Feed saved with a byte order mark');
  });

  it('loads feeds labelled application/json, text/plain, or with no useful type', async () => {
    const text = JSON.stringify(propertyFeed);
    for (const type of ['application/json', 'text/plain', 'application/octet-stream', 'text/html']) {
      const { feed } = await loadFeed(bodyUrl(text, type));
      expect(feed.title, type).to.equal('Property feed');
    }
  });

  it('rejects an HTML page served with 200 as parse, showing how it starts', async () => {
    const html = '<!doctype html>\n<html><head><title>Home</title></head><body>Welcome</body></html>';
    const url = bodyUrl(html, 'text/html');
    const error = await feedErrorOf(loadFeed(url));
    expect(error.code).to.equal('parse');
    expect(error.src).to.equal(absolute(url));
    expect(error.message).to.contain(absolute(url));
    expect(error.message).to.contain('is not JSON');
    const start = error.message.slice(error.message.indexOf(' is not JSON'));
    expect(start).to.equal(' is not JSON (it starts with "<!doctype html>\\n<html><head><title>Home</title></head><body>…").');
    expect(start).not.to.contain('Welcome');
  });

  it('rejects an empty body as parse', async () => {
    const error = await feedErrorOf(loadFeed(bodyUrl('', 'application/feed+json')));
    expect(error.code).to.equal('parse');
    expect(error.message).to.contain('empty');
  });

  it('rejects truncated JSON as parse', async () => {
    const text = JSON.stringify(propertyFeed).slice(0, 50);
    const error = await feedErrorOf(loadFeed(bodyUrl(text, 'application/feed+json')));
    expect(error.code).to.equal('parse');
    expect(error.message).to.contain('(it starts with "{\\"version\\":\\"https://jsonfeed.org');
  });

  for (const text of ['null', '[]', '[{"version":"https://jsonfeed.org/version/1.1"}]', '42', '"feed"', '{"hello":"world"}']) {
    it(`rejects JSON that is not a feed (${text}) as invalid, with the URL`, async () => {
      const url = bodyUrl(text, 'application/json');
      const error = await feedErrorOf(loadFeed(url));
      expect(error.code).to.equal('invalid');
      expect(error.src).to.equal(absolute(url));
      expect(error.path).to.be.a('string');
      expect(error.message.startsWith(`The feed at ${absolute(url)} `), error.message).to.equal(true);
    });
  }

  it('says what is wrong with JSON that is not a feed', async () => {
    const url = bodyUrl('null', 'application/json');
    const error = await feedErrorOf(loadFeed(url));
    expect(error.message).to.equal(`The feed at ${absolute(url)} is not a JSON Feed: null is not an object.`);
    expect(error.path).to.equal('');
  });
});

describe('loadFeed: failures', () => {
  for (const status of [404, 500, 503]) {
    it(`rejects ${status} as http with the status`, async () => {
      const url = `/__test__/status/${status}`;
      const error = await feedErrorOf(loadFeed(url));
      expect(error.code).to.equal('http');
      expect(error.status).to.equal(status);
      expect(error.src).to.equal(absolute(url));
      expect(error.message).to.contain(absolute(url));
      expect(error.message).to.contain(String(status));
    });
  }

  it('names the status of a 404', async () => {
    const error = await feedErrorOf(loadFeed('/__test__/status/404'));
    expect(error.message).to.equal(`The feed at ${absolute('/__test__/status/404')} answered HTTP 404.`);
  });

  it('rejects a server that does not answer in time as timeout, promptly', async () => {
    const url = '/__test__/hang?ms=3000';
    const started = performance.now();
    const error = await feedErrorOf(loadFeed(url, { timeout: 300 }));
    expect(performance.now() - started).to.be.below(1500);
    expect(error.code).to.equal('timeout');
    expect(error.src).to.equal(absolute(url));
    expect(error.message).to.equal(`The feed at ${absolute(url)} did not answer within 0.3 s.`);
  });

  it('counts a body that trickles in past the timeout as timeout', async () => {
    const error = await feedErrorOf(loadFeed('/__test__/trickle/small-feed.json?parts=4&ms=300', { timeout: 500 }));
    expect(error.code).to.equal('timeout');
  });

  it('waits for a slow body within the timeout', async () => {
    const { feed } = await loadFeed('/__test__/trickle/small-feed.json?parts=3&ms=100', { timeout: 2000 });
    expect(feed.title).to.equal(SMALL_FEED_TITLE);
  });

  it('gives each caller its own timeout', async () => {
    const url = '/__test__/trickle/small-feed.json?parts=3&ms=200';
    const impatient = loadFeed(url, { timeout: 100 });
    const patient = loadFeed(url, { timeout: 5000 });
    expect((await feedErrorOf(impatient)).code).to.equal('timeout');
    expect((await patient).feed.title).to.equal(SMALL_FEED_TITLE);
  });

  it('rejects a connection that breaks off as network', async () => {
    const url = '/__test__/trickle/small-feed.json?parts=3&ms=50&cut=1';
    const error = await feedErrorOf(loadFeed(url));
    expect(error.code).to.equal('network');
    expect(error.src).to.equal(absolute(url));
  });

  it('rejects a refused connection as network, naming both causes', async () => {
    const { port } = await (await fetch('/__test__/closed-port')).json();
    const url = `http://127.0.0.1:${port}/feed.json`;
    const error = await feedErrorOf(loadFeed(url));
    expect(error.code).to.equal('network');
    expect(error.src).to.equal(url);
    expect(error.message).to.equal(
      `The feed at ${url} could not be reached (server down, or no Access-Control-Allow-Origin for this site).`,
    );
  });

  it('rejects a feed on another origin without CORS headers as network', async () => {
    const key = newKey();
    const url = `${otherOrigin()}/__test__/cors/small-feed.json?allow=0&key=${key}`;
    const error = await feedErrorOf(loadFeed(url));
    expect(error.code).to.equal('network');
    expect(error.message).to.contain('Access-Control-Allow-Origin');
  });

  it('loads a feed from another origin that allows it, with no preflight', async () => {
    const key = newKey();
    const url = `${otherOrigin()}/__test__/cors/small-feed.json?key=${key}`;
    const { feed } = await loadFeed(url);
    expect(feed.title).to.equal(SMALL_FEED_TITLE);
    expect((await requestsFor(key)).count).to.equal(1);
    expect((await requestsFor(`${key}:preflight`)).count).to.equal(0);
  });

  it('rejects addresses it cannot fetch as network, without a request', async () => {
    const watch = watchFetch();
    try {
      for (const src of ['javascript:alert(1)', 'data:application/json,{}', 'http://[bad']) {
        const error = await feedErrorOf(loadFeed(src));
        expect(error.code, src).to.equal('network');
        expect(error.src, src).to.equal(src);
        expect(error.message, src).to.equal(`The feed at ${src} is not an http(s) URL.`);
      }
    } finally {
      watch.restore();
    }
    expect(watch.calls).to.have.length(0);
  });
});

describe('loadFeed: abort', () => {
  const slow = (key: string) => `/__test__/trickle/small-feed.json?parts=3&ms=150&key=${key}`;

  it('rejects an aborted caller at once with AbortError; the other caller still gets the feed', async () => {
    const key = newKey();
    const controller = new AbortController();
    const leaving = loadFeed(slow(key), { signal: controller.signal });
    const staying = loadFeed(slow(key));
    await sleep(50);
    const started = performance.now();
    controller.abort();
    const error = await rejectionOf(leaving);
    expect(performance.now() - started).to.be.below(100);
    expect(error).to.be.instanceOf(DOMException);
    expect((error as DOMException).name).to.equal('AbortError');
    expect(isAbortError(error)).to.equal(true);
    expect(isAbortError(new FeedError('timeout', 'late'))).to.equal(false);
    expect(isAbortError(new Error('boom'))).to.equal(false);
    expect((await staying).feed.title).to.equal(SMALL_FEED_TITLE);
    expect((await requestsFor(key)).count).to.equal(1);
  });

  it('cancels the request when every caller has aborted, and starts afresh after', async () => {
    const url = slow(newKey());
    const watch = watchFetch();
    try {
      const first = new AbortController();
      const second = new AbortController();
      const loads = [loadFeed(url, { signal: first.signal }), loadFeed(url, { signal: second.signal })];
      const rejections = loads.map(rejectionOf);
      expect(watch.calls).to.have.length(1);
      const requestSignal = watch.calls[0].init?.signal as AbortSignal;
      await sleep(50);
      first.abort();
      await sleep(0);
      expect(requestSignal.aborted, 'cancelled while a caller still waits').to.equal(false);
      second.abort();
      await sleep(0);
      expect(requestSignal.aborted).to.equal(true);
      for (const error of await Promise.all(rejections)) expect(isAbortError(error)).to.equal(true);
      const { feed } = await loadFeed(url);
      expect(feed.title).to.equal(SMALL_FEED_TITLE);
      expect(watch.calls).to.have.length(2);
    } finally {
      watch.restore();
    }
  });

  it('cancels the request when every caller has timed out', async () => {
    const watch = watchFetch();
    let load: Promise<unknown>;
    try {
      load = loadFeed('/__test__/hang?ms=2000', { timeout: 100 });
    } finally {
      watch.restore();
    }
    expect((await feedErrorOf(load)).code).to.equal('timeout');
    expect((watch.calls[0].init?.signal as AbortSignal).aborted).to.equal(true);
  });

  it('logs nothing and leaves no unhandled rejection when aborted', async () => {
    const logged: unknown[][] = [];
    const original = { error: console.error, warn: console.warn };
    console.error = (...args: unknown[]) => void logged.push(args);
    console.warn = (...args: unknown[]) => void logged.push(args);
    const unhandled: PromiseRejectionEvent[] = [];
    const onUnhandled = (event: PromiseRejectionEvent) => unhandled.push(event);
    window.addEventListener('unhandledrejection', onUnhandled);
    try {
      const controller = new AbortController();
      const load = loadFeed(slow(newKey()), { signal: controller.signal });
      load.catch(() => undefined);
      await sleep(30);
      controller.abort();
      await sleep(300);
    } finally {
      console.error = original.error;
      console.warn = original.warn;
      window.removeEventListener('unhandledrejection', onUnhandled);
    }
    expect(logged).to.deep.equal([]);
    expect(unhandled).to.have.length(0);
  });

  it('rejects an already aborted signal without a request', async () => {
    const key = newKey();
    const error = await rejectionOf(loadFeed(counted('small-feed.json', key), { signal: AbortSignal.abort() }));
    expect(isAbortError(error)).to.equal(true);
    expect((await requestsFor(key)).count).to.equal(0);
  });

  it('ignores an abort after the feed has loaded', async () => {
    const controller = new AbortController();
    const result = await loadFeed(counted('small-feed.json', newKey()), { signal: controller.signal });
    controller.abort();
    expect(result.feed.title).to.equal(SMALL_FEED_TITLE);
  });
});

describe('readInlineFeed', () => {
  it('reads a feed script child without a request', async () => {
    const watch = watchFetch();
    let result: NormalizeResult | FeedError | undefined;
    try {
      result = readInlineFeed(host(inlineScript(inlineFeed)));
    } finally {
      watch.restore();
    }
    expect(watch.calls).to.have.length(0);
    expect(result).not.to.be.instanceOf(FeedError);
    const { feed } = result as NormalizeResult;
    expect(feed.title).to.equal('Inline feed');
    expect(feed.items[0].url).to.equal(new URL('stories/in-1', document.baseURI).href);
  });

  it('accepts any JSON type, in any letter case', () => {
    for (const type of ['application/json', 'Application/Feed+JSON', 'application/feed+json; charset=utf-8', 'text/json']) {
      const result = readInlineFeed(host(inlineScript(inlineFeed, type)));
      expect((result as NormalizeResult).feed.title, type).to.equal('Inline feed');
    }
  });

  it('ignores other scripts and scripts that are not direct children', () => {
    expect(readInlineFeed(host(''))).to.equal(undefined);
    expect(readInlineFeed(host(inlineScript(inlineFeed, 'text/javascript')))).to.equal(undefined);
    expect(readInlineFeed(host(`<section>${inlineScript(inlineFeed)}</section>`))).to.equal(undefined);
  });

  it('returns a parse error for a script that is not JSON', () => {
    const element = host('<script type="application/feed+json">{ title: "oops" }</script>');
    const result = readInlineFeed(element);
    expect(result).to.be.instanceOf(FeedError);
    expect((result as FeedError).code).to.equal('parse');
    expect((result as FeedError).src).to.equal(undefined);
  });

  it('returns an invalid error for JSON that is not a feed', () => {
    const result = readInlineFeed(host(inlineScript({ version: 'https://jsonfeed.org/version/1.1', items: 'none' })));
    expect(result).to.be.instanceOf(FeedError);
    const error = result as FeedError;
    expect(error.code).to.equal('invalid');
    expect(error.path).to.equal('items');
    expect(error.src).to.equal(undefined);
    expect(error.message).to.equal('The inline feed script is not a JSON Feed: items "none" is not an array.');
  });

  it('parses a script that starts with a byte order mark', () => {
    const element = host('');
    const script = document.createElement('script');
    script.type = 'application/feed+json';
    script.textContent = `\uFEFF${JSON.stringify(inlineFeed)}`;
    element.append(script);
    expect((readInlineFeed(element) as NormalizeResult).feed.title).to.equal('Inline feed');
  });
});

describe('resolveFeed', () => {
  it('prefers the property over an inline script and src', async () => {
    const key = newKey();
    const element = host(inlineScript(inlineFeed));
    const result = await resolveFeed({ host: element, feed: propertyFeed, src: counted('small-feed.json', key) });
    expect(result?.feed.title).to.equal('Property feed');
    expect((await requestsFor(key)).count).to.equal(0);
  });

  it('prefers an inline script over src', async () => {
    const key = newKey();
    const element = host(inlineScript(inlineFeed));
    const result = await resolveFeed({ host: element, feed: null, src: counted('small-feed.json', key) });
    expect(result?.feed.title).to.equal('Inline feed');
    expect((await requestsFor(key)).count).to.equal(0);
  });

  it('loads src when there is nothing else, sharing the request', async () => {
    const key = newKey();
    const src = counted('small-feed.json', key);
    const [a, b] = await Promise.all([resolveFeed({ host: host(''), src }), loadFeed(src)]);
    expect(a?.feed.title).to.equal(SMALL_FEED_TITLE);
    expect(a).to.equal(b);
    expect((await requestsFor(key)).count).to.equal(1);
  });

  it('resolves relative URLs of a property feed against the document', async () => {
    const feed = { ...propertyFeed, items: [{ id: 'r', title: 'Relative', url: 'stories/r' }] };
    const result = await resolveFeed({ host: host(''), feed });
    expect(result?.feed.items[0].url).to.equal(new URL('stories/r', document.baseURI).href);
  });

  it('resolves to undefined when nothing is configured', async () => {
    expect(await resolveFeed({ host: host('') })).to.equal(undefined);
    expect(await resolveFeed({ host: host(''), feed: null, src: null })).to.equal(undefined);
    expect(await resolveFeed({ host: host(''), src: '  ' })).to.equal(undefined);
  });

  it('rejects with the FeedError of a bad property, inline script or src', async () => {
    expect((await feedErrorOf(resolveFeed({ host: host(''), feed: { title: 'no items' } }))).code).to.equal('invalid');
    const badInline = host('<script type="application/feed+json"><html></script>');
    expect((await feedErrorOf(resolveFeed({ host: badInline }))).code).to.equal('parse');
    const error = await feedErrorOf(resolveFeed({ host: host(''), src: '/__test__/status/404' }));
    expect(error.code).to.equal('http');
    expect(error.src).to.equal(absolute('/__test__/status/404'));
  });

  it('passes the timeout and signal on to the load', async () => {
    const timedOut = await feedErrorOf(resolveFeed({ host: host(''), src: '/__test__/hang?ms=2000', timeout: 100 }));
    expect(timedOut.code).to.equal('timeout');
    const controller = new AbortController();
    const load = resolveFeed({ host: host(''), src: '/__test__/hang?ms=2000', signal: controller.signal });
    await sleep(20);
    controller.abort();
    expect(isAbortError(await rejectionOf(load))).to.equal(true);
  });

  it('waits for the parser to reach the end of the element before choosing inline or src', async () => {
    const key = newKey();
    const frame = document.createElement('iframe');
    document.body.append(frame);
    try {
      const doc = frame.contentDocument!;
      doc.open();
      doc.write('<!doctype html><body><div id="host">');
      expect(doc.readyState).to.equal('loading');
      const element = doc.getElementById('host')!;
      let settled = false;
      const result = resolveFeed({ host: element, src: counted('small-feed.json', key) });
      result.finally(() => (settled = true)).catch(() => undefined);
      await sleep(50);
      expect(settled, 'resolved before the element was parsed').to.equal(false);
      doc.write(`${inlineScript(inlineFeed)}</div><p>after</p>`);
      expect((await result)?.feed.title).to.equal('Inline feed');
      expect((await requestsFor(key)).count).to.equal(0);
      doc.close();
    } finally {
      frame.remove();
    }
  });

  it('does not wait for the parser for an element in a shadow root', async () => {
    const frame = document.createElement('iframe');
    document.body.append(frame);
    try {
      const doc = frame.contentDocument!;
      doc.open();
      doc.write('<!doctype html><body><div id="outer">');
      const inner = doc.createElement('div');
      doc.getElementById('outer')!.attachShadow({ mode: 'open' }).append(inner);
      let settled = false;
      const result = resolveFeed({ host: inner });
      result.finally(() => (settled = true)).catch(() => undefined);
      await sleep(20);
      expect(settled).to.equal(true);
      expect(await result).to.equal(undefined);
      doc.close();
    } finally {
      frame.remove();
    }
  });

  it('rejects with AbortError when aborted while waiting for the parser', async () => {
    const frame = document.createElement('iframe');
    document.body.append(frame);
    try {
      const doc = frame.contentDocument!;
      doc.open();
      doc.write('<!doctype html><body><div id="host">');
      const controller = new AbortController();
      const result = resolveFeed({ host: doc.getElementById('host')!, signal: controller.signal });
      controller.abort();
      expect(isAbortError(await rejectionOf(result))).to.equal(true);
      doc.close();
    } finally {
      frame.remove();
    }
  });
});

describe('parseFeedText: what a hostile body reaches', () => {
  it('reads feed text as a load does: a byte order mark ignored, relative URLs against the given URL', () => {
    const text = '\ufeff{"version":"https://jsonfeed.org/version/1.1","title":"T","items":[{"id":"1","title":"One","url":"/a"}]}';
    const { feed } = parseFeedText(text, 'https://news.example/feeds/main.json');
    expect(feed.items[0].url).to.equal('https://news.example/a');
    expect(feed.feedUrl).to.equal('https://news.example/feeds/main.json');
  });

  it('throws FeedError parse for text that is not JSON, invalid with a path for JSON that is not a feed', () => {
    const parse = (() => {
      try {
        parseFeedText('<!doctype html><title>502</title>');
      } catch (error) {
        return error as FeedError;
      }
    })();
    expect(parse).to.be.instanceOf(FeedError);
    expect(parse!.code).to.equal('parse');
    expect(parse!.message).to.equal('The feed is not JSON (it starts with "<!doctype html><title>502</title>").');
    expect(() => parseFeedText(' \u202e')).to.throw(FeedError, 'The feed is not JSON (it starts with "\ufffd").');
    expect(() => parseFeedText('\ufeff \n')).to.throw(FeedError, 'The feed is not JSON (it is empty).');
    const invalid = (() => {
      try {
        parseFeedText('[1]');
      } catch (error) {
        return error as FeedError;
      }
    })();
    expect(invalid).to.include({ code: 'invalid', path: '', message: 'The feed is not a JSON Feed: […] is not an object.' });
  });

  it('keeps quoted body text on one line in its messages: controls escaped, bidi controls replaced', () => {
    for (const text of ['<b>\u202eevil\u2066</b>\u0085\u2028next line', '{"a":"\u202e\u0085\u0001']) {
      try {
        parseFeedText(text);
        expect.fail('not JSON');
      } catch (error) {
        const { message } = error as FeedError;
        // eslint-disable-next-line no-control-regex -- these characters are what must not be there
        expect(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/.test(message), message).to.equal(false);
        expect(message).to.match(/^The feed is not JSON \(/);
      }
    }
  });
});
