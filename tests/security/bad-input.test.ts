/**
 * The bad-input matrix: what a feed we do not control can hold, loaded by the real elements from the test server,
 * as a site owner's page would. Each case proves the state every element ends in, the error code and message (or
 * the warnings), that the good items are still shown, and (the page guard) that nothing was thrown.
 */
import { expect } from '@open-wc/testing';
import { clearFeedCache } from '../../src/feed/loader.js';
import { MAX_AUTHORS, MAX_WARNINGS, TEXT_LIMITS } from '../../src/feed/normalize.js';
import type { FeedWarning } from '../../src/feed/types.js';
import {
  READER_MESSAGES,
  TAGS,
  absolute,
  bodyUrl,
  container,
  feedOf,
  guardPage,
  headlines,
  messageOf,
  mount,
  mountAll,
  part,
  parts,
  settle,
  shadowElements,
  stateOf,
  textOf,
  type Mounted,
  type Tag,
} from './helpers.js';

guardPage();

/** The elements that show headlines; news-byline shows who wrote the story and when. */
const WITH_HEADLINES: Tag[] = ['news-card', 'news-trending', 'news-feed'];

/** Serves `feed` (an object, or text as it is) from the test server and puts all four elements on it. */
async function loadAll(feed: unknown, type = 'application/feed+json', limit = 100) {
  const url = bodyUrl(typeof feed === 'string' ? feed : JSON.stringify(feed), type);
  const all = mountAll(container(), { src: url }, limit);
  await settle(all);
  return { url, all };
}

/** All four elements on `text` in an inline feed script: for documents too large for a URL of /__test__/body. */
async function inlineAll(text: string, limit = 100): Promise<Record<Tag, Mounted>> {
  const parent = container();
  const all = {} as Record<Tag, Mounted>;
  for (const tag of TAGS) {
    all[tag] = mount(parent, tag, tag === 'news-trending' || tag === 'news-feed' ? { limit: String(limit) } : {}, {}, text);
  }
  await settle(all);
  return all;
}

/** Every element is in the error state with this code and message, and shows the reader-facing message. */
function expectFailure(
  all: Record<Tag, Mounted>,
  expected: { code: 'parse' | 'invalid'; message: string | RegExp; src: string; path?: string },
): void {
  for (const tag of TAGS) {
    const { el, errors, loads } = all[tag];
    expect(stateOf(el), tag).to.equal('error');
    expect(errors, `${tag}: one news-error`).to.have.length(1);
    const [error] = errors;
    expect(error.code, tag).to.equal(expected.code);
    expect(error.src, tag).to.equal(expected.src);
    if (typeof expected.message === 'string') expect(error.message, tag).to.equal(expected.message);
    else expect(error.message, tag).to.match(expected.message);
    expect(error.path, tag).to.equal(expected.path);
    expect(messageOf(el), tag).to.equal(READER_MESSAGES[expected.code]);
    expect(loads, `${tag}: no news-load`).to.have.length(0);
    expect(parts(el, 'headline'), `${tag}: no story`).to.have.length(0);
  }
}

function warningPaths(mounted: Mounted): string[] {
  expect(mounted.loads, 'one news-load').to.have.length(1);
  return mounted.loads[0].warnings.map((w) => w.path);
}

function warningAt(mounted: Mounted, path: string): FeedWarning {
  const warning = mounted.loads[0].warnings.find((w) => w.path === path);
  expect(warning, `a warning at ${path}; got ${warningPaths(mounted).join(', ')}`).to.not.equal(undefined);
  return warning!;
}

/**
 * Every element is ready and shows these stories, in feed order (news-card the first). news-byline shows the first
 * story's byline: its items have an author.
 */
function expectStories(all: Record<Tag, Mounted>, stories: string[]): void {
  for (const tag of TAGS) expect(stateOf(all[tag].el), tag).to.equal('ready');
  expect(headlines(all['news-feed'].el), 'news-feed').to.deep.equal(stories);
  expect(headlines(all['news-trending'].el), 'news-trending').to.deep.equal(stories);
  expect(headlines(all['news-card'].el), 'news-card').to.deep.equal([stories[0]]);
}

const V11 = 'https://jsonfeed.org/version/1.1';

