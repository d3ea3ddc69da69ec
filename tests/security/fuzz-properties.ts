/**
 * Property-based tests of everything a hostile feed body reaches before the DOM: the loader's parsing
 * (`parseFeedText`) and the normalizer (`normalizeFeed`). Plain assertions (no test framework), so that the same
 * properties run in Chromium in `npm test` (tests/security/fuzz.test.ts, a fixed seed) and in Node for long runs
 * (`npm run fuzz`, tools/fuzz.mjs, a random seed).
 *
 * The properties:
 * 1. `normalizeFeed` throws nothing but `FeedError('invalid')`, for any value;
 * 2. `parseFeedText` throws nothing but `FeedError` `parse` / `invalid`, for any text, and reads JSON text as
 *    `normalizeFeed` reads the parsed value;
 * 3. every URL in the output is http(s), or relative when the feed has no absolute base;
 * 4. text is clean (no controls, no bidi controls, no byte order mark, single spaces, trimmed) and clamped to
 *    TEXT_LIMITS; lists are capped; the model's invariants hold (ids unique, dates valid, ranks whole);
 * 5. normalizing is idempotent: a normalized feed, written back as JSON Feed 1.1 by {@link toJsonFeed}, reads back
 *    as the same feed, without a single warning;
 * 6. error messages and warnings are one line, without control or bidi characters.
 */
import fc from 'fast-check';
import { parseFeedText } from '../../src/feed/loader.js';
import {
  JSON_FEED_VERSIONS,
  MAX_AUTHORS,
  MAX_TAGS,
  MAX_WARNINGS,
  TEXT_LIMITS,
  normalizeFeed,
} from '../../src/feed/normalize.js';
import { FeedError, type Author, type Feed, type FeedWarning, type NormalizeResult } from '../../src/feed/types.js';

// ---------------------------------------------------------------------------------------------------------------
// Assertions

function fail(message: string, value?: unknown): never {
  const shown = value === undefined ? '' : `: ${JSON.stringify(value, (_, v: unknown) => (v === undefined ? '(undefined)' : v))}`;
  throw new Error(`${message}${shown}`);
}

function check(condition: boolean, message: string, value?: unknown): void {
  if (!condition) fail(message, value);
}

