import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  JSON_FEED_VERSION_1,
  JSON_FEED_VERSION_1_1,
  MAX_AUTHORS,
  MAX_TAGS,
  MAX_WARNINGS,
  TEXT_LIMITS,
  ianaTimeZone,
  normalizeFeed,
  parseRfc3339,
} from '../../src/feed/normalize.js';
import { FeedError, type Article, type FeedWarning, type NormalizeResult } from '../../src/feed/types.js';

type Json = Record<string, unknown>;

/** A JSON fixture from tests/fixtures/, parsed as the loader would (a leading BOM stripped). */
async function fixture(path: string): Promise<Json> {
  const response = await fetch(`/tests/fixtures/${path}`);
  if (!response.ok) throw new Error(`fixture ${path}: HTTP ${response.status}`);
  const text = await response.text();
  return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) as Json;
}

function feedOf(items: unknown[], extra: Json = {}): Json {
  return { version: JSON_FEED_VERSION_1_1, title: 'Test feed', ...extra, items };
}

/** Normalizes a feed of one item; the article (or undefined when dropped) and all warnings. */
function one(item: Json, extra: Json = {}, url?: string): { article: Article | undefined; warnings: FeedWarning[] } {
  const { feed, warnings } = normalizeFeed(feedOf([{ id: 'x', ...item }], extra), url === undefined ? undefined : { url });
  return { article: feed.items[0], warnings };
}

function warningAt(result: { warnings: FeedWarning[] }, path: string): FeedWarning {
  const warning = result.warnings.find((w) => w.path === path);
  expect(warning, `a warning at ${path}; got ${result.warnings.map((w) => w.path).join(', ') || 'none'}`).to.not.equal(undefined);
  return warning!;
}

function invalid(json: unknown, options?: { url?: string }): FeedError {
  try {
    normalizeFeed(json, options);
  } catch (error) {
    expect(error).to.be.instanceOf(FeedError);
    expect((error as FeedError).code).to.equal('invalid');
    return error as FeedError;
  }
  throw new Error('expected normalizeFeed to throw FeedError');
}

function iso(date: Date | undefined): string | undefined {
  return date?.toISOString();
}

describe('normalizeFeed: what is not a feed at all', () => {
  it('rejects values that are not a JSON object, at the path of the whole document', () => {
    for (const value of [null, undefined, 42, 'feed', true, [], [{ version: JSON_FEED_VERSION_1_1 }]]) {
      const error = invalid(value, { url: 'https://a.example/feed.json' });
      expect(error.path, String(value)).to.equal('');
      expect(error.src).to.equal('https://a.example/feed.json');
      expect(error.message).to.match(/^The feed is not a JSON Feed: \S+ is not an object\.$/);
    }
    expect(invalid(undefined).message).to.equal('The feed is not a JSON Feed: undefined is not an object.');
    expect(invalid([]).message).to.equal('The feed is not a JSON Feed: […] is not an object.');
    expect(invalid('feed').message).to.equal('The feed is not a JSON Feed: "feed" is not an object.');
  });

  it('rejects an unknown version at path "version" (feedparser version-unknown)', async () => {
    const error = invalid(await fixture('corpus/jsonfeed-invalid/feedparser-version-unknown.json'));
    expect(error.path).to.equal('version');
    expect(error.message).to.equal('The feed is not a JSON Feed: version "bogus" is not a known jsonfeed.org version URL.');
  });

  it('rejects RSS-in-JSON at path "version" (Scripting News)', async () => {
    const error = invalid(await fixture('corpus/jsonfeed-invalid/scriptingnews-rss-in-json-not-jsonfeed.json'));
    expect(error.path).to.equal('version');
    expect(error.message).to.equal('The feed is not a JSON Feed: version is missing.');
  });

  it('rejects fragments without version and title, even with items (feedparser fixtures)', async () => {
    expect(invalid(await fixture('corpus/jsonfeed-invalid/feedparser-item-title-script-html.json')).path).to.equal('version');
    expect(invalid(await fixture('corpus/jsonfeed-invalid/feedparser-items-id-is-object.json')).path).to.equal('version');
    expect(invalid({ items: [] }).path).to.equal('version');
    expect(invalid({ version: '2.0', title: 'RSS', items: [] }).path).to.equal('version');
  });

  it('rejects a feed whose items is missing or not an array, at path "items"', () => {
    expect(invalid({ version: JSON_FEED_VERSION_1, title: 't' }).path).to.equal('items');
    expect(invalid({ version: JSON_FEED_VERSION_1, title: 't', items: { 0: {} } }).path).to.equal('items');
    expect(invalid({ version: JSON_FEED_VERSION_1_1, title: 't', items: 'none' }).message).to.equal(
      'The feed is not a JSON Feed: items "none" is not an array.',
    );
    expect(invalid({ version: JSON_FEED_VERSION_1_1, title: 't' }).message).to.equal('The feed is not a JSON Feed: items is missing.');
  });

  it('reads a feed without version as 1.1 when it has a title and items, with a warning', () => {
    const result = normalizeFeed({ title: 'No version', items: [{ id: '1', title: 'One' }] });
    expect(result.feed.version).to.equal(JSON_FEED_VERSION_1_1);
    expect(result.feed.items.map((a) => a.headline)).to.deep.equal(['One']);
    expect(warningAt(result, 'version').message).to.equal('Feed: version is missing; read as https://jsonfeed.org/version/1.1.');
    expect(normalizeFeed({ title: 'x', authors: [{ name: 'A' }], items: [] }).feed.version).to.equal(JSON_FEED_VERSION_1_1);
  });

  it('reads a bare version number with a warning (gofeed "1.1")', async () => {
    const result = normalizeFeed(await fixture('corpus/jsonfeed-invalid/gofeed-bare-version-string-1.1.json'));
    expect(result.feed.version).to.equal(JSON_FEED_VERSION_1_1);
    expect(warningAt(result, 'version').message).to.equal(
      'Feed: version "1.1" is not a known jsonfeed.org version URL; read as https://jsonfeed.org/version/1.1.',
    );
    expect(result.feed.items).to.have.length(1);
    expect(normalizeFeed({ version: 1, title: 't', items: [] }).feed.version).to.equal(JSON_FEED_VERSION_1);
  });

  it('reads http:// version URLs silently and unknown version numbers as 1.1 with a warning', async () => {
    const pxlnv = normalizeFeed(await fixture('corpus/jsonfeed/pxlnv-http-version-1.0.json'));
    expect(pxlnv.feed.version).to.equal(JSON_FEED_VERSION_1);
    expect(pxlnv.warnings.filter((w) => w.path === 'version')).to.deep.equal([]);
    const future = normalizeFeed({ version: 'https://jsonfeed.org/version/2', title: 't', items: [] });
    expect(future.feed.version).to.equal(JSON_FEED_VERSION_1_1);
    expect(warningAt(future, 'version').message).to.match(/"https:\/\/jsonfeed\.org\/version\/2" is not a known jsonfeed\.org version URL; read as https:\/\/jsonfeed\.org\/version\/1\.1\.$/);
  });

  it('keeps a feed whose every item is bad: zero items and one warning per item (influxdata)', async () => {
    const result = normalizeFeed(await fixture('corpus/jsonfeed-invalid/influxdata-items-without-id-1.1.json'));
    expect(result.feed.items).to.deep.equal([]);
    expect(result.feed.title).to.equal('Blog – InfluxData');
    expect(result.warnings.map((w) => w.path)).to.deep.equal(['items[0].id', 'items[1].id', 'items[2].id']);
    expect(result.warnings[0].message).to.equal('Item items[0]: id is missing; item dropped.');
  });
});