describe('bad input: documents that are not a feed', () => {
  beforeEach(() => clearFeedCache());

  it('truncated JSON: every element is in error, code parse, "The feed at … is not JSON (…)"', async () => {
    const body = `{"version":"${V11}","title":"Cut","items":[{"id":"1","title":"Cut sh`;
    const { url, all } = await loadAll(body);
    expectFailure(all, {
      code: 'parse',
      src: absolute(url),
      // The start of the body, quoted as a JSON string.
      message: `The feed at ${absolute(url)} is not JSON (it starts with "{\\"version\\":\\"${V11}\\",\\"title\\":\\"Cut\\",…").`,
    });
  });

  it('an HTML error page served with status 200: code parse, the message quotes the page', async () => {
    const page = '<!doctype html>\n<html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1></body></html>';
    const { url, all } = await loadAll(page, 'text/html');
    expectFailure(all, {
      code: 'parse',
      src: absolute(url),
      message: `The feed at ${absolute(url)} is not JSON (it starts with ${JSON.stringify(page.slice(0, 60) + '…')}).`,
    });
  });

  it('an empty body: code parse, "… is not JSON (it is empty)."', async () => {
    const { url, all } = await loadAll('');
    expectFailure(all, { code: 'parse', src: absolute(url), message: `The feed at ${absolute(url)} is not JSON (it is empty).` });
  });

  const notObjects: [string, string, string][] = [
    ['JSON null', 'null', 'null'],
    ['a JSON array', '[{"id":"1","title":"An item without a feed"}]', '[…]'],
    ['a JSON string', `"${V11}"`, `"${V11}"`],
    ['a JSON number', '1.1', '1.1'],
    ['JSON true', 'true', 'true'],
  ];
  for (const [name, body, what] of notObjects) {
    it(`${name}: code invalid at path "", "The feed at … is not a JSON Feed: ${what} is not an object."`, async () => {
      const { url, all } = await loadAll(body);
      expectFailure(all, {
        code: 'invalid',
        src: absolute(url),
        path: '',
        message: `The feed at ${absolute(url)} is not a JSON Feed: ${what} is not an object.`,
      });
    });
  }

  it('a version that is not a jsonfeed.org version: code invalid at path "version", naming the version', async () => {
    const { url, all } = await loadAll({ version: 'https://example.com/feeds/v9', title: 'Other', items: [{ id: '1', title: 'x' }] });
    expectFailure(all, {
      code: 'invalid',
      src: absolute(url),
      path: 'version',
      message: `The feed at ${absolute(url)} is not a JSON Feed: version "https://example.com/feeds/v9" is not a known jsonfeed.org version URL.`,
    });
  });

  it('items that is not an array: code invalid at path "items"', async () => {
    const { url, all } = await loadAll({ version: V11, title: 'Object items', items: { 0: { id: '1', title: 'x' } } });
    expectFailure(all, {
      code: 'invalid',
      src: absolute(url),
      path: 'items',
      message: `The feed at ${absolute(url)} is not a JSON Feed: items {…} is not an array.`,
    });
  });
});