/** JSON with sorted keys and dates as ISO strings: equal models give equal strings. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_, v: unknown) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
    const sorted: Record<string, unknown> = {};
    for (const key of Object.keys(v).sort()) sorted[key] = (v as Record<string, unknown>)[key];
    return sorted;
  });
}

// ---------------------------------------------------------------------------------------------------------------
// What a hostile feed may hold

const TEXT_PIECES = [
  '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '"><svg onload=alert(1)>', '</title><b>', '<!--', '-->',
  '&amp;', '&amp;amp;', '&lt;b&gt;', '&#0;', '&#x202e;', '&#128;', '&#146;', '&#x1F600;', '&#xD800;', '&#99999999;',
  '&hellip;', '&nbsp;', '&shy;', '&bogus;', '&', '&#', '&#x;', '\u202e', '\u202a', '\u2066', '\u2069', '\u200f',
  '\u0000', '\u0007', '\u001b', '\u007f', '\u0085', '\u009f', '\ufeff', '\u00a0', '\u2028', '\u3000', ' ', '  ',
  '\t', '\n', '\r\n', '…', '${alert(1)}', '{{constructor.constructor("alert(1)")()}}', '{authors}', '{credit}',
  '|', 'a', 'word', 'Two words', '日本語のニュース', '한국어', 'עברית', '\ud83d\ude00', '\ud800', '\udc00', ',',
  '.', '-', '(', '“', 'lit$123$', '<?lit$123$>',
];

const URL_PIECES = [
  'javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)', 'java\nscript:x',
  '\u0000javascript:alert(1)', 'javascript\u0000:alert(1)', '\u001fjavascript:x', 'javascript&colon;alert(1)',
  '&#106;avascript:alert(1)', '&#x6A;avascript:x', 'jav&#x09;ascript:x', 'vbscript:msgbox(1)', 'VBScript:x',
  'data:text/html,<script>alert(1)</script>', 'DATA:image/png;base64,AAAA', ' data:x', 'file:///etc/passwd',
  'blob:https://a.example/x', 'about:blank', 'mailto:a@b.example', 'javascript://%0aalert(1)', 'javascript:',
  'https://a.example/x', 'http://a.example', 'HTTPS://A.EXAMPLE/Ä?q=ü#f', '//cdn.example/x.png', '/a/b', './a',
  '../a', '../../../../x', 'a/b', '?q=1', '#frag', 'https://user:pw@a.example:8080/p?q#f', 'http://[::1]/',
  'http://1.2.3.4/', '\\\\evil.example', '/\\evil.example', 'https:evil.example', 'https:/x', 'http://a.example/%zz',
  'http://xn--a/', '  https://a.example/  ', 'https://a.example/\u202e', 'https://a.example/<script>', 'http://',
  'https://a.example/./b/../c', '%6Aavascript:alert(1)', '\u00a0https://a.example/', 'https://a.example/\u00a0',
  'ｊａｖａｓｃｒｉｐｔ:alert(1)', 'http://ex ample.com/', 'https://a.example/' + 'x'.repeat(9000),
];

const DATE_PIECES = [
  '2024-03-04T07:46:00-05:00', '2024-03-04T07:46:00Z', '2024-03-04t07:46:00z', '2024-03-04 07:46:00+01:00',
  '2024-02-29T12:00:00Z', '2023-02-29T12:00:00Z', '2024-01-01T23:59:60Z', '2024-01-01T10:00:00.123456789+05:30',
  '0000-01-01T00:00:00+01:00', '0000-01-01T00:00:00Z', '9999-12-31T23:59:59-01:00', '9999-12-31T23:59:59.999Z',
  '1970-01-01T00:00:00-00:00', '2024-13-01T00:00:00Z', '2024-04-31T00:00:00Z', '2024-01-01T24:00:00Z',
  '2024-01-01', '2024-01-01T10:00', 'Mon, 04 Mar 2024 07:46:00 GMT', ' 2024-03-04T07:46:00Z ', '',
];

const LANGUAGES = ['en', 'en-US', 'en_us', 'de-AT', 'zh-Hant-TW', 'x', 'english please', 'i-klingon', 'EN-gb', 'en-'];
const ZONES = ['America/New_York', 'Europe/Copenhagen', 'UTC', 'Etc/GMT+5', 'Mars/Olympus_Mons', 'utc', '../../etc'];
const BASES = [
  'https://news.example/feeds/main.json', 'http://127.0.0.1:8000/x/feed.json', 'not a url', 'javascript:alert(1)',
  '/relative/feed.json', '',
];

const piece = fc.constantFrom(...TEXT_PIECES);
/** Text from tricky pieces and random characters (any code unit, lone surrogates included). */
const text: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.array(fc.oneof(piece, fc.string({ maxLength: 6 })), { maxLength: 8 }).map((parts) => parts.join('')) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 0, max: 700 }), piece).map(([n, p]) => `${'long '.repeat(n)}${p}`) },
);
const url: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...URL_PIECES) },
  { weight: 2, arbitrary: fc.webUrl({ withQueryParameters: true, withFragments: true }) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...URL_PIECES), piece).map(([u, p]) => u + p) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
);
const generatedDate = fc
  .record({
    y: fc.integer({ min: 0, max: 9999 }),
    mo: fc.integer({ min: 0, max: 13 }),
    d: fc.integer({ min: 0, max: 32 }),
    h: fc.integer({ min: 0, max: 24 }),
    mi: fc.integer({ min: 0, max: 60 }),
    s: fc.integer({ min: 0, max: 61 }),
    frac: fc.option(fc.integer({ min: 0, max: 999_999 }), { nil: undefined }),
    zone: fc.oneof(fc.constantFrom('Z', 'z', '-00:00', '+23:59', '-23:59'), fc.integer({ min: -1439, max: 1439 })),
  })
  .map(({ y, mo, d, h, mi, s, frac, zone }) => {
    const two = (n: number) => String(n).padStart(2, '0');
    const offset =
      typeof zone === 'string' ? zone : `${zone < 0 ? '-' : '+'}${two(Math.floor(Math.abs(zone) / 60))}:${two(Math.abs(zone) % 60)}`;
    const fraction = frac === undefined ? '' : `.${frac}`;
    return `${String(y).padStart(4, '0')}-${two(mo)}-${two(d)}T${two(h)}:${two(mi)}:${two(s)}${fraction}${offset}`;
  });
const date = fc.oneof(fc.constantFrom(...DATE_PIECES), generatedDate);
/** Any JSON value, for fields that should not hold one. */
const junk: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(null, true, false, 0, -1, 1.5, 1e308, '', [], {}),
  fc.jsonValue({ maxDepth: 2 }),
);

