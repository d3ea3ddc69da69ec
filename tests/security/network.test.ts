/**
 * Network faults, through the real elements: what a site owner sees in `news-error` (code, status, a message that
 * says what to fix) and what a reader sees (`part="message"`), and that an element removed from the page while its
 * request is in flight cancels it without a trace.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { DEFAULT_TIMEOUT, clearFeedCache } from '../../src/feed/loader.js';
import { tickSubscriberCount } from '../../src/format/date.js';
import {
  READER_MESSAGES,
  TAGS,
  absolute,
  bodyUrl,
  container,
  guardPage,
  headlines,
  messageOf,
  mount,
  mountAll,
  newKey,
  part,
  requestsFor,
  settle,
  sleep,
  spyConsole,
  stateOf,
  type Mounted,
  type Tag,
} from './helpers.js';

guardPage();

const FEED = 'small-feed.json';
const STORIES = ['Harbor bridge reopens after two years of repairs', 'Library extends weekend hours'];

/** The message for a feed that cannot be reached: a browser cannot tell a dead server from a CORS refusal. */
function unreachable(url: string): string {
  return `The feed at ${url} could not be reached (server down, or no Access-Control-Allow-Origin for this site).`;
}

function expectError(
  all: Record<Tag, Mounted>,
  expected: { code: keyof typeof READER_MESSAGES; message: string; src: string; status?: number },
): void {
  for (const tag of TAGS) {
    const { el, errors, loads } = all[tag];
    expect(stateOf(el), tag).to.equal('error');
    expect(errors, `${tag}: one news-error`).to.have.length(1);
    expect(errors[0], tag).to.deep.equal(
      expected.status === undefined
        ? { code: expected.code, message: expected.message, src: expected.src }
        : { code: expected.code, message: expected.message, src: expected.src, status: expected.status },
    );
    expect(messageOf(el), tag).to.equal(READER_MESSAGES[expected.code]);
    expect(part(el, 'skeleton'), `${tag}: no skeleton`).to.equal(null);
    expect(loads, tag).to.have.length(0);
  }
}

function expectReady(all: Record<Tag, Mounted>): void {
  for (const tag of TAGS) expect(stateOf(all[tag].el), tag).to.equal('ready');
  expect(headlines(all['news-feed'].el)).to.deep.equal(STORIES);
  expect(headlines(all['news-trending'].el)).to.deep.equal([STORIES[1], STORIES[0]]);
  expect(headlines(all['news-card'].el)).to.deep.equal([STORIES[0]]);
}

/** The page's server under its other loopback name: another origin. */
function otherOrigin(): string {
  const host = location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
  return `${location.protocol}//${host}:${location.port}`;
}

describe('network faults: HTTP errors', () => {
  beforeEach(() => clearFeedCache());

  for (const status of [404, 500, 503, 403]) {
    it(`${status}: every element is in error, code http, status ${status}, "The feed at … answered HTTP ${status}."`, async () => {
      const src = `/__test__/status/${status}?key=${newKey()}`;
      const all = mountAll(container(), { src });
      await settle(all);
      expectError(all, { code: 'http', status, src: absolute(src), message: `The feed at ${absolute(src)} answered HTTP ${status}.` });
    });
  }
});

describe('network faults: no answer', () => {
  beforeEach(() => clearFeedCache());

  it('a server that never answers: the skeleton holds the space, then code timeout "… did not answer within 10 s."', async () => {
    const key = newKey();
    const src = `/__test__/hold?key=${key}&ms=8000`;
    // The elements wait DEFAULT_TIMEOUT (10 s); this test shortens that one timer, and no other, to 0.5 s.
    const realSetTimeout = window.setTimeout;
    window.setTimeout = ((handler: TimerHandler, ms?: number, ...args: unknown[]) =>
      realSetTimeout(handler, ms === DEFAULT_TIMEOUT ? 500 : ms, ...args)) as typeof window.setTimeout;
    let all: Record<Tag, Mounted>;
    try {
      all = mountAll(container(), { src });
      await sleep(200);
      for (const tag of TAGS) {
        expect(stateOf(all[tag].el), tag).to.equal('loading');
        expect(part(all[tag].el, 'skeleton'), `${tag}: skeleton`).to.not.equal(null);
        expect(all[tag].errors, tag).to.have.length(0);
      }
      await settle(all);
    } finally {
      window.setTimeout = realSetTimeout;
    }
    expectError(all, { code: 'timeout', src: absolute(src), message: `The feed at ${absolute(src)} did not answer within 10 s.` });
    // The shared request was cancelled once the last element stopped waiting: the server saw the client go away.
    await waitUntil(async () => (await requestsFor(key)).aborted === 1, 'the request is aborted', { timeout: 3000 });
    expect((await requestsFor(key)).count).to.equal(1);
  });

  it('a refused connection: code network, the message names a dead server and CORS', async () => {
    const { port } = (await (await fetch('/__test__/closed-port')).json()) as { port: number };
    const src = `http://127.0.0.1:${port}/feed.json`;
    const all = mountAll(container(), { src });
    await settle(all);
    expectError(all, { code: 'network', src, message: unreachable(src) });
  });

  it('a CORS refusal gives the same network message; the same feed with Access-Control-Allow-Origin is shown', async () => {
    const refused = `${otherOrigin()}/__test__/cors/${FEED}?allow=0&key=${newKey()}`;
    const all = mountAll(container(), { src: refused });
    await settle(all);
    expectError(all, { code: 'network', src: refused, message: unreachable(refused) });

    const allowed = `${otherOrigin()}/__test__/cors/${FEED}?key=${newKey()}`;
    const ok = mountAll(container(), { src: allowed });
    await settle(ok);
    expectReady(ok);
  });

  it('a feed address that is not http(s) is refused before any request: code network', async () => {
    const all = mountAll(container(), { src: 'javascript:alert(1)' });
    await settle(all);
    expectError(all, {
      code: 'network',
      src: 'javascript:alert(1)',
      message: 'The feed at javascript:alert(1) is not an http(s) URL.',
    });
  });
});