describe('normalizeFeed: id', () => {
  it('keeps string ids and turns numbers into strings', () => {
    const { feed } = normalizeFeed(feedOf([{ id: 'a b', title: 'A' }, { id: 42, title: 'B' }, { id: 7.5, title: 'C' }]));
    expect(feed.items.map((a) => a.id)).to.deep.equal(['a b', '42', '7.5']);
  });

  it('drops an item without id, with a warning naming the path (sonicdoe item-missing-id, 1.0)', async () => {
    const result = normalizeFeed(await fixture('corpus/jsonfeed-invalid/sonicdoe-item-missing-id-1.0.json'));
    expect(result.feed.items.map((a) => a.id)).to.deep.equal(['1']);
    const warning = warningAt(result, 'items[0].id');
    expect(warning.itemId).to.equal(undefined);
  });

  it('drops items whose id is an object, a boolean or blank', () => {
    const result = normalizeFeed(feedOf([{ id: { a: 'b' }, title: 'x' }, { id: true, title: 'y' }, { id: '  ', title: 'z' }]));
    expect(result.feed.items).to.deep.equal([]);
    expect(warningAt(result, 'items[0].id').message).to.equal('Item items[0]: id {…} is not a non-blank string or a number; item dropped.');
    expect(warningAt(result, 'items[1].id').message).to.equal('Item items[1]: id true is not a non-blank string or a number; item dropped.');
    expect(warningAt(result, 'items[2].id').message).to.equal('Item items[2]: id "  " is not a non-blank string or a number; item dropped.');
  });

  it('keeps the first of two items with the same id (sonicdoe duplicate-item-ids)', async () => {
    const result = normalizeFeed(await fixture('corpus/jsonfeed-invalid/sonicdoe-duplicate-item-ids-1.0.json'));
    expect(result.feed.items).to.have.length(1);
    expect(result.feed.items[0].url).to.equal('https://example.org/second-item');
    const warning = warningAt(result, 'items[1].id');
    expect(warning.itemId).to.equal('1');
    expect(warning.message).to.equal('Item "1" (items[1]): id is already used by items[0]; item dropped.');
  });

  it('skips null and non-object items with a warning (gofeed null item)', async () => {
    const result = normalizeFeed(await fixture('corpus/jsonfeed-invalid/gofeed-null-item-1.1.json'));
    expect(result.feed.items).to.deep.equal([]);
    expect(warningAt(result, 'items[0]').message).to.equal('Item items[0]: null is not an object; item dropped.');
  });
});

describe('normalizeFeed: headline', () => {
  it('is the title, references decoded (1.1 fixture)', async () => {
    const { feed } = normalizeFeed(await fixture('normalize/harbor-1.1.json'));
    expect(feed.items[0].headline).to.equal('Ferry service returns & adds a night run');
  });

  it('is the title of a 1.0 item', async () => {
    const { feed } = normalizeFeed(await fixture('normalize/harbor-1.0.json'));
    expect(feed.items.map((a) => a.headline)).to.deep.equal(['Ferry service returns', 'Office closed on Monday']);
  });

  it('keeps markup in a title as text', () => {
    const title = "<blink><script>alert('abc');</script></blink>";
    expect(one({ title }).article?.headline).to.equal(title);
  });

  it('falls back to the summary, then content_text, then the text of content_html', async () => {
    expect(one({ title: '', summary: 'From the summary', content_text: 'Body' }).article?.headline).to.equal('From the summary');
    const simple = normalizeFeed(await fixture('corpus/jsonfeed/spec-simple-example-bom-1.0.json'));
    expect(simple.feed.items.map((a) => a.headline)).to.deep.equal(['This is a second item.', 'Hello, world!']);
    const microblog = normalizeFeed(await fixture('corpus/jsonfeed/spec-microblog-example-1.0.json'));
    expect(microblog.feed.items[0].headline).to.equal('Cats are neat. https://example.org/cats');
  });

  it('clamps a derived headline to about 100 characters at a word boundary', async () => {
    const { feed } = normalizeFeed(await fixture('normalize/harbor-1.1.json'));
    const headline = feed.items[1].headline;
    expect(headline).to.equal('Fog again this morning. Visibility at the harbor mouth is under fifty meters; the pilots ask small…');
    expect(headline.length).to.be.at.most(TEXT_LIMITS.derivedTitle);
  });

  it('clamps a very long title', () => {
    const title = 'word '.repeat(20000);
    const headline = one({ title }).article!.headline;
    expect(headline.length).to.be.at.most(TEXT_LIMITS.title);
    expect(headline.endsWith('word…')).to.equal(true);
  });

  it('drops an item with nothing to show, with a warning', () => {
    const result = one({ id: 'photo', content_html: '<p><img src="/a.jpg"></p>', image: '/a.jpg' });
    expect(result.article).to.equal(undefined);
    expect(warningAt(result, 'items[0]').message).to.equal('Item "photo" (items[0]): has no title, summary or content; item dropped.');
  });

  it('warns about a title that is not a string and derives the headline', () => {
    const result = one({ title: 2024, content_text: 'Body text' });
    expect(result.article?.headline).to.equal('Body text');
    expect(warningAt(result, 'items[0].title').message).to.equal('Item "x" (items[0]): title 2024 is not a string; dropped.');
  });
});