/** `good` most of the time, else anything. */
function mostly<T>(good: fc.Arbitrary<T>): fc.Arbitrary<T | unknown> {
  return fc.oneof({ weight: 4, arbitrary: good }, { weight: 1, arbitrary: junk });
}

const author = mostly(fc.record({ name: mostly(text), url: mostly(url), avatar: mostly(url) }, { requiredKeys: [] }));
const authors = mostly(fc.array(author, { maxLength: 4 }));
const news = mostly(
  fc.record(
    {
      section: mostly(text),
      rank: mostly(fc.oneof(fc.integer({ min: -2, max: 100 }), fc.double())),
      image_alt: mostly(text),
      image_credit: mostly(text),
    },
    { requiredKeys: [] },
  ),
);
const mimeType = fc.constantFrom('image/png', 'IMAGE/JPEG', 'audio/mpeg', 'image');
const attachment = mostly(fc.record({ url: mostly(url), mime_type: mostly(mimeType) }, { requiredKeys: [] }));
const attachments = mostly(fc.array(attachment, { maxLength: 3 }));
const id = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('a', 'b', 'c', 'dup', '  ', '', '__proto__', 'constructor', 'x\u202ey') },
  { weight: 2, arbitrary: fc.integer({ min: -3, max: 3 }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 5 }) },
  { weight: 1, arbitrary: junk },
);
const item = fc.record(
  {
    id,
    title: mostly(text),
    summary: mostly(text),
    content_text: mostly(text),
    content_html: mostly(text),
    url: mostly(url),
    external_url: mostly(url),
    image: mostly(url),
    banner_image: mostly(url),
    attachments,
    authors,
    author,
    date_published: mostly(date),
    date_modified: mostly(date),
    tags: mostly(fc.oneof(fc.array(mostly(text), { maxLength: 5 }), text)),
    language: mostly(fc.constantFrom(...LANGUAGES)),
    _news: news,
  },
  { requiredKeys: ['id'] },
);

/** A JSON Feed-like object: mostly well-formed, with bad values anywhere. */
export const feedLike: fc.Arbitrary<Record<string, unknown>> = fc.record(
  {
    version: fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(...JSON_FEED_VERSIONS) },
      { weight: 1, arbitrary: fc.constantFrom('http://jsonfeed.org/version/1', 'https://jsonfeed.org/version/2', '1.1', 1, 'bogus') },
      { weight: 1, arbitrary: junk },
    ),
    title: mostly(text),
    description: mostly(text),
    home_page_url: mostly(url),
    feed_url: mostly(url),
    next_url: mostly(url),
    icon: mostly(url),
    favicon: mostly(url),
    language: mostly(fc.constantFrom(...LANGUAGES)),
    authors,
    author,
    _news: mostly(fc.record({ time_zone: mostly(fc.constantFrom(...ZONES)) }, { requiredKeys: [] })),
    items: fc.oneof({ weight: 9, arbitrary: fc.array(mostly(item), { maxLength: 8 }) }, { weight: 1, arbitrary: junk }),
  },
  { requiredKeys: ['items'] },
);

const base = fc.option(fc.constantFrom(...BASES), { nil: undefined });

/** Any input at all: feed-like objects, JSON values, and values JSON cannot hold. */
const anyInput: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: feedLike },
  { weight: 1, arbitrary: fc.jsonValue() },
  {
    weight: 1,
    arbitrary: fc.anything({
      withBigInt: true,
      withDate: true,
      withMap: true,
      withNullPrototype: true,
      withSparseArray: true,
      withTypedArray: true,
    }),
  },
);

/**
 * Text a server may answer with: a feed as JSON (with a byte order mark, whitespace, `__proto__` keys, or cut
 * short), JSON that is not a feed, an HTML error page, or random text.
 */
const bodyText: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: feedLike.map((feed) => JSON.stringify(feed)) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(feedLike, fc.constantFrom('', '\ufeff', '\ufeff\ufeff', ' \n', '\u202e'), fc.boolean())
      .map(([feed, before, proto]) => {
        const json = JSON.stringify(feed);
        return before + (proto ? json.replace(/^\{/, '{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}},') : json);
      }),
  },
  {
    weight: 1,
    arbitrary: fc.tuple(feedLike, fc.nat()).map(([feed, cut]) => {
      const json = JSON.stringify(feed);
      return json.slice(0, cut % (json.length + 1));
    }),
  },
  { weight: 1, arbitrary: fc.jsonValue().map((value) => JSON.stringify(value) ?? '') },
  { weight: 1, arbitrary: fc.constantFrom('', ' ', '<!doctype html><title>502</title>', 'null', '[]', '"feed"', '42', '{', '{"version":') },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 60 }) },
);

