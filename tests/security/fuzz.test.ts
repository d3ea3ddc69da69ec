/**
 * Property-based tests with fast-check, with a fixed seed so that `npm test` is repeatable: the properties of
 * fuzz-properties.ts (the loader's parsing and the normalizer; `npm run fuzz` runs them far longer, with a random
 * seed), and random feeds rendered by the real elements.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { normalizeFeed } from '../../src/feed/normalize.js';
import { FeedError } from '../../src/feed/types.js';
import { checkResult, feedLike, fuzzProperties, toJsonFeed } from './fuzz-properties.js';
import { TAGS, container, guardPage, mount, settle, shadowElements, stateOf, urlsIn } from './helpers.js';

guardPage();

/** The seed of `npm test`; `npm run fuzz` picks a new one each time and prints it. */
const SEED = 20240304;
// eslint-disable-next-line no-control-regex -- these characters are what must not be shown
const UNSAFE = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\ufeff]/;
const RUNS = 300;

describe('fuzz: the loader parsing and the normalizer (fixed seed)', function () {
  this.timeout(30000);

  for (const [index, { name, property }] of fuzzProperties.entries()) {
    it(name, () => {
      fc.assert(property, { numRuns: RUNS, seed: SEED + index });
    });
  }

  it('the checks can fail: a feed with a javascript: link, an unclamped headline or a changed round trip is caught', () => {
    const good = normalizeFeed({ version: 'https://jsonfeed.org/version/1.1', title: 'T', items: [{ id: '1', title: 'Fine', url: '/a' }] });
    expect(() => checkResult(good)).to.not.throw();
    const withLink = structuredClone(good);
    withLink.feed.items[0].url = 'javascript:alert(1)';
    expect(() => checkResult(withLink)).to.throw(/url is http\(s\) or relative/);
    const long = structuredClone(good);
    long.feed.items[0].headline = 'x'.repeat(301);
    expect(() => checkResult(long)).to.throw(/headline is at most 300 long/);
    const bidi = structuredClone(good);
    bidi.feed.items[0].headline = 'evil\u202etxt.exe';
    expect(() => checkResult(bidi)).to.throw(/no control, bidi or BOM character/);
    const json = toJsonFeed(good.feed) as { items: { title: string }[] };
    expect(json.items[0].title).to.equal('Fine');
  });

  it('the serializer escapes & so that a title with a character reference reads back unchanged', () => {
    const items = [{ id: '1', title: 'Q&amp;A: &lt;b&gt;' }];
    const first = normalizeFeed({ version: 'https://jsonfeed.org/version/1.1', title: 'A &amp;amp; B', items });
    expect(first.feed.items[0].headline).to.equal('Q&A: <b>');
    const second = normalizeFeed(toJsonFeed(first.feed));
    expect(second.feed.items[0].headline).to.equal('Q&A: <b>');
    expect(second.feed.title).to.equal('A &amp; B');
  });
});

describe('fuzz: random feeds through the real elements (fixed seed)', function () {
  this.timeout(30000);

  it('every element renders any feed-like object without throwing: ready or empty, only http(s) URLs, clean text', async () => {
    await fc.assert(
      fc.asyncProperty(feedLike, async (feed) => {
        let valid = true;
        try {
          normalizeFeed(feed);
        } catch (error) {
          expect(error).to.be.instanceOf(FeedError);
          valid = false;
        }
        const parent = container();
        const all = TAGS.map((tag) => mount(parent, tag, { limit: '20' }, { feed }));
        await settle(all);
        for (const { el, errors } of all) {
          const state = stateOf(el);
          if (!valid) {
            expect(state, el.localName).to.equal('error');
            expect(errors[0].code).to.equal('invalid');
          } else {
            // news-card and news-byline may find nothing to show (no item, no byline): empty, never error.
            expect(['ready', 'empty'], el.localName).to.include(state);
          }
          const { href, src } = urlsIn(el);
          for (const url of [...href, ...src]) expect(['http:', 'https:'], url).to.include(new URL(url, el.baseURI).protocol);
          expect(UNSAFE.test(el.shadowRoot!.textContent ?? ''), `${el.localName}: text`).to.equal(false);
          const forbidden = shadowElements(el).filter((n) => ['script', 'iframe', 'object', 'embed', 'svg'].includes(n.localName));
          expect(forbidden).to.have.length(0);
        }
        parent.remove();
      }),
      { numRuns: 40, seed: SEED },
    );
  });
});
