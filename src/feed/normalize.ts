/**
 * JSON Feed (1.0 and 1.1) -> the feed model. This is the only code that reads raw feed JSON.
 *
 * A document that is not a feed at all (not an object, no usable `version`, no `items` array) throws
 * `FeedError('invalid')` with the path of the problem. Everything below is a bad part: dropped at the smallest level
 * (a bad date drops the date, an item without id or headline drops the item) and reported as one
 * {@link FeedWarning}. `null` and `""` count as absent, without a warning. Fields are read as own properties only;
 * the input is never changed.
 */
import { clampText, excerpt, htmlExcerpt, htmlWords, plainText, readingMinutes } from '../format/text.js';
import { parseTimeZone } from '../format/intl-cache.js';
import { isAbsoluteHttpUrl, safeUrl } from '../format/url.js';
import { FeedError } from './types.js';
import type { Article, Author, Feed, FeedWarning, Image, NormalizeResult } from './types.js';

export const JSON_FEED_VERSION_1 = 'https://jsonfeed.org/version/1';
export const JSON_FEED_VERSION_1_1 = 'https://jsonfeed.org/version/1.1';
/** The versions a normalized feed reports. */
export const JSON_FEED_VERSIONS = [JSON_FEED_VERSION_1_1, JSON_FEED_VERSION_1] as const;

/**
 * Longest text kept, in UTF-16 code units: `summary` and `description`, every other text field, and a headline or
 * dek taken from the body. Longer text is cut at a word and ends in `…`.
 */
export const TEXT_LIMITS = { summary: 600, text: 300, derivedTitle: 100, derivedSummary: 160 } as const;

/** At most this many tags per item, and authors per item or feed (feed authors are copied into every item). */
export const MAX_TAGS = 50;
export const MAX_AUTHORS = 20;
/** At most this many warnings are listed; one more counts the rest. */
export const MAX_WARNINGS = 1000;

export interface NormalizeOptions {
  /** The URL the feed was loaded from: the base for relative URLs and the feed's own URL. */
  url?: string;
}

type Json = Record<string, unknown>;

/** How to read one kind of field: its conversion (undefined when unusable), and what a warning says then. */
type Kind<T> = [convert: (value: unknown) => T | undefined, why: string];

const isString = (value: unknown): value is string => typeof value === 'string';

const STRING: Kind<string> = [(value) => (isString(value) ? value : undefined), 'is not a string'];
/** Plain text: references decoded, cleaned, clamped. */
const text = (limit: number): Kind<string> => [(value) => (isString(value) ? plainText(value, limit) : undefined), STRING[1]];
const TEXT = text(TEXT_LIMITS.text);
const LONG_TEXT = text(TEXT_LIMITS.summary);
/** http(s) or relative, resolved against the feed's base ({@link safeUrl}). */
const LINK: Kind<string> = [(value) => safeUrl(value, base), 'is not an http(s) URL'];
const DATE: Kind<Date> = [(value) => (isString(value) ? parseRfc3339(value.trim()) : undefined), 'is not an RFC 3339 date'];
const RANK: Kind<number> = [
  (value) => (Number.isSafeInteger(value) && (value as number) > 0 ? (value as number) : undefined),
  'is not a positive whole number',
];