// ---------------------------------------------------------------------------------------------------------------
// Checks of a result

/** Controls, bidi controls and the byte order mark: never in text that reaches the page or the console. */
// eslint-disable-next-line no-control-regex -- finding control characters is what this expression is for
const UNSAFE_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\ufeff]/;

function checkText(value: string | undefined, limit: number, what: string): void {
  if (value === undefined) return;
  check(typeof value === 'string', `${what} is a string`, value);
  check(value.length <= limit, `${what} is at most ${limit} long (it is ${value.length})`, value.slice(0, 80));
  check(!UNSAFE_CHARACTERS.test(value), `${what} holds no control, bidi or BOM character`, value);
  check(!/^ | $/.test(value), `${what} is trimmed`, value);
  check(!/[^\S ]/.test(value), `${what} has no whitespace but the space`, value);
  check(!value.includes('  '), `${what} has no double space`, value);
}

const PROBE = 'https://probe.invalid/dir/page';

function checkUrl(value: string | undefined, absoluteBase: boolean, what: string): void {
  if (value === undefined) return;
  check(typeof value === 'string' && value !== '', `${what} is a non-empty string`, value);
  check(!UNSAFE_CHARACTERS.test(value), `${what} holds no control or bidi character`, value);
  let parsed: URL;
  try {
    parsed = new URL(value, PROBE);
  } catch {
    fail(`${what} is a URL`, value);
  }
  check(parsed.protocol === 'http:' || parsed.protocol === 'https:', `${what} is http(s) or relative`, value);
  if (absoluteBase) check(/^https?:\/\/[^/]/.test(value), `${what} is absolute, since the feed has an absolute base`, value);
}

function checkMessage(message: string, what: string): void {
  check(typeof message === 'string' && message.length > 0, `${what} is a non-empty string`, message);
  const bad = /[\u2028\u2029]/.test(message) ? message.search(/[\u2028\u2029]/) : message.search(UNSAFE_CHARACTERS);
  check(bad < 0, `${what} is one line without control or bidi characters (U+${message.charCodeAt(bad).toString(16)} at ${bad})`, message);
}

function checkWarnings(warnings: FeedWarning[]): void {
  check(warnings.length <= MAX_WARNINGS + 1, `at most ${MAX_WARNINGS} warnings and a count`, warnings.length);
  for (const warning of warnings) {
    checkMessage(warning.message, 'a warning');
    check(/\.$/.test(warning.message), 'a warning is a sentence', warning.message);
    check(typeof warning.path === 'string', 'a warning has a path', warning);
  }
}

function checkAuthors(list: Author[], absoluteBase: boolean, where: string): void {
  check(Array.isArray(list) && list.length <= MAX_AUTHORS, `${where}: at most ${MAX_AUTHORS} authors`, list.length);
  for (const a of list) {
    check(a.name !== undefined || a.url !== undefined, `${where}: an author has a name or a URL`, a);
    checkText(a.name, TEXT_LIMITS.name, `${where}: author name`);
    checkUrl(a.url, absoluteBase, `${where}: author url`);
    checkUrl(a.avatar, absoluteBase, `${where}: author avatar`);
  }
}

function isValidDate(d: Date | undefined): boolean {
  return d === undefined || (d instanceof Date && Number.isFinite(d.getTime()) && /^\d{4}-/.test(d.toISOString()));
}