describe('normalizeFeed: url', () => {
  it('resolves a relative url against the URL the feed was loaded from', async () => {
    const json = await fixture('normalize/harbor-1.1.json');
    const { feed } = normalizeFeed(json, { url: 'https://mirror.example/feeds/harbor.json' });
    expect(feed.items[0].url).to.equal('https://mirror.example/2026/03/ferry');
    expect(feed.items[2].url).to.equal('https://mirror.example/feeds/market/photos');
  });

  it('else against feed_url', async () => {
    const { feed } = normalizeFeed(await fixture('normalize/harbor-1.1.json'));
    expect(feed.items[0].url).to.equal('https://harbor.example/2026/03/ferry');
    expect(feed.items[2].url).to.equal('https://harbor.example/market/photos');
  });

  it('else against home_page_url when there is no feed_url', () => {
    const result = normalizeFeed(feedOf([{ id: '1', title: 't', url: 'post.html' }], { home_page_url: 'https://home.example/blog/' }));
    expect(result.feed.items[0].url).to.equal('https://home.example/blog/post.html');
  });

  it('resolves a relative feed_url against home_page_url first', () => {
    const extra = { home_page_url: 'https://home.example/blog/', feed_url: 'feed.json' };
    const result = normalizeFeed(feedOf([{ id: '1', title: 't', url: '2026/post.html' }], extra));
    expect(result.feed.feedUrl).to.equal('https://home.example/blog/feed.json');
    expect(result.feed.items[0].url).to.equal('https://home.example/blog/2026/post.html');
  });

  it('stays relative when there is no absolute base', () => {
    const { article } = one({ title: 't', url: '/0swstocks.html' }, { home_page_url: '', feed_url: '/feed.json' });
    expect(article?.url).to.equal('/0swstocks.html');
  });

  it('falls back to external_url (1.0 linked-list posts)', () => {
    expect(one({ title: 't', external_url: 'https://elsewhere.example/story' }).article?.url).to.equal('https://elsewhere.example/story');
    expect(one({ title: 't', url: 'https://own.example/', external_url: 'https://other.example/' }).article?.url).to.equal(
      'https://own.example/',
    );
  });

  it('drops an unsafe url with a warning and keeps the item', () => {
    const result = one({ title: 't', url: 'javascript:alert(1)' });
    expect(result.article?.headline).to.equal('t');
    expect(result.article?.url).to.equal(undefined);
    expect(warningAt(result, 'items[0].url').message).to.equal('Item "x" (items[0]): url "javascript:alert(1)" is not an http(s) URL; dropped.');
  });
});

describe('normalizeFeed: summary', () => {
  it('is the summary field', async () => {
    const { feed } = normalizeFeed(await fixture('normalize/harbor-1.1.json'));
    expect(feed.items[0].summary).to.equal('The harbor ferry is back after a winter in dry dock, with a new late-evening crossing.');
  });

  it('else the start of content_text (spec podcast example has both: summary wins)', async () => {
    const podcast = normalizeFeed(await fixture('corpus/jsonfeed/spec-podcast-example-1.0.json'));
    expect(podcast.feed.items[0].summary).to.equal('Brent interviews Chris Parrish, co-host of The Record and one-half of Aged & Distilled.');
    const result = one({ title: 'T', content_text: `${'Lorem ipsum dolor sit amet. '.repeat(30)}` });
    expect(result.article?.summary?.length).to.be.at.most(TEXT_LIMITS.derivedSummary);
    expect(result.article?.summary?.startsWith('Lorem ipsum dolor sit amet. Lorem')).to.equal(true);
    expect(result.article?.summary?.endsWith('…')).to.equal(true);
  });

  it('else the text of content_html, without scripts (feedparser example)', async () => {
    const { feed } = normalizeFeed(await fixture('corpus/jsonfeed/feedparser-example-script-1.0.json'));
    expect(feed.items[0].summary).to.equal('This is a second item.');
    expect(one({ title: 'T', content_html: '<p>Hello <b>there</b>.</p><script>alert()</script>' }).article?.summary).to.equal('Hello there.');
  });

  it('is left out when it would repeat a headline taken from the same text', async () => {
    const { feed } = normalizeFeed(await fixture('corpus/jsonfeed/feedparser-example-script-1.0.json'));
    expect(feed.items[1].headline).to.equal('Hello, world!');
    expect(feed.items[1].summary).to.equal(undefined);
  });

  it('clamps a long summary field', () => {
    const summary = one({ title: 'T', summary: 'dek '.repeat(1000) }).article?.summary ?? '';
    expect(summary.length).to.be.at.most(TEXT_LIMITS.summary);
    expect(summary.endsWith('…')).to.equal(true);
  });
});

describe('normalizeFeed: image, alt, credit', () => {
  it('is image, with _news.image_alt and _news.image_credit', async () => {
    const { feed } = normalizeFeed(await fixture('normalize/harbor-1.1.json'));
    expect(feed.items[0].image).to.deep.equal({
      src: 'https://harbor.example/img/ferry.jpg',
      alt: 'The ferry at dusk',
      credit: 'Photo: Ana Ruiz',
    });
  });

  it('else banner_image, with an empty alt', async () => {
    const { feed } = normalizeFeed(await fixture('normalize/harbor-1.1.json'));
    expect(feed.items[1].image).to.deep.equal({ src: 'https://cdn.harbor.example/fog.jpg', alt: '' });
  });

  it('else the first image/* attachment', async () => {
    const { feed } = normalizeFeed(await fixture('normalize/harbor-1.1.json'));
    expect(feed.items[2].image).to.deep.equal({ src: 'https://harbor.example/img/market-1.jpg', alt: '' });
    expect(one({ title: 't', attachments: [{ url: 'https://a.example/v.mp4', mime_type: 'video/mp4' }] }).article?.image).to.equal(undefined);
  });

  it('prefers image over banner_image when both are there (journal 3960, 1.1)', async () => {
    const { feed } = normalizeFeed(await fixture('corpus/jsonfeed/journal-3960-de-1.1.json'));
    expect(feed.items[0].image?.src).to.equal('https://cdn.3960.org/favicon-192x192.png');
  });

  it('drops an unsafe image with a warning and tries the next candidate', () => {
    const result = one({ title: 't', image: 'data:image/png;base64,AAAA', banner_image: 'https://a.example/banner.png' });
    expect(result.article?.image?.src).to.equal('https://a.example/banner.png');
    expect(warningAt(result, 'items[0].image').message).to.equal('Item "x" (items[0]): image "data:image/png;base64,AAAA" is not an http(s) URL; dropped.');
  });
});