/** RFC 3339 date-time: `2016-02-09T14:22:00.52-07:00`. */
const RFC_3339 =
  /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])[Tt ]([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d+)?([Zz]|[+-]([01]\d|2[0-3]):[0-5]\d)$/;

// The document being read. normalizeFeed is synchronous, so one set of these is enough.
let warnings: FeedWarning[];
let problems: number;
/** Absolute http(s) base for relative URLs, when there is one. */
let base: string | undefined;
/** Where warnings belong: the path of the item being read (`''` for the feed itself), and its id once known. */
let at: string;
let itemId: string | undefined;

const hasOwn = Object.prototype.hasOwnProperty;

/** An own property, never an inherited one (read first: most fields are missing, and that costs one lookup). */
function field(object: Json, key: string): unknown {
  const value = object[key];
  return value !== undefined && hasOwn.call(object, key) ? value : undefined;
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const absent = (value: unknown) => value == null || value === '';

/** Sets an optional property only when there is a value, so that absent fields are absent keys. */
function put<T, K extends keyof T>(target: T, key: K, value: T[K] | undefined): void {
  if (value !== undefined) target[key] = value;
}

/**
 * A value as a message quotes it: a string as JSON, cut at 60 characters, with the characters that a console shows
 * as a line break or not at all (C1 controls, line separators, bidi controls, BOM) replaced; else `[…]`, `{…}`, or
 * the value as is.
 */
export function show(value: unknown): string {
  return isString(value)
    ? JSON.stringify(value.length > 60 ? value.slice(0, 60) + '…' : value).replace(
        /[\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g,
        '\ufffd',
      )
    : Array.isArray(value)
      ? '[…]'
      : isObject(value)
        ? '{…}'
        : String(value);
}

/** `path "value" why`: the shape of every problem; an undefined value is left out (a missing field). */
function describe(path: string, value: unknown, why: string): string {
  return `${path} ${value === undefined ? '' : show(value) + ' '}${why}`.trim();
}

/**
 * Records a warning about `path` in the current item, if any: `Item "abc" (items[3]): date_published "yesterday" is
 * not an RFC 3339 date; dropped.` Returns undefined, so that a reader can `return warn(…)`.
 */
function warn(path: string, value: unknown, why: string, result = 'dropped'): undefined {
  if (++problems <= MAX_WARNINGS) {
    const label = at ? `Item ${itemId === undefined ? at : `${show(itemId)} (${at})`}` : 'Feed';
    const warning: FeedWarning = {
      path: at && path ? `${at}.${path}` : at + path,
      message: `${label}: ${describe(path, value, why)}; ${result}.`,
    };
    put(warning, 'itemId', itemId);
    warnings.push(warning);
  }
  return undefined;
}

function invalid(path: string, value: unknown, why: string): never {
  throw new FeedError('invalid', `The feed is not a JSON Feed: ${describe(path, value, why)}.`, { path });
}

/**
 * `value` read as `kind` at `path`: undefined when absent or empty, and when unusable, with a warning. Paths are
 * only spelled out for a warning: a feed has many fields.
 */
function check<T>(value: unknown, [convert, why]: Kind<T>, path: () => string): T | undefined {
  if (absent(value)) return undefined;
  const result = convert(value);
  return result === undefined ? warn(path(), value, why) : result || undefined;
}

/** The field `key` of `object` read as `kind` (see {@link check}); `prefix` begins its path (`_news.`). */
function read<T>(object: Json, key: string, kind: Kind<T>, prefix = ''): T | undefined {
  return check(field(object, key), kind, () => prefix + key);
}

/** An object field; `{}` when it is absent or not an object. */
function readObject(object: Json, key: string): Json {
  const value = field(object, key);
  return isObject(value) ? value : (absent(value) || warn(key, value, 'is not an object'), {});
}

/** The entries of the array `list` (at `key`) that `readEntry` keeps, at most `max` and without repeats. */
function readList<T>(key: string, list: unknown, max: number, readEntry: (value: unknown, path: string) => T | undefined): T[] {
  const kept: T[] = [];
  if (Array.isArray(list)) {
    if (list.length > max) warn(key, undefined, `has more than ${max} entries`, 'the rest dropped');
    for (let i = 0; i < list.length && i < max; i++) {
      const value = readEntry(list[i], `${key}[${i}]`);
      if (value !== undefined && !kept.includes(value)) kept.push(value);
    }
  } else if (!absent(list)) {
    warn(key, list, 'is not an array');
  }
  return kept;
}

/**
 * The instant of an RFC 3339 date-time (`2019-10-12T07:20:50.52Z`, `2016-02-09 14:22:00-07:00`), else undefined:
 * a date alone, a time without offset, impossible values (February 30, hour 24, a leap second) and instants that
 * their offset moves out of the years 0000–9999, which `<time datetime>` cannot write.
 */
export function parseRfc3339(value: string): Date | undefined {
  if (!RFC_3339.test(value)) return undefined;
  // The ISO form that Date reads exactly (it reads others by guesswork: `0000-01-01 00:00Z` as the year 2000).
  const date = new Date(value.toUpperCase().replace(' ', 'T'));
  const time = date.getTime();
  // Date moves February 30 to March 2: the day must come back as it was. The instant must lie in 0000–9999.
  const real = new Date(value.slice(0, 10)).getUTCDate() === +value.slice(8, 10);
  return real && time >= -62167219200000 && time < 253402300800000 ? date : undefined;
}

/** `value` when it names a time zone that `Intl` knows, in its canonical spelling; an offset (`+01:00`) is no name. */
export function ianaTimeZone(value: unknown): string | undefined {
  return /^[a-z]/i.test(value as string) ? parseTimeZone(value) : undefined;
}

function readAuthor(value: unknown, path: string): Author | undefined {
  if (!isObject(value)) return warn(path, value, 'is not an object');
  const prefix = path + '.';
  const author: Author = {};
  put(author, 'name', read(value, 'name', TEXT, prefix));
  put(author, 'url', read(value, 'url', LINK, prefix));
  put(author, 'avatar', read(value, 'avatar', LINK, prefix));
  return author.name || author.url ? author : warn(path, undefined, 'has no name or URL');
}

/** `authors` (1.1), else `author` (1.0); undefined when neither gives a usable author. */
function readAuthors(object: Json): Author[] | undefined {
  const authors = readList('authors', field(object, 'authors'), MAX_AUTHORS, readAuthor);
  const single = field(object, 'author');
  const author = authors.length || single == null ? undefined : readAuthor(single, 'author');
  if (author) authors.push(author);
  return authors.length ? authors : undefined;
}

/** `image`, else `banner_image`, else the first `image/*` attachment; `_news.image_alt` and `_news.image_credit`. */
function readImage(item: Json, news: Json): Image | undefined {
  const src =
    read(item, 'image', LINK) ??
    read(item, 'banner_image', LINK) ??
    readList('attachments', field(item, 'attachments'), Infinity, (attachment, path) =>
      isObject(attachment) && /^image\//i.test(field(attachment, 'mime_type') as string)
        ? read(attachment, 'url', LINK, path + '.')
        : undefined,
    )[0];
  if (!src) return undefined;
  const image: Image = { src, alt: read(news, 'image_alt', TEXT, '_news.') ?? '' };
  put(image, 'credit', read(news, 'image_credit', TEXT, '_news.'));
  return image;
}

function readItem(item: Json, id: string, feed: Feed): Article | undefined {
  const { derivedSummary } = TEXT_LIMITS;
  const title = read(item, 'title', TEXT);
  const summary = read(item, 'summary', LONG_TEXT);
  const html = read(item, 'content_html', STRING);
  // The body gives the reading time, and the headline and dek when the item has none. Only its start is read.
  let body = excerpt(read(item, 'content_text', STRING) ?? '', derivedSummary);
  if (!body.words && html) {
    body = title && summary ? { text: '', words: htmlWords(html, derivedSummary) } : htmlExcerpt(html, derivedSummary);
  }
  const headline = title ?? clampText(summary ?? body.text, TEXT_LIMITS.derivedTitle);
  if (!headline) return warn('', undefined, 'has no title, summary or content', 'item dropped');

  const article: Article = { id, headline, authors: [], tags: [] };
  put(article, 'url', read(item, 'url', LINK) ?? read(item, 'external_url', LINK));
  const dek = summary ?? (body.text || undefined);
  // A dek that repeats the headline it was taken from is left out.
  if (title || dek !== headline) put(article, 'summary', dek);
  const news = readObject(item, '_news');
  put(article, 'image', readImage(item, news));
  article.authors = readAuthors(item) ?? feed.authors.map((author) => ({ ...author }));
  put(article, 'published', read(item, 'date_published', DATE));
  put(article, 'modified', read(item, 'date_modified', DATE));
  // Some generators write the tags as one comma-separated string.
  const tags = field(item, 'tags');
  article.tags = readList('tags', isString(tags) ? tags.split(',') : tags, MAX_TAGS, (tag, path) => check(tag, TEXT, () => path));
  put(article, 'section', read(news, 'section', TEXT, '_news.') ?? article.tags[0]);
  put(article, 'language', read(item, 'language', TEXT) ?? feed.language);
  put(article, 'rank', read(news, 'rank', RANK, '_news.'));
  if (body.words) article.readingTime = readingMinutes(body.words);
  return article;
}

/**
 * `version`: a jsonfeed.org version URL (http or https). A bare version number, another jsonfeed.org version, or no
 * version in a document with a string `title` and an `items` array is read as 1.1 with a warning.
 */
function readVersion(doc: Json, items: unknown): string {
  const raw = field(doc, 'version') ?? undefined;
  const text = String(raw);
  const number = text.replace(/^https?:\/\/jsonfeed\.org\/version\//, '');
  if (/^1(\.1)?$/.test(number) && number !== text) return number == '1' ? JSON_FEED_VERSION_1 : JSON_FEED_VERSION_1_1;
  const why = raw === undefined ? 'is missing' : 'is not a jsonfeed.org version URL';
  if (number === text && !/^1(\.[01])?$/.test(text) && !(raw === undefined && isString(field(doc, 'title')) && Array.isArray(items))) {
    invalid('version', raw, why);
  }
  return warn('version', raw, why, 'read as 1.1') ?? JSON_FEED_VERSION_1_1;
}

function readFeed(doc: unknown, src: string | undefined): NormalizeResult {
  warnings = [];
  problems = 0;
  at = '';
  itemId = undefined;
  if (!isObject(doc)) invalid('', undefined, `${show(doc)} is not an object`);
  const items = field(doc, 'items');
  const version = readVersion(doc, items);
  if (!Array.isArray(items)) invalid('items', items, items === undefined ? 'is missing' : 'is not an array');

  // Relative URLs resolve against the URL the feed was loaded from, else its feed_url, else its home_page_url
  // (a relative feed_url against the home page).
  const absolute = (...urls: (string | undefined)[]) => urls.find(isAbsoluteHttpUrl);
  const loadedFrom = safeUrl(src);
  base = absolute(loadedFrom);
  const homePageUrl = read(doc, 'home_page_url', LINK);
  base = absolute(loadedFrom, homePageUrl);
  const ownUrl = read(doc, 'feed_url', LINK);
  base = absolute(loadedFrom, ownUrl, homePageUrl);
  const feed: Feed = { version, title: read(doc, 'title', TEXT) ?? '', authors: readAuthors(doc) ?? [], items: [] };
  put(feed, 'description', read(doc, 'description', LONG_TEXT));
  put(feed, 'homePageUrl', homePageUrl);
  put(feed, 'feedUrl', loadedFrom ?? ownUrl);
  put(feed, 'nextUrl', read(doc, 'next_url', LINK));
  put(feed, 'icon', read(doc, 'icon', LINK) ?? read(doc, 'favicon', LINK));
  put(feed, 'language', read(doc, 'language', TEXT));
  put(feed, 'timeZone', read(readObject(doc, '_news'), 'time_zone', [ianaTimeZone, 'is not an IANA time zone'], '_news.'));

  const seen = new Set<string>();
  items.forEach((item: unknown, i) => {
    at = `items[${i}]`;
    itemId = undefined;
    if (!isObject(item)) return warn('', item, 'is not an object', 'item dropped');
    const id = field(item, 'id');
    if (typeof id !== 'number' && !(isString(id) && id.trim())) {
      return warn('id', id ?? undefined, id == null ? 'is missing' : 'is not a non-blank string or a number', 'item dropped');
    }
    itemId = String(id);
    if (seen.has(itemId)) return warn('id', undefined, 'is used by an earlier item', 'item dropped');
    const article = readItem(item, itemId, feed);
    if (article) {
      seen.add(itemId);
      feed.items.push(article);
    }
  });
  if (problems > MAX_WARNINGS) warnings.push({ path: '', message: `Feed: ${problems - MAX_WARNINGS} more warnings were left out.` });
  return { feed, warnings };
}

/**
 * Reads a parsed JSON Feed into the feed model: the feed, and a warning for every bad part that was dropped.
 * Throws only a `FeedError` with code `invalid`, for any input.
 */
export function normalizeFeed(json: unknown, options?: NormalizeOptions): NormalizeResult {
  const src = options?.url;
  try {
    return readFeed(json, src);
  } catch (error) {
    // Only a value that is not JSON (a proxy, a getter) can throw anything else.
    throw Object.assign(
      error instanceof FeedError ? error : new FeedError('invalid', `The feed could not be read: ${(error as Error)?.message ?? error}`, { path: '' }),
      { src },
    );
  }
}