/** Every invariant of a normalized feed (see the module comment). */
export function checkResult(result: NormalizeResult, options: { url?: string } = {}): void {
  const { feed, warnings } = result;
  checkWarnings(warnings);
  const absoluteBase = [options.url, feed.feedUrl, feed.homePageUrl].some((u) => typeof u === 'string' && /^https?:\/\/[^/]/i.test(u));
  check((JSON_FEED_VERSIONS as readonly string[]).includes(feed.version), 'the version is canonical', feed.version);
  checkText(feed.title, TEXT_LIMITS.title, 'feed title');
  checkText(feed.description, TEXT_LIMITS.description, 'feed description');
  // The feed's own URLs may be relative only when nothing gave an absolute base.
  const own = { homePageUrl: feed.homePageUrl, feedUrl: feed.feedUrl, nextUrl: feed.nextUrl, icon: feed.icon };
  for (const [key, value] of Object.entries(own)) checkUrl(value, false, `feed ${key}`);
  checkAuthors(feed.authors, absoluteBase, 'feed');
  const ids = new Set<string>();
  for (const article of feed.items) {
    const where = `item ${JSON.stringify(article.id)}`;
    check(typeof article.id === 'string' && article.id.trim() !== '', `${where}: the id is a non-blank string`);
    check(!ids.has(article.id), `${where}: ids are unique`);
    ids.add(article.id);
    check(typeof article.headline === 'string' && article.headline !== '', `${where}: a headline`);
    checkText(article.headline, TEXT_LIMITS.title, `${where}: headline`);
    checkText(article.summary, TEXT_LIMITS.summary, `${where}: summary`);
    checkText(article.section, TEXT_LIMITS.section, `${where}: section`);
    checkUrl(article.url, absoluteBase, `${where}: url`);
    if (article.image) {
      checkUrl(article.image.src, absoluteBase, `${where}: image`);
      checkText(article.image.alt, TEXT_LIMITS.image_alt, `${where}: image alt`);
      checkText(article.image.credit, TEXT_LIMITS.image_credit, `${where}: image credit`);
    }
    checkAuthors(article.authors, absoluteBase, where);
    check(article.tags.length <= MAX_TAGS, `${where}: at most ${MAX_TAGS} tags`);
    for (const tag of article.tags) checkText(tag, TEXT_LIMITS.tags, `${where}: tag`);
    check(isValidDate(article.published) && isValidDate(article.modified), `${where}: dates are valid, years 0000-9999`, [
      article.published?.toISOString(),
      article.modified?.toISOString(),
    ]);
    if (article.rank !== undefined) check(Number.isSafeInteger(article.rank) && article.rank >= 1, `${where}: rank`, article.rank);
    if (article.readingTime !== undefined) {
      check(Number.isSafeInteger(article.readingTime) && article.readingTime >= 1, `${where}: reading time`, article.readingTime);
    }
  }
}

// ---------------------------------------------------------------------------------------------------------------
// The model written back as JSON Feed 1.1

/** Text written into a JSON Feed plain-text field: `&` escaped, since the normalizer decodes character references. */
function escapeText(value: string): string {
  return value.replace(/&/g, '&amp;');
}

function authorJson(a: Author): Record<string, string> {
  const json: Record<string, string> = {};
  if (a.name !== undefined) json.name = escapeText(a.name);
  if (a.url !== undefined) json.url = a.url;
  if (a.avatar !== undefined) json.avatar = a.avatar;
  return json;
}

/**
 * A normalized feed as JSON Feed 1.1, with `_news`: every field of the model in the place the normalizer reads it
 * first. The reading time is left out: JSON Feed has no field for it (the normalizer counts the words of the body,
 * which the model does not keep).
 */
export function toJsonFeed(feed: Feed): Record<string, unknown> {
  const json: Record<string, unknown> = { version: feed.version, title: escapeText(feed.title) };
  if (feed.description !== undefined) json.description = escapeText(feed.description);
  if (feed.homePageUrl !== undefined) json.home_page_url = feed.homePageUrl;
  if (feed.feedUrl !== undefined) json.feed_url = feed.feedUrl;
  if (feed.nextUrl !== undefined) json.next_url = feed.nextUrl;
  if (feed.icon !== undefined) json.icon = feed.icon;
  if (feed.language !== undefined) json.language = feed.language;
  if (feed.timeZone !== undefined) json._news = { time_zone: feed.timeZone };
  json.authors = feed.authors.map(authorJson);
  json.items = feed.items.map((article) => {
    const item: Record<string, unknown> = { id: article.id, title: escapeText(article.headline) };
    if (article.url !== undefined) item.url = article.url;
    if (article.summary !== undefined) item.summary = escapeText(article.summary);
    if (article.image !== undefined) item.image = article.image.src;
    item.authors = article.authors.map(authorJson);
    if (article.published !== undefined) item.date_published = article.published.toISOString();
    if (article.modified !== undefined) item.date_modified = article.modified.toISOString();
    item.tags = article.tags.map(escapeText);
    if (article.language !== undefined) item.language = article.language;
    const extension: Record<string, unknown> = {};
    if (article.section !== undefined) extension.section = escapeText(article.section);
    if (article.rank !== undefined) extension.rank = article.rank;
    if (article.image?.alt) extension.image_alt = escapeText(article.image.alt);
    if (article.image?.credit !== undefined) extension.image_credit = escapeText(article.image.credit);
    if (Object.keys(extension).length > 0) item._news = extension;
    return item;
  });
  return json;
}