describe('normalizeFeed: authors', () => {
  it('reads item authors (1.1) and item author (1.0) alike (Daring Fireball 2021 and 2017)', async () => {
    const v11 = normalizeFeed(await fixture('corpus/jsonfeed/daringfireball-2021-1.1.json'));
    const v10 = normalizeFeed(await fixture('corpus/jsonfeed/daringfireball-2017-1.0.json'));
    expect(v11.feed.items[0].authors).to.deep.equal([{ name: 'John Gruber' }]);
    expect(v10.feed.items[0].authors).to.deep.equal([{ name: 'John Gruber' }]);
    expect(v11.feed.authors).to.deep.equal([{ name: 'John Gruber', url: 'https://twitter.com/gruber' }]);
    expect(v10.feed.authors).to.deep.equal([{ name: 'John Gruber', url: 'https://twitter.com/gruber' }]);
  });

  it('prefers authors over author, at item and feed level (NetNewsWire authors test)', async () => {
    const json = await fixture('corpus/jsonfeed/netnewswire-authors-test-1.1.json');
    // The fixture's items have no content; give them some so that they are kept.
    for (const item of json.items as Json[]) item.content_text = 'Some text.';
    const { feed } = normalizeFeed(json);
    const names = (a: Article) => a.authors.map((author) => author.name);
    expect(feed.authors.map((a) => a.name)).to.deep.equal(['Root Author 1', 'Root Author 2']);
    expect(feed.items.map(names)).to.deep.equal([
      ['Root Author 1', 'Root Author 2'],
      ['Legacy Item Author'],
      ['Item Author 1', 'Item Author 2'],
      ['Item Author 1', 'Item Author 2'],
    ]);
  });

  it('falls back to the feed author (1.0) with url and avatar', async () => {
    const { feed } = normalizeFeed(await fixture('normalize/harbor-1.0.json'));
    expect(feed.items[0].authors).to.deep.equal([{ name: 'Ana Ruiz', url: 'https://harbor.example/staff/ana' }]);
    expect(feed.items[1].authors).to.deep.equal([
      { name: 'Harbor Times Staff', url: 'https://harbor.example/staff', avatar: 'https://harbor.example/staff.png' },
    ]);
  });

  it('resolves author url and avatar against the feed URL (1.1 fixture)', async () => {
    const { feed } = normalizeFeed(await fixture('normalize/harbor-1.1.json'));
    expect(feed.items[0].authors).to.deep.equal([
      { name: 'Ana Ruiz', url: 'https://harbor.example/staff/ana', avatar: 'https://harbor.example/avatars/ana.jpg' },
      { name: 'Li Wei' },
    ]);
  });

  it('drops bad entries one by one (gofeed null authors)', async () => {
    const itemAuthor = normalizeFeed(await fixture('corpus/jsonfeed-invalid/gofeed-null-item-author-1.1.json'));
    expect(itemAuthor.feed.items[1].authors).to.deep.equal([{ name: 'Alice' }]);
    expect(warningAt(itemAuthor, 'items[1].authors[1]').message).to.equal('Item "b" (items[1]): authors[1] null is not an object; dropped.');
    const feedAuthor = normalizeFeed(await fixture('corpus/jsonfeed-invalid/gofeed-null-feed-author-1.1.json'));
    expect(feedAuthor.feed.authors).to.deep.equal([]);
    expect(warningAt(feedAuthor, 'authors[0]').message).to.equal('Feed: authors[0] null is not an object; dropped.');
  });

  it('drops an author with neither name nor url, and an unsafe author url (journal 3960 mailto:)', async () => {
    const result = one({ title: 't', authors: [{ name: '' }, { avatar: 'https://a.example/a.png' }, { name: 'Kept' }] });
    expect(result.article?.authors).to.deep.equal([{ name: 'Kept' }]);
    expect(warningAt(result, 'items[0].authors[0]').message).to.equal('Item "x" (items[0]): authors[0] has no name or URL; dropped.');
    const journal = normalizeFeed(await fixture('corpus/jsonfeed/journal-3960-de-1.1.json'));
    expect(journal.feed.items[0].authors).to.deep.equal([
      { name: 'Frank Boës', avatar: 'https://www.gravatar.com/avatar/71fcf51cf2ae9acdd54182d3e367ceca' },
    ]);
    expect(warningAt(journal, 'items[0].authors[0].url').message).to.match(/: authors\[0\]\.url "mailto:info@3960\.org" is not an http\(s\) URL; dropped\.$/);
  });

  it('warns about "author": "" instead of failing', () => {
    const result = one({ title: 't', author: '' }, { authors: [{ name: 'Desk' }] });
    expect(result.article?.authors).to.deep.equal([{ name: 'Desk' }]);
    expect(warningAt(result, 'items[0].author').message).to.equal('Item "x" (items[0]): author "" is not an object; dropped.');
  });

  it('gives every item its own copy of the feed authors', () => {
    const { feed } = normalizeFeed(feedOf([{ id: '1', title: 'a' }, { id: '2', title: 'b' }], { authors: [{ name: 'Desk' }] }));
    feed.items[0].authors[0].name = 'Changed';
    expect(feed.items[1].authors[0].name).to.equal('Desk');
    expect(feed.authors[0].name).to.equal('Desk');
  });
});

describe('normalizeFeed: published, modified', () => {
  it('reads RFC 3339 dates with offsets and fractions (1.1 fixture)', async () => {
    const { feed } = normalizeFeed(await fixture('normalize/harbor-1.1.json'));
    expect(iso(feed.items[0].published)).to.equal('2026-03-29T05:46:00.000Z');
    expect(iso(feed.items[0].modified)).to.equal('2026-03-29T09:05:30.000Z');
    expect(iso(feed.items[1].published)).to.equal('2026-03-29T04:10:00.123Z');
  });

  it('reads 1.0 dates (Daring Fireball 2017)', async () => {
    const { feed } = normalizeFeed(await fixture('corpus/jsonfeed/daringfireball-2017-1.0.json'));
    expect(iso(feed.items[0].published)).to.equal('2017-05-24T21:28:28.000Z');
    expect(iso(feed.items[0].modified)).to.equal('2017-05-24T23:09:44.000Z');
  });

  it('keeps a modified date earlier than the published one as given (jan alphadev)', async () => {
    const { feed } = normalizeFeed(await fixture('corpus/jsonfeed/jan-alphadev-1.1.json'));
    expect(iso(feed.items[0].published)).to.equal('2025-05-23T00:00:00.000Z');
    expect(iso(feed.items[0].modified)).to.equal('2024-10-04T18:16:37.000Z');
  });

  it('drops a date without time zone with a warning that names item, path and value', () => {
    const items = [0, 1, 2].map((i) => ({ id: `ok${i}`, title: 't' }));
    const result = normalizeFeed(feedOf([...items, { id: 'abc', title: 't', date_published: '2018-01-06T08:00' }]));
    expect(result.feed.items[3].published).to.equal(undefined);
    const warning = warningAt(result, 'items[3].date_published');
    expect(warning.itemId).to.equal('abc');
    expect(warning.message).to.equal('Item "abc" (items[3]): date_published "2018-01-06T08:00" is not an RFC 3339 date; dropped.');
  });

  it('drops date-only, impossible, RFC 822 and non-string dates', () => {
    const values = ['2026-08-18', '2026-02-30T10:00:00Z', '30086-30-09T818:3030:00+08:00', 'Fri, 31 May 2019 12:17:58 -0700', 1711700000];
    for (const value of values) {
      const result = one({ title: 't', date_modified: value });
      expect(result.article?.modified, String(value)).to.equal(undefined);
      expect(warningAt(result, 'items[0].date_modified').message).to.match(/: date_modified .* is not an RFC 3339 date; dropped\.$/);
    }
  });

  it('treats empty and null dates as absent, without a warning', () => {
    const result = one({ title: 't', date_published: '', date_modified: null });
    expect(result.article?.published).to.equal(undefined);
    expect(result.warnings).to.deep.equal([]);
  });
});