describe('bad input: feeds with bad parts keep the good ones', () => {
  beforeEach(() => clearFeedCache());

  it('an unknown jsonfeed.org version is read as 1.1: ready, with one warning at "version"', async () => {
    const items = [{ id: '1', title: 'From the future', authors: [{ name: 'Ana' }] }];
    const { all } = await loadAll({ version: 'https://jsonfeed.org/version/2', title: 'Future', items });
    expectStories(all, ['From the future']);
    expect(warningAt(all['news-feed'], 'version').message).to.equal(
      `Feed: version "https://jsonfeed.org/version/2" is not a known jsonfeed.org version URL; read as ${V11}.`,
    );
  });

  it('items without a usable id are dropped with a warning each; the others are shown', async () => {
    const items = [
      { title: 'No id at all' },
      { id: '', title: 'Empty id' },
      { id: '   ', title: 'Blank id' },
      { id: null, title: 'Null id' },
      { id: { value: 1 }, title: 'Object id' },
      { id: true, title: 'Boolean id' },
      { id: 'ok', title: 'First good story', authors: [{ name: 'Ana Ruiz' }] },
      { id: 7, title: 'Second good story (a number id)' },
    ];
    const { all } = await loadAll(feedOf(items));
    expectStories(all, ['First good story', 'Second good story (a number id)']);
    expect(textOf(part(all['news-byline'].el, 'authors'))).to.equal('By Ana Ruiz');
    expect(warningPaths(all['news-feed'])).to.deep.equal([0, 1, 2, 3, 4, 5].map((i) => `items[${i}].id`));
    const feed = all['news-feed'];
    expect(warningAt(feed, 'items[0].id').message).to.equal('Item items[0]: id is missing; item dropped.');
    expect(warningAt(feed, 'items[3].id').message).to.equal('Item items[3]: id is missing; item dropped.');
    expect(warningAt(feed, 'items[4].id').message).to.equal('Item items[4]: id {…} is not a non-blank string or a number; item dropped.');
  });

  it('duplicate ids: the first item with an id is kept, the later ones dropped with a warning', async () => {
    const items = [
      { id: 'a', title: 'First with id a', authors: [{ name: 'Ana Ruiz' }] },
      { id: 'b', title: 'Only b' },
      { id: 'a', title: 'Second with id a' },
      { id: 'a', title: 'Third with id a' },
    ];
    const { all } = await loadAll(feedOf(items));
    expectStories(all, ['First with id a', 'Only b']);
    const warning = warningAt(all['news-feed'], 'items[2].id');
    expect(warning.itemId).to.equal('a');
    expect(warning.message).to.equal('Item "a" (items[2]): id is already used by items[0]; item dropped.');
    expect(warningPaths(all['news-feed'])).to.deep.equal(['items[2].id', 'items[3].id']);
  });

  /** [the field, a patch that gives it the wrong type, the path of the warning]. */
  const ITEM_FIELDS: [string, Record<string, unknown>][] = [
    ['title', { title: 42, summary: 'Headline taken from the summary' }],
    ['summary', { summary: { text: 'an object' } }],
    ['content_text', { content_text: ['an', 'array'] }],
    ['content_html', { content_html: 7 }],
    ['url', { url: 42 }],
    ['external_url', { url: undefined, external_url: { href: 'https://a.example/' } }],
    ['image', { image: true }],
    ['banner_image', { banner_image: 1 }],
    ['attachments', { attachments: 'image.png' }],
    ['authors', { authors: 'Ana Ruiz' }],
    ['authors[0]', { authors: ['Ana Ruiz'] }],
    ['authors[0].name', { authors: [{ name: 5, url: '/authors/5' }] }],
    ['authors[0].url', { authors: [{ name: 'Ana', url: 5 }] }],
    ['authors[0].avatar', { authors: [{ name: 'Ana', avatar: ['a.png'] }] }],
    ['author', { authors: [], author: 'Ana Ruiz' }],
    ['date_published', { date_published: 1709556360 }],
    ['date_modified', { date_modified: {} }],
    ['tags', { tags: 5 }],
    ['tags[0]', { tags: [5, 'Kept tag'] }],
    ['language', { language: 12 }],
    ['_news', { _news: 'World' }],
    ['_news.section', { _news: { section: 5 } }],
    ['_news.rank', { _news: { rank: '1' } }],
    ['_news.image_alt', { image: '/i.png', _news: { image_alt: 5 } }],
    ['_news.image_credit', { image: '/i.png', _news: { image_credit: [] } }],
  ];
  const FEED_FIELDS: [string, Record<string, unknown>][] = [
    ['title', { title: 5 }],
    ['description', { description: [] }],
    ['home_page_url', { home_page_url: 5 }],
    ['feed_url', { feed_url: {} }],
    ['next_url', { next_url: true }],
    ['icon', { icon: 1 }],
    ['language', { language: ['en'] }],
    ['_news', { _news: 'Europe/Paris' }],
  ];

  it('every field of the mapping with the wrong type drops only that field, with a warning that names item and field', async () => {
    const items = ITEM_FIELDS.map(([field, patch], i) => ({
      id: `wrong-${i}`,
      title: `Wrong type: ${field}`,
      url: `/stories/${i}`,
      authors: [{ name: 'Ana Ruiz' }],
      ...patch,
    }));
    const extra = Object.assign({}, ...FEED_FIELDS.map(([, patch]) => patch)) as Record<string, unknown>;
    const { all } = await loadAll(feedOf(items, extra));
    const stories = ITEM_FIELDS.map(([field]) => (field === 'title' ? 'Headline taken from the summary' : `Wrong type: ${field}`));
    expect(stories[0]).to.equal('Headline taken from the summary');
    expectStories(all, stories);
    const feed = all['news-feed'];
    ITEM_FIELDS.forEach(([field], i) => {
      const warning = warningAt(feed, `items[${i}].${field}`);
      expect(warning.itemId).to.equal(`wrong-${i}`);
      expect(warning.message).to.match(new RegExp(`^Item "wrong-${i}" \\(items\\[${i}\\]\\): ${escape(field)} `));
    });
    for (const [field] of FEED_FIELDS) expect(warningAt(feed, field).message).to.match(new RegExp(`^Feed: ${escape(field)} `));
    // A wrong url drops the link, not the story; every other story keeps its link.
    const links = parts(feed.el, 'item').map((item) => item.querySelector('a[href]')?.getAttribute('href') ?? null);
    ITEM_FIELDS.forEach(([field], i) => {
      expect(links[i], field).to.equal(field === 'url' || field === 'external_url' ? null : `${location.origin}/stories/${i}`);
    });
  });

  it('a wrong-type url with nothing to fall back on leaves the story without a link', async () => {
    const items = [
      { id: '1', title: 'No usable link', url: 42, external_url: ['x'], authors: [{ name: 'Ana Ruiz', url: 42 }] },
      { id: '2', title: 'Linked', url: '/two' },
    ];
    const { all } = await loadAll(feedOf(items));
    expectStories(all, ['No usable link', 'Linked']);
    const shown = parts(all['news-feed'].el, 'item');
    expect(shown[0].querySelector('a[href]')).to.equal(null);
    expect(shown[1].querySelector('a[href]')!.getAttribute('href')).to.equal(`${location.origin}/two`);
    expect(parts(all['news-trending'].el, 'item')[0].querySelector('a[href]')).to.equal(null);
    expect(parts(all['news-byline'].el, 'author').map((a) => a.localName)).to.deep.equal(['span']);
  });

  it('invalid dates are dropped, not guessed: the story is shown without a time', async () => {
    const dates = [
      'yesterday',
      '2024-13-45T00:00:00Z',
      '2024-03-04',
      '2024-03-04T10:00',
      'Mon, 04 Mar 2024 07:46:00 GMT',
      '0000-01-01T00:00:00+01:00',
      '9999-12-31T23:59:59-01:00',
    ];
    const items = dates.map((date, i) => ({
      id: `d${i}`,
      title: `Date ${i}`,
      date_published: date,
      date_modified: date,
      authors: [{ name: 'Ana Ruiz' }],
    }));
    const { all } = await loadAll(feedOf(items));
    expectStories(all, dates.map((_, i) => `Date ${i}`));
    for (const tag of TAGS) {
      const times = shadowElements(all[tag].el).filter((n) => n.localName === 'time' && (n as HTMLElement).checkVisibility());
      expect(times.map((t) => t.outerHTML), `${tag}: no <time>`).to.deep.equal([]);
    }
    expect(textOf(part(all['news-byline'].el, 'byline'))).to.equal('By Ana Ruiz');
    dates.forEach((date, i) => {
      expect(warningAt(all['news-feed'], `items[${i}].date_published`).message).to.equal(
        `Item "d${i}" (items[${i}]): date_published ${JSON.stringify(date)} is not an RFC 3339 date; dropped.`,
      );
    });
  });

  it('control characters and bidi overrides are removed from every text before it reaches the page', async () => {
    const dirty = (word: string) => `\u202e${word}\u0000 \u0007\u2066tail\u2069\u200b\u0085\ufeff\u001b[31m`;
    const items = [
      {
        id: 'ctl',
        title: dirty('Headline'),
        summary: dirty('Summary'),
        image: '/tests/fixtures/images/photo.svg',
        authors: [{ name: dirty('Ana'), url: '/a' }],
        tags: [dirty('Tag')],
        date_published: '2024-03-04T07:46:00-05:00',
        _news: { section: dirty('Section'), image_alt: dirty('Alt'), image_credit: dirty('Credit') },
      },
    ];
    const { all } = await loadAll(feedOf(items, { title: dirty('Feed') }));
    // U+200B (zero width space) is harmless and stays; U+0085 is a C1 control, removed like the others.
    const clean = (word: string) => `${word} tail\u200b[31m`;
    expectStories(all, [clean('Headline')]);
    const card = all['news-card'].el;
    expect(textOf(part(card, 'summary'))).to.equal(clean('Summary'));
    expect(textOf(part(card, 'section'))).to.equal(clean('Section'));
    expect(textOf(part(card, 'credit'))).to.equal(`Photo: ${clean('Credit')}`);
    expect(part(card, 'image')!.getAttribute('alt')).to.equal(clean('Alt'));
    expect(textOf(part(all['news-byline'].el, 'authors'))).to.equal(`By ${clean('Ana')}`);
    expect(all['news-feed'].loads[0].feed.title).to.equal(clean('Feed'));
    // eslint-disable-next-line no-control-regex -- these characters are what must not be there
    const unsafe = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\ufeff]/;
    for (const tag of TAGS) {
      const el = all[tag].el;
      expect(unsafe.test(el.shadowRoot!.textContent ?? ''), `${tag}: text`).to.equal(false);
      for (const node of shadowElements(el)) {
        for (const attr of Array.from(node.attributes)) expect(unsafe.test(attr.value), `${tag}: ${attr.name}`).to.equal(false);
      }
    }
  });

  it('a byte order mark before the JSON is ignored, from a URL and from an inline feed script', async () => {
    const json = JSON.stringify(feedOf([{ id: '1', title: 'After a byte order mark', authors: [{ name: 'Ana Ruiz' }] }]));
    // The response decoder drops one BOM; a second one is the loader's to drop.
    const { all } = await loadAll(`\ufeff\ufeff${json}`);
    expectStories(all, ['After a byte order mark']);
    const parent = container();
    const inline = TAGS.map((tag) => mount(parent, tag, {}, {}, `\ufeff${json}`));
    await settle(inline);
    for (const { el } of inline) expect(stateOf(el), el.localName).to.equal('ready');
    expect(headlines(inline[1].el)).to.deep.equal(['After a byte order mark']);
  });

  it('__proto__ and constructor keys at every level pollute no prototype and change nothing shown', async () => {
    const before = Object.getOwnPropertyNames(Object.prototype).join();
    const beforeArray = Object.getOwnPropertyNames(Array.prototype).join();
    const proto = '"__proto__":{"polluted":"yes","title":"Polluted","url":"javascript:alert(1)"},"constructor":{"prototype":{"polluted":"yes"}}';
    const body =
      `{${proto},"version":"${V11}","title":"Proto","_news":{${proto}},"authors":[{${proto},"name":"Desk"}],` +
      `"items":[{${proto},"id":"p","title":"Own title","tags":["a"],"_news":{${proto},"section":"Own"}},` +
      `{"id":"__proto__","title":"An id named __proto__"},{"id":"constructor","title":"An id named constructor"}]}`;
    const { all } = await loadAll(body);
    expectStories(all, ['Own title', 'An id named __proto__', 'An id named constructor']);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect(Object.getOwnPropertyNames(Object.prototype).join()).to.equal(before);
    expect(Object.getOwnPropertyNames(Array.prototype).join()).to.equal(beforeArray);
    const items = parts(all['news-feed'].el, 'item');
    expect(items[0].querySelector('a[href]')).to.equal(null);
    expect(textOf(part(all['news-card'].el, 'section'))).to.equal('Own');
    expect(textOf(part(all['news-byline'].el, 'authors'))).to.equal('By Desk');
  });

  it('a 10 MB feed is shown promptly', async function () {
    this.timeout(15000);
    const started = performance.now();
    const src = '/__test__/generated/bytes?n=10';
    const all = mountAll(container(), { src }, 5);
    await settle(all, 10000);
    const seconds = (performance.now() - started) / 1000;
    const size = (await (await fetch(src)).text()).length;
    expect(size).to.be.at.least(10 * 1024 * 1024);
    expectStories(all, ['Story 0', 'Story 1', 'Story 2', 'Story 3', 'Story 4']);
    expect(all['news-feed'].loads[0].feed.items[0].readingTime).to.be.at.least(5);
    expect(seconds, 'seconds until all four are ready').to.be.below(8);
  });

  it('a 50,000-item feed: ranks are sorted, item-id finds the last item, and only what is asked for is rendered', async function () {
    this.timeout(15000);
    const src = '/__test__/generated/items?n=50000';
    const parent = container();
    const all = {
      card: mount(parent, 'news-card', { src, 'item-id': 'item-49999' }),
      trending: mount(parent, 'news-trending', { src }),
      byline: mount(parent, 'news-byline', { src, 'item-id': 'item-25000' }),
      feed: mount(parent, 'news-feed', { src }),
    };
    await settle(all, 10000);
    expect(all.trending.loads[0].feed.items).to.have.length(50000);
    expect(headlines(all.trending.el)).to.deep.equal(['Story 49990', 'Story 49980', 'Story 49970', 'Story 49960', 'Story 49950']);
    expect(headlines(all.card.el)).to.deep.equal(['Story 49999']);
    expect(textOf(part(all.byline.el, 'authors'))).to.equal(`By Author ${25000 % 97}`);
    expect(headlines(all.feed.el)).to.have.length(10);
    expect(part(all.feed.el, 'more')).to.not.equal(null);
    expect(shadowElements(all.feed.el).length, 'elements in news-feed').to.be.below(400);
  });

  it('100,000-character texts are clamped before they reach the page', async () => {
    const all = mountAll(container(), { src: '/__test__/generated/long-text?n=100000' });
    await settle(all);
    const card = all['news-card'].el;
    const headline = headlines(card)[0];
    expect(headline.length).to.be.at.most(TEXT_LIMITS.title);
    expect(headline).to.match(/^Story 0 headline headline .*…$/);
    expect(textOf(part(card, 'summary')).length).to.be.at.most(TEXT_LIMITS.summary);
    expect(textOf(part(card, 'section')).length).to.be.at.most(TEXT_LIMITS.section);
    expect(textOf(part(card, 'credit')).length).to.be.at.most('Photo: '.length + TEXT_LIMITS.image_credit);
    expect(part(card, 'image')!.getAttribute('alt')!.length).to.be.at.most(TEXT_LIMITS.image_alt);
    expect(textOf(part(all['news-byline'].el, 'authors')).length).to.be.at.most('By '.length + TEXT_LIMITS.name);
    for (const tag of TAGS) expect((all[tag].el.shadowRoot!.textContent ?? '').length, tag).to.be.below(6000);
    expect(all['news-feed'].loads[0].feed.title.length).to.be.at.most(TEXT_LIMITS.title);
  });

  it('JSON nested 100,000 levels deep in extensions is ignored', async () => {
    const src = '/__test__/generated/nested?n=100000';
    const all = mountAll(container(), { src });
    await settle(all);
    expectStories(all, ['Story 0']);
  });

  it(`a feed's ${MAX_AUTHORS + 1}st author and later are dropped: 2,000 feed authors over 2,000 items stay fast`, async () => {
    const authors = Array.from({ length: 2000 }, (_, i) => ({ name: `Author ${i}` }));
    const items = Array.from({ length: 2000 }, (_, i) => ({ id: String(i), title: `Story ${i}` }));
    const started = performance.now();
    const all = await inlineAll(JSON.stringify(feedOf(items, { authors })), 5);
    expect(performance.now() - started, 'ms until all four are ready').to.be.below(3000);
    expect(all['news-feed'].loads[0].feed.items[1999].authors).to.have.length(MAX_AUTHORS);
    expect(warningAt(all['news-feed'], 'authors').message).to.equal(
      `Feed: authors has more than ${MAX_AUTHORS} entries; the rest dropped.`,
    );
    expect(parts(all['news-byline'].el, 'author')).to.have.length(MAX_AUTHORS);
  });

  it(`a million bad values give at most ${MAX_WARNINGS} warnings and a count, promptly`, async function () {
    this.timeout(15000);
    const body = `{"version":"${V11}","title":"Bad items","items":[${'0,'.repeat(1_000_000)}{"id":"1","title":"Many bad items"}]}`;
    const started = performance.now();
    const trending = mount(container(), 'news-trending', {}, {}, body);
    await settle(trending, 10000);
    expect(performance.now() - started, 'ms until ready').to.be.below(5000);
    expect(headlines(trending.el)).to.deep.equal(['Many bad items']);
    const { warnings } = trending.loads[0];
    expect(warnings).to.have.length(MAX_WARNINGS + 1);
    expect(warnings[MAX_WARNINGS - 1].message).to.equal(`Item items[${MAX_WARNINGS - 1}]: 0 is not an object; item dropped.`);
    expect(warnings[MAX_WARNINGS].message).to.equal(`Feed: ${1_000_000 - MAX_WARNINGS} more warnings were left out.`);
  });
});

describe('bad input: every element fails alone and says so', () => {
  beforeEach(() => clearFeedCache());

  it('an element whose feed is broken shows part="message" and no skeleton, whatever the element', async () => {
    const { all } = await loadAll('{"version":');
    for (const tag of TAGS) {
      expect(part(all[tag].el, 'skeleton'), tag).to.equal(null);
      expect(part(all[tag].el, 'message')!.textContent, tag).to.equal(READER_MESSAGES.parse);
    }
    for (const tag of WITH_HEADLINES) expect(headlines(all[tag].el), tag).to.deep.equal([]);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