function withoutReadingTime(feed: Feed): Feed {
  const items = feed.items.map((article) => {
    const copy = { ...article };
    delete copy.readingTime;
    return copy;
  });
  return { ...feed, items };
}

// ---------------------------------------------------------------------------------------------------------------
// The properties

function normalizeOrError(value: unknown, url?: string): NormalizeResult | FeedError {
  try {
    return normalizeFeed(value, url === undefined ? undefined : { url });
  } catch (error) {
    if (!(error instanceof FeedError)) fail('normalizeFeed threw something else than a FeedError', String(error));
    check(error.code === 'invalid', 'normalizeFeed throws code invalid', error.code);
    check(typeof error.path === 'string', 'an invalid FeedError has a path', error.path);
    checkMessage(error.message, 'the error message');
    return error;
  }
}

/** A property of any arguments, for running them all alike. */
type AnyProperty = fc.IRawProperty<any>;

/** The properties, each named after what it proves. */
export const fuzzProperties: { name: string; property: AnyProperty }[] = [
  {
    name: 'normalizeFeed throws nothing but FeedError("invalid"), for any value',
    property: fc.property(anyInput, base, (value, url) => {
      normalizeOrError(value, url);
    }) as AnyProperty,
  },
  {
    name: 'every normalized feed is clean: URLs http(s) or relative, text cleaned and clamped, lists capped',
    property: fc.property(feedLike, base, (value, url) => {
      const result = normalizeOrError(value, url);
      if (!(result instanceof FeedError)) checkResult(result, { url });
    }) as AnyProperty,
  },
  {
    name: 'normalizing is idempotent: a normalized feed written back as JSON Feed reads as the same feed, without warnings',
    property: fc.property(feedLike, base, (value, url) => {
      const first = normalizeOrError(value, url);
      if (first instanceof FeedError) return;
      const json = toJsonFeed(first.feed);
      const second = normalizeOrError(JSON.parse(JSON.stringify(json)), url);
      if (second instanceof FeedError) fail('the written-back feed is invalid', second.message);
      check(canonical(withoutReadingTime(second.feed)) === canonical(withoutReadingTime(first.feed)), 'the same feed twice', {
        first: first.feed,
        second: second.feed,
      });
      check(second.warnings.length === 0, 'no warnings the second time', second.warnings);
    }) as AnyProperty,
  },
  {
    name: "the loader's parsing throws only FeedError parse/invalid, and reads JSON text as normalizeFeed reads the value",
    property: fc.property(bodyText, base, (body, url) => {
      let result: NormalizeResult | FeedError;
      try {
        result = parseFeedText(body, url);
      } catch (error) {
        if (!(error instanceof FeedError)) fail('parseFeedText threw something else than a FeedError', String(error));
        check(error.code === 'parse' || error.code === 'invalid', 'the code is parse or invalid', error.code);
        checkMessage(error.message, 'the error message');
        check(error.message.startsWith('The feed '), 'the message names the feed', error.message);
        result = error;
      }
      let json: unknown;
      let isJson = true;
      try {
        // Byte order marks and other white space around the JSON are ignored.
        json = JSON.parse(body.trim());
      } catch {
        isJson = false;
      }
      if (!isJson) {
        check(result instanceof FeedError && result.code === 'parse', 'text that is not JSON is a parse error', body.slice(0, 80));
        check(/ is not JSON \(.+\)\.$/.test((result as FeedError).message), 'the message says why', (result as FeedError).message);
        return;
      }
      const expected = normalizeOrError(json, url ?? '');
      if (expected instanceof FeedError) {
        check(result instanceof FeedError && result.code === 'invalid' && result.path === expected.path, 'the same invalid path', [
          (result as FeedError).message,
          expected.message,
        ]);
      } else {
        check(!(result instanceof FeedError), 'a feed is read', (result as FeedError).message);
        check(canonical(result) === canonical(expected), 'the same result as normalizeFeed');
        checkResult(result as NormalizeResult, { url });
      }
      check(Object.getPrototypeOf({}) === Object.prototype && !('polluted' in {}), 'no prototype was polluted');
    }) as AnyProperty,
  },
];