describe('network faults: slow, cut and mislabelled bodies', () => {
  beforeEach(() => clearFeedCache());

  it('a body that trickles in over a second: loading until the last part, then every element is ready', async () => {
    const src = `/__test__/trickle/${FEED}?parts=6&ms=200&key=${newKey()}`;
    const all = mountAll(container(), { src });
    await sleep(500);
    for (const tag of TAGS) expect(stateOf(all[tag].el), `${tag} while the body arrives`).to.equal('loading');
    await settle(all);
    expectReady(all);
  });

  it('a body cut off mid-way: code network, "The feed at … broke off while loading."', async () => {
    const src = `/__test__/trickle/${FEED}?parts=4&ms=50&cut=1&key=${newKey()}`;
    const all = mountAll(container(), { src });
    await settle(all);
    expectError(all, { code: 'network', src: absolute(src), message: `The feed at ${absolute(src)} broke off while loading.` });
  });

  for (const type of ['text/html', 'text/plain', 'application/octet-stream', 'image/png']) {
    it(`a feed served with the wrong content type (${type}) is still read`, async () => {
      const text = await (await fetch(`/tests/fixtures/${FEED}`)).text();
      const all = mountAll(container(), { src: bodyUrl(text, type) });
      await settle(all);
      expectReady(all);
    });
  }
});

describe('network faults: an element removed while its request is in flight', () => {
  beforeEach(() => clearFeedCache());

  for (const tag of TAGS) {
    it(`${tag}: the request is aborted, nothing is shown or logged, and nothing is left behind`, async () => {
      const key = newKey();
      const src = `/__test__/hold?key=${key}&ms=5000`;
      const ticks = tickSubscriberCount();
      const parent = container();
      const mounted = mount(parent, tag, { src });
      await waitUntil(async () => (await requestsFor(key)).count === 1, 'the request reached the server', { timeout: 3000 });
      const consoleCalls = spyConsole();
      try {
        mounted.el.remove();
        await waitUntil(async () => (await requestsFor(key)).aborted === 1, 'the server saw the request go away', { timeout: 3000 });
        await sleep(100);
      } finally {
        consoleCalls.restore();
      }
      expect(consoleCalls.calls, 'console calls').to.deep.equal([]);
      expect(mounted.errors, 'news-error').to.deep.equal([]);
      expect(mounted.loads, 'news-load').to.deep.equal([]);
      expect(stateOf(mounted.el)).to.equal('loading');
      expect(tickSubscriberCount(), 'ticker subscribers').to.equal(ticks);
      // The cancelled load was forgotten, not kept as a dead promise: put back, the element asks again.
      parent.append(mounted.el);
      await waitUntil(async () => (await requestsFor(key)).count === 2, 'a new request', { timeout: 3000 });
      expect(stateOf(mounted.el)).to.equal('loading');
      mounted.el.remove();
      await waitUntil(async () => (await requestsFor(key)).aborted === 2, 'aborted again', { timeout: 3000 });
    });
  }

  it('removing one of two elements that share a request keeps the request for the other', async () => {
    const key = newKey();
    const src = `/__test__/hold?key=${key}&ms=400`;
    const parent = container();
    const leaving = mount(parent, 'news-card', { src });
    const staying = mount(parent, 'news-trending', { src });
    await waitUntil(async () => (await requestsFor(key)).count === 1, 'the request reached the server', { timeout: 3000 });
    leaving.el.remove();
    await settle(staying);
    expect(stateOf(staying.el)).to.equal('ready');
    expect(headlines(staying.el)).to.deep.equal([STORIES[1], STORIES[0]]);
    expect(await requestsFor(key)).to.deep.include({ count: 1, aborted: 0 });
    expect(leaving.errors).to.deep.equal([]);
  });

  it('removing news-feed while "Show more" loads the next page aborts that request too, silently', async () => {
    const key = newKey();
    const next = `/__test__/hold?key=${key}&ms=5000`;
    const page = { version: 'https://jsonfeed.org/version/1.1', title: 'Paged', next_url: next, items: [{ id: '1', title: 'First page story' }] };
    const parent = container();
    const feed = mount(parent, 'news-feed', { limit: '1' }, { feed: page });
    await settle(feed);
    const more = part(feed.el, 'more') as HTMLButtonElement;
    expect(more, 'a Show more button').to.not.equal(null);
    more.click();
    await waitUntil(async () => (await requestsFor(key)).count === 1, 'the next page was requested', { timeout: 3000 });
    const consoleCalls = spyConsole();
    try {
      feed.el.remove();
      await waitUntil(async () => (await requestsFor(key)).aborted === 1, 'the next page request is aborted', { timeout: 3000 });
      await sleep(100);
    } finally {
      consoleCalls.restore();
    }
    expect(consoleCalls.calls).to.deep.equal([]);
    expect(feed.errors).to.deep.equal([]);
  });
});