describe('parseRfc3339', () => {
  it('reads the forms RFC 3339 allows', () => {
    expect(iso(parseRfc3339('2019-10-12T07:20:50.52Z'))).to.equal('2019-10-12T07:20:50.520Z');
    expect(iso(parseRfc3339('2016-02-09T14:22:00-07:00'))).to.equal('2016-02-09T21:22:00.000Z');
    expect(iso(parseRfc3339('2016-02-09t14:22:00z'))).to.equal('2016-02-09T14:22:00.000Z');
    expect(iso(parseRfc3339('2016-02-09 14:22:00+00:00'))).to.equal('2016-02-09T14:22:00.000Z');
    expect(iso(parseRfc3339('2024-02-29T23:59:59Z'))).to.equal('2024-02-29T23:59:59.000Z');
    expect(iso(parseRfc3339('2016-02-09T14:22:00+05:30'))).to.equal('2016-02-09T08:52:00.000Z');
    expect(iso(parseRfc3339('2016-02-09T14:22:00-00:00'))).to.equal('2016-02-09T14:22:00.000Z');
    expect(iso(parseRfc3339('2016-02-09T14:22:00.123456789Z'))).to.equal('2016-02-09T14:22:00.123Z');
    expect(iso(parseRfc3339('0045-03-15T12:00:00Z'))).to.equal('0045-03-15T12:00:00.000Z');
    expect(iso(parseRfc3339('0000-02-29T00:00:00Z'))).to.equal('0000-02-29T00:00:00.000Z');
    expect(iso(parseRfc3339('2022-04-10T17:19:45.000Z'))).to.equal('2022-04-10T17:19:45.000Z');
  });

  it('refuses everything else', () => {
    const bad = [
      '', '2026-08-18', '2018-01-06T08:00', '2018-01-06T08:00:00', '2023-02-29T00:00:00Z', '2024-13-01T00:00:00Z',
      '2024-04-31T00:00:00Z', '2024-01-01T24:00:00Z', '2024-01-01T00:60:00Z', '2024-01-01T00:00:61Z',
      '2024-01-01T00:00:00+24:00', '2024-01-01T00:00:00+0100', '2024-01-01T00:00:00.Z', '2024-01-01T00:00:00ZZ',
      '24-01-01T00:00:00Z', '2024-1-01T00:00:00Z', 'Fri, 31 May 2019 12:17:58 -0700', '２０２４-01-01T00:00:00Z',
      '0100-02-29T00:00:00Z', '2023-02-29T23:00:00-05:00',
      // A leap second is dropped, not guessed: Date has no place for it.
      '2024-02-29T23:59:60Z', '2016-12-31T23:59:60Z',
    ];
    for (const value of bad) expect(parseRfc3339(value), value).to.equal(undefined);
  });

  it('refuses an instant that its offset moves out of the years 0000-9999, which <time datetime> cannot write', () => {
    expect(parseRfc3339('0000-01-01T00:59:59+01:00')).to.equal(undefined);
    expect(parseRfc3339('9999-12-31T23:00:00-01:00')).to.equal(undefined);
    expect(iso(parseRfc3339('0000-01-01T01:00:00+01:00'))).to.equal('0000-01-01T00:00:00.000Z');
    expect(iso(parseRfc3339('9999-12-31T22:59:59.999-01:00'))).to.equal('9999-12-31T23:59:59.999Z');
  });

  it('agrees with the Date object on every valid date-time', () => {
    const pad = (n: number, width = 2) => String(n).padStart(width, '0');
    fc.assert(
      fc.property(
        fc.date({ min: new Date('0000-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59Z'), noInvalidDate: true }),
        fc.integer({ min: -23 * 60 - 59, max: 23 * 60 + 59 }),
        (date, offsetMinutes) => {
          const local = new Date(date.getTime() + offsetMinutes * 60000);
          if (local.getUTCFullYear() < 0 || local.getUTCFullYear() > 9999) return;
          const sign = offsetMinutes < 0 ? '-' : '+';
          const abs = Math.abs(offsetMinutes);
          const day = `${pad(local.getUTCFullYear(), 4)}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`;
          const time = `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}`;
          const text = `${day}T${time}.${pad(local.getUTCMilliseconds(), 3)}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
          expect(parseRfc3339(text)?.getTime(), text).to.equal(date.getTime());
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('normalizeFeed: section and tags', () => {
  it('section is _news.section, else the first tag', async () => {
    const { feed } = normalizeFeed(await fixture('normalize/harbor-1.1.json'));
    expect(feed.items.map((a) => a.section)).to.deep.equal(['City', 'Weather', 'Culture', '国际']);
    expect(one({ title: 't' }).article?.section).to.equal(undefined);
  });

  it('tags are the strings of tags, cleaned and without repeats (1.0 feedparser example)', async () => {
    const { feed } = normalizeFeed(await fixture('corpus/jsonfeed/feedparser-example-script-1.0.json'));
    expect(feed.items[0].tags).to.deep.equal(['test', 'JSON']);
    expect(feed.items[0].section).to.equal('test');
    expect(one({ title: 't', tags: [' Rock &amp; Roll ', 'Rock & Roll', 'Jazz'] }).article?.tags).to.deep.equal(['Rock & Roll', 'Jazz']);
  });

  it('drops tags that are not strings, each with a warning; null and empty tags are absent', () => {
    const result = one({ title: 't', tags: ['ok', 7, null, { a: 1 }, ''] });
    expect(result.article?.tags).to.deep.equal(['ok']);
    expect(result.warnings.map((w) => w.path)).to.deep.equal(['items[0].tags[1]', 'items[0].tags[3]']);
    expect(result.warnings[0].message).to.equal('Item "x" (items[0]): tags[1] 7 is not a string; dropped.');
    expect(result.warnings[1].message).to.equal('Item "x" (items[0]): tags[3] {…} is not a string; dropped.');
    expect(one({ title: 't', tags: 7 }).warnings[0].message).to.equal('Item "x" (items[0]): tags 7 is not an array; dropped.');
  });

  it('reads a comma-separated string as a list of tags, without a warning', () => {
    const result = one({ title: 't', tags: 'workflow,omnifocus, siri shortcuts ,,' });
    expect(result.article?.tags).to.deep.equal(['workflow', 'omnifocus', 'siri shortcuts']);
    expect(result.article?.section).to.equal('workflow');
    expect(result.warnings).to.deep.equal([]);
    expect(one({ title: 't', tags: '' }).article?.tags).to.deep.equal([]);
  });

  it(`keeps at most ${MAX_TAGS} tags, with a warning`, () => {
    const tags = Array.from({ length: 80 }, (_, i) => `tag${i}`);
    const result = one({ title: 't', tags });
    expect(result.article?.tags).to.deep.equal(tags.slice(0, MAX_TAGS));
    expect(result.warnings.map((w) => w.message)).to.deep.equal([
      `Item "x" (items[0]): tags has more than ${MAX_TAGS} entries; the rest dropped.`,
    ]);
  });
});

describe('normalizeFeed: language', () => {
  it('is the item language, else the feed language (1.1)', async () => {
    const { feed } = normalizeFeed(await fixture('normalize/harbor-1.1.json'));
    expect(feed.language).to.equal('en-US');
    expect(feed.items.map((a) => a.language)).to.deep.equal(['en-GB', 'en-US', 'en-US', 'zh-CN']);
  });

  it('is read from a 1.0 feed too, with "_" read as "-"', () => {
    const items = [{ id: '1', title: 'x', language: 'en_US' }, { id: '2', title: 'y' }, { id: '3', title: 'z', language: 'zh-Hant-TW' }];
    const { feed } = normalizeFeed({ version: JSON_FEED_VERSION_1, title: 't', language: 'ar', items });
    expect(feed.items.map((a) => a.language)).to.deep.equal(['en-US', 'ar', 'zh-Hant-TW']);
    expect(one({ title: 't', language: 'EN-gb' }).article?.language, 'in its canonical form').to.equal('en-GB');
  });

  it('drops an invalid language with a warning and falls back to the feed language', () => {
    const result = one({ title: 't', language: 'english please' }, { language: 'de-DE' });
    expect(result.article?.language).to.equal('de-DE');
    expect(warningAt(result, 'items[0].language').message).to.equal(
      'Item "x" (items[0]): language "english please" is not a BCP 47 language tag; dropped.',
    );
    for (const language of ['x', 'en-', 'en--US', 12, ['en']]) {
      expect(one({ title: 't', language }).warnings.map((w) => w.path), String(language)).to.deep.equal(['items[0].language']);
    }
  });
});

describe('normalizeFeed: rank', () => {
  it('is _news.rank when it is a positive whole number', async () => {
    const { feed } = normalizeFeed(await fixture('normalize/harbor-1.1.json'));
    expect(feed.items.map((a) => a.rank)).to.deep.equal([1, undefined, 3, undefined]);
  });

  it('drops other ranks with a warning', () => {
    for (const rank of [0, -1, 1.5, '1', true]) {
      const result = one({ title: 't', _news: { rank } });
      expect(result.article?.rank, String(rank)).to.equal(undefined);
      expect(warningAt(result, 'items[0]._news.rank').message).to.match(/^Item "x" \(items\[0\]\): _news\.rank \S+ is not a positive whole number; dropped\.$/);
    }
  });
});

describe('normalizeFeed: reading time', () => {
  it('comes from the words of content_html (690 words: 3 minutes) and content_text', async () => {
    const { feed } = normalizeFeed(await fixture('normalize/harbor-1.1.json'));
    expect(feed.items[0].readingTime).to.equal(3);
    expect(feed.items[1].readingTime).to.equal(1);
  });

  it('counts Chinese by characters (484 characters: 2 minutes)', async () => {
    const { feed } = normalizeFeed(await fixture('normalize/harbor-1.1.json'));
    expect(feed.items[3].readingTime).to.equal(2);
  });

  it('is absent when there is no body', () => {
    expect(one({ title: 't' }).article?.readingTime).to.equal(undefined);
    expect(one({ title: 't', content_html: '<p><img src="/a.jpg"></p>' }).article?.readingTime).to.equal(undefined);
  });

  it('grows with long bodies', () => {
    const text = 'Word after word after word. '.repeat(460); // 2300 words: 10 minutes
    expect(one({ title: 't', content_html: `<p>${text}</p>` }).article?.readingTime).to.be.within(9, 11);
    expect(one({ title: 't', content_text: text }).article?.readingTime).to.be.within(9, 11);
    expect(one({ title: 't', content_text: 'Word after word after word. '.repeat(46) }).article?.readingTime).to.equal(1);
  });
});

describe('normalizeFeed: the feed itself', () => {
  it('reads title, description, home page, feed URL, next page, icon, language, time zone and authors', async () => {
    const { feed, warnings } = normalizeFeed(await fixture('normalize/harbor-1.1.json'));
    const { items, ...rest } = feed;
    expect(items).to.have.length(4);
    expect(rest).to.deep.equal({
      version: JSON_FEED_VERSION_1_1,
      title: 'The Harbor Times',
      description: 'Local news from the harbor & the hills.',
      homePageUrl: 'https://harbor.example/',
      feedUrl: 'https://harbor.example/feed.json',
      nextUrl: 'https://harbor.example/feed.json?page=2',
      icon: 'https://harbor.example/icon-512.png',
      language: 'en-US',
      timeZone: 'Europe/Berlin',
      authors: [{ name: 'Harbor Times Staff', url: 'https://harbor.example/staff' }],
    });
    expect(warnings).to.deep.equal([]);
  });

  it('uses the URL it was loaded from as its own URL', async () => {
    const { feed } = normalizeFeed(await fixture('normalize/harbor-1.1.json'), { url: 'https://mirror.example/h.json' });
    expect(feed.feedUrl).to.equal('https://mirror.example/h.json');
    expect(feed.icon).to.equal('https://mirror.example/icon-512.png');
  });

  it('takes the icon from icon only, not from the favicon', () => {
    expect(normalizeFeed(feedOf([], { favicon: 'https://a.example/favicon.ico' })).feed.icon).to.equal(undefined);
  });

  it('keeps a next_url that is the feed\'s own URL, without a warning (sonicdoe next-url): news-feed stops there', async () => {
    const result = normalizeFeed(await fixture('corpus/jsonfeed-invalid/sonicdoe-next-url-equals-feed-url-1.0.json'));
    expect(result.feed.nextUrl).to.equal('https://example.org/feed.json');
    expect(result.warnings).to.deep.equal([]);
  });

  it('drops an unknown time zone with a warning', () => {
    const result = normalizeFeed(feedOf([], { _news: { time_zone: 'Mars/Olympus_Mons' } }));
    expect(result.feed.timeZone).to.equal(undefined);
    expect(warningAt(result, '_news.time_zone').message).to.equal('Feed: _news.time_zone "Mars/Olympus_Mons" is not an IANA time zone; dropped.');
    expect(ianaTimeZone('America/New_York')).to.equal('America/New_York');
    expect(ianaTimeZone('+01:00')).to.equal(undefined);
    expect(ianaTimeZone(42)).to.equal(undefined);
  });

  it('cleans the title of controls and bidi overrides (bad-parts fixture)', async () => {
    const result = normalizeFeed(await fixture('normalize/bad-parts.json'));
    expect(result.feed.title).to.equal('Bad parts');
    expect(result.feed.homePageUrl).to.equal(undefined);
    expect(result.feed.language).to.equal(undefined);
    expect(result.feed.authors).to.deep.equal([{ name: 'Feed Desk' }]);
  });
});

describe('normalizeFeed: many bad parts at once', () => {
  let result: NormalizeResult;
  before(async () => {
    result = normalizeFeed(await fixture('normalize/bad-parts.json'));
  });

  it('keeps exactly the items with an id and something to show', () => {
    expect(result.feed.items.map((a) => a.id)).to.deep.equal(['dup', 'unsafe', 'proto', 'dates', 'rank', 'tags-text', 'news-array', '7.5']);
  });

  it('keeps the safe parts of an item with unsafe ones', () => {
    const unsafe = result.feed.items[1];
    expect(unsafe.url).to.equal('https://bad.example/safe');
    expect(unsafe.image).to.deep.equal({ src: 'https://bad.example/img/ok.png', alt: '' });
    expect(unsafe.authors).to.deep.equal([{ name: 'Eve' }]);
    expect(unsafe.tags).to.deep.equal(['ok']);
    expect(unsafe.published).to.equal(undefined);
    expect(unsafe.modified).to.equal(undefined);
    expect(unsafe.rank).to.equal(undefined);
  });

  it('names the path and the item of every warning in a sentence', () => {
    for (const warning of result.warnings) {
      expect(warning.message).to.match(/^(Feed|Item [^:]+): .+\.$/);
      const item = /^items\[(\d+)\]/.exec(warning.path);
      if (item !== null) expect(warning.message).to.contain(`items[${item[1]}]`);
      if (warning.itemId !== undefined) expect(warning.message).to.contain(JSON.stringify(warning.itemId));
    }
    expect(result.warnings.map((w) => w.path)).to.include.members([
      'home_page_url', 'language', '_news.time_zone', 'items[0]', 'items[1].id', 'items[2].id', 'items[4].id',
      'items[5].url', 'items[5].image', 'items[5].banner_image', 'items[5].attachments[0].url', 'items[5].authors[0]',
      'items[5].authors[1]', 'items[5].authors[2].url', 'items[5].authors[2].avatar', 'items[5].date_published',
      'items[5].date_modified', 'items[5].tags[1]', 'items[5]._news.section', 'items[5].language',
      'items[5]._news.rank', 'items[6]', 'items[7].author', 'items[8].date_published', 'items[8].date_modified', 'items[9]',
      'items[10]._news.rank', 'items[12]._news', 'items[13].id', 'items[14].date_published',
    ]);
  });
});

describe('normalizeFeed: every mapping row, in the 1.0 and the 1.1 form', () => {
  const forms = [
    { name: '1.0', version: JSON_FEED_VERSION_1, authors: (a: Json) => ({ author: a }) },
    { name: '1.1', version: JSON_FEED_VERSION_1_1, authors: (a: Json) => ({ authors: [a] }) },
  ];
  for (const form of forms) {
    it(`reads every field of a ${form.name} item`, () => {
      const json = {
        version: form.version,
        title: 'Harbor',
        feed_url: 'https://harbor.example/feed.json',
        language: 'en',
        _news: { time_zone: 'Europe/Berlin' },
        ...form.authors({ name: 'Desk' }),
        items: [
          {
            id: 12,
            url: 'stories/12',
            title: 'Ferry &amp; bus',
            content_html: '<p>The ferry is back.</p><script>x()</script>',
            banner_image: '/banner.jpg',
            date_published: '2026-03-29T07:46:00+02:00',
            date_modified: '2026-03-29T08:00:00Z',
            tags: ['Transport', 'City'],
            language: 'en-GB',
            _news: { rank: 2, image_alt: 'The ferry', image_credit: 'AP' },
            ...form.authors({ name: 'Ana', url: '/ana', avatar: 'https://cdn.example/ana.png' }),
          },
          { id: 'second', content_text: 'Only text here.' },
        ],
      };
      const { feed, warnings } = normalizeFeed(json);
      expect(warnings).to.deep.equal([]);
      expect(feed.version).to.equal(form.version);
      expect(feed.timeZone).to.equal('Europe/Berlin');
      expect(feed.authors).to.deep.equal([{ name: 'Desk' }]);
      expect(feed.items[0]).to.deep.equal({
        id: '12',
        headline: 'Ferry & bus',
        url: 'https://harbor.example/stories/12',
        summary: 'The ferry is back.',
        image: { src: 'https://harbor.example/banner.jpg', alt: 'The ferry', credit: 'AP' },
        authors: [{ name: 'Ana', url: 'https://harbor.example/ana', avatar: 'https://cdn.example/ana.png' }],
        published: new Date('2026-03-29T05:46:00Z'),
        modified: new Date('2026-03-29T08:00:00Z'),
        section: 'Transport',
        tags: ['Transport', 'City'],
        language: 'en-GB',
        rank: 2,
        readingTime: 1,
      });
      expect(feed.items[1]).to.deep.equal({
        id: 'second',
        headline: 'Only text here.',
        authors: [{ name: 'Desk' }],
        tags: [],
        language: 'en',
        readingTime: 1,
      });
    });
  }
});

describe('normalizeFeed: safety', () => {
  it('ignores __proto__ and constructor keys of the JSON', async () => {
    const { feed } = normalizeFeed(await fixture('normalize/bad-parts.json'));
    const proto = feed.items.find((a) => a.id === 'proto')!;
    expect(proto.headline).to.equal('Prototype keys');
    expect(proto.url).to.equal(undefined);
    expect(Object.getPrototypeOf(proto)).to.equal(Object.prototype);
    expect(({} as Json).title).to.equal(undefined);
  });

  it('reads own properties only, never inherited ones', () => {
    const inherited = { title: 'Inherited', url: 'https://evil.example/' };
    const item = Object.assign(Object.create(inherited), { id: '1', content_text: 'Own text' });
    const { feed } = normalizeFeed(feedOf([item]));
    expect(feed.items[0].headline).to.equal('Own text');
    expect(feed.items[0].url).to.equal(undefined);
  });

  it('is not fooled by a polluted Object.prototype', () => {
    const proto = Object.prototype as Json;
    proto.url = 'javascript:alert(1)';
    proto.title = 'Polluted';
    proto.version = JSON_FEED_VERSION_1_1;
    try {
      const json = '{"version":"https://jsonfeed.org/version/1","title":"t","items":[{"id":"1","content_text":"Own"}]}';
      const { feed } = normalizeFeed(JSON.parse(json));
      expect(feed.items[0].headline).to.equal('Own');
      expect(Object.keys(feed.items[0])).to.not.include('url');
      expect(invalid(JSON.parse('{"items":[]}')).path).to.equal('version');
    } finally {
      delete proto.url;
      delete proto.title;
      delete proto.version;
    }
  });

  it('does not change its input', async () => {
    const json = await fixture('normalize/bad-parts.json');
    const before = JSON.stringify(json);
    normalizeFeed(json);
    expect(JSON.stringify(json)).to.equal(before);
  });

  it('turns a document or an item whose properties throw (no JSON does) into FeedError', () => {
    const fail = (): never => {
      throw new Error('trap');
    };
    const trap = new Proxy({}, { get: fail, getOwnPropertyDescriptor: fail });
    const error = invalid(feedOf([trap, { id: 'ok', title: 'Fine' }]), { url: 'https://a.example/feed.json' });
    expect(error.message).to.equal('The feed could not be read: trap');
    expect(error.path).to.equal('');
    expect(error.src).to.equal('https://a.example/feed.json');
    expect(invalid(trap).path).to.equal('');
  });

  it('never throws anything but FeedError, for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        try {
          normalizeFeed(value);
        } catch (error) {
          expect(error).to.be.instanceOf(FeedError);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('always gives usable articles for feeds of arbitrary items', () => {
    const tricky = fc.constantFrom('javascript:alert(1)', ' /a', '2024-01-01T00:00:00Z', '<b>x</b>', '&amp;', '\u202e');
    const anyValue = fc.oneof(fc.jsonValue(), fc.string(), tricky);
    const itemKeys = fc.constantFrom(
      'id', 'title', 'summary', 'content_text', 'content_html', 'url', 'external_url', 'image', 'banner_image',
      'attachments', 'authors', 'author', 'tags', 'language', 'date_published', 'date_modified', '_news', '__proto__',
      'constructor',
    );
    const feedKeys = fc.constantFrom('feed_url', 'home_page_url', 'authors', 'author', 'language', '_news', 'next_url', 'icon');
    const items = fc.array(fc.oneof(fc.dictionary(itemKeys, anyValue), anyValue), { maxLength: 8 });
    fc.assert(
      fc.property(items, fc.dictionary(feedKeys, anyValue), (items, extra) => {
        const { feed, warnings } = normalizeFeed({ ...extra, version: JSON_FEED_VERSION_1_1, title: 'Fuzz', items });
        for (const article of feed.items) {
          expect(article.id).to.be.a('string').and.not.equal('');
          expect(article.headline).to.be.a('string').and.not.equal('');
          // eslint-disable-next-line no-control-regex -- control characters are what must not be there
          expect(article.headline).to.not.match(/[\u0000-\u0008\u202a-\u202e\u2066-\u2069]/);
          for (const url of [article.url, article.image?.src, ...article.authors.flatMap((a) => [a.url, a.avatar])]) {
            if (url === undefined) continue;
            expect(['http:', 'https:']).to.include(new URL(url, 'https://page.example/').protocol);
          }
          if (article.published) expect(Number.isFinite(article.published.getTime())).to.equal(true);
        }
        for (const warning of warnings) expect(warning.message).to.be.a('string').and.match(/\.$/);
      }),
      { numRuns: 300 },
    );
  });
});

describe('normalizeFeed: bounded work, whatever the feed holds', () => {
  it(`reads at most ${MAX_AUTHORS} authors of a feed or an item, with one warning`, () => {
    const authors = Array.from({ length: 5000 }, (_, i) => ({ name: `Author ${i}` }));
    const items = Array.from({ length: 3 }, (_, i) => ({ id: String(i), title: `Story ${i}` }));
    const { feed, warnings } = normalizeFeed(feedOf([...items, { id: 'own', title: 'Own', authors }], { authors }));
    expect(feed.authors).to.have.length(MAX_AUTHORS);
    for (const article of feed.items) expect(article.authors, article.id).to.have.length(MAX_AUTHORS);
    expect(warnings.map((w) => w.message)).to.deep.equal([
      `Feed: authors has more than ${MAX_AUTHORS} entries; the rest dropped.`,
      `Item "own" (items[3]): authors has more than ${MAX_AUTHORS} entries; the rest dropped.`,
    ]);
    const exactly = normalizeFeed(feedOf([{ id: '1', title: 't', authors: authors.slice(0, MAX_AUTHORS) }]));
    expect(exactly.warnings).to.deep.equal([]);
  });

  it(`lists at most ${MAX_WARNINGS} warnings, then counts the rest in one more`, () => {
    const bad = new Array(5000).fill({ title: 'No id' });
    const { feed, warnings } = normalizeFeed(feedOf([...bad, { id: 'kept', title: 'Kept' }]));
    expect(feed.items.map((a) => a.id)).to.deep.equal(['kept']);
    expect(warnings).to.have.length(MAX_WARNINGS + 1);
    expect(warnings[MAX_WARNINGS - 1].path).to.equal(`items[${MAX_WARNINGS - 1}].id`);
    expect(warnings[MAX_WARNINGS]).to.deep.equal({ path: '', message: `Feed: ${5000 - MAX_WARNINGS} more warnings were left out.` });
    expect(normalizeFeed(feedOf(new Array(MAX_WARNINGS).fill({ title: 'No id' }))).warnings).to.have.length(MAX_WARNINGS);
  });

  it(`reads the first ${MAX_TAGS} entries of tags, and says so once`, () => {
    const tags = [...Array.from({ length: MAX_TAGS - 1 }, (_, i) => `t${i}`), 5, 'late'];
    const { feed, warnings } = normalizeFeed(feedOf([{ id: '1', title: 't', tags }]));
    expect(feed.items[0].tags).to.have.length(MAX_TAGS - 1);
    expect(warnings.map((w) => w.path)).to.deep.equal(['items[0].tags', `items[0].tags[${MAX_TAGS - 1}]`]);
  });

  it('quotes feed text in warnings on one line: controls escaped; C1 controls, line separators, bidi controls and the BOM replaced', () => {
    const { warnings } = normalizeFeed(feedOf([{ id: '1', title: 't', url: 'javascript:\u0001\n\u0085\u2028\u2029\ufeff\u202ex' }]));
    expect(warnings[0].message).to.equal(
      'Item "1" (items[0]): url "javascript:\\u0001\\n\ufffd\ufffd\ufffd\ufffd\ufffdx" is not an http(s) URL; dropped.',
    );
  });

  it('quotes at most 60 characters of a value', () => {
    const url = `javascript:${'x'.repeat(100)}`;
    const { warnings } = normalizeFeed(feedOf([{ id: '1', title: 't', url }]));
    expect(warnings[0].message).to.equal(`Item "1" (items[0]): url "${url.slice(0, 60)}…" is not an http(s) URL; dropped.`);
  });
});
