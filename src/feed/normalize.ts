/**
 * JSON Feed (1.0 and 1.1) -> the feed model. This is the only code that reads raw feed JSON.
 *
 * A document that is not a feed at all (not an object, no usable `version`, no `items` array) throws
 * `FeedError('invalid')` with the path of the problem. Everything below is a bad part: dropped at the smallest level
 * (a bad date drops the date, an item without id or headline drops the item) and reported as one
 * {@link FeedWarning}. `null` and `""` count as absent, without a warning. Fields are read as own properties only;
 * the input is never changed.
 */
import { clampText, plainText, readingMinutes, readStart } from '../format/text.js';
import { canonicalLocale, parseTimeZone } from '../format/intl-cache.js';
import { isAbsoluteHttpUrl, safeUrl } from '../format/url.js';
import { FeedError } from './types.js';
import type { Article, Author, Feed, FeedWarning, Image, NormalizeResult } from './types.js';

export const JSON_FEED_VERSION_1 = 'https://jsonfeed.org/version/1';
export const JSON_FEED_VERSION_1_1 = 'https://jsonfeed.org/version/1.1';
/** The versions a normalized feed reports. */
export const JSON_FEED_VERSIONS = [JSON_FEED_VERSION_1_1, JSON_FEED_VERSION_1] as const;

/** Longest headline and dek taken from the body of an item, which has neither: see {@link TEXT_LIMITS}. */
const DERIVED_TITLE = 100;
const DERIVED_SUMMARY = 160;

/** Longest text kept per JSON Feed field: see {@link TEXT_LIMITS}. */
const FIELD_LIMITS = {
  title: 300,
  summary: 600,
  description: 600,
  name: 200,
  tags: 100,
  section: 100,
  image_alt: 300,
  image_credit: 200,
} as const;

/**
 * Longest text kept per JSON Feed field (of items and of the feed), in UTF-16 code units; longer text is cut at a
 * word and ends in `…`. A headline or dek taken from the body is shorter.
 */
export const TEXT_LIMITS = { ...FIELD_LIMITS, derivedTitle: DERIVED_TITLE, derivedSummary: DERIVED_SUMMARY } as const;

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

/**
 * How to read one kind of field: its conversion (undefined when the value is unusable), and what a warning says of
 * an unusable value.
 */
type Kind<T> = [convert: (value: unknown, key: string) => T | undefined, why: string];

const isString = (value: unknown): value is string => typeof value === 'string';

const STRING: Kind<string> = [(value) => (isString(value) ? value : undefined), 'is not a string'];
/** Plain text: references decoded, cleaned, clamped to the {@link TEXT_LIMITS} of its key. */
const TEXT: Kind<string> = [
  (value, key) => (isString(value) ? plainText(value, FIELD_LIMITS[key as keyof typeof FIELD_LIMITS]) : undefined),
  'is not a string',
];
/** http(s) or relative, resolved against the feed's base ({@link safeUrl}). */
const LINK: Kind<string> = [(value) => safeUrl(value, base), 'is not an http(s) URL'];
const DATE: Kind<Date> = [
  (value) => (isString(value) ? parseRfc3339(value.trim()) : undefined),
  'is not an RFC 3339 date',
];
/** A BCP 47 language tag, in its canonical form; `en_US` is read as `en-US`. */
const LANGUAGE: Kind<string> = [
  (value) => (isString(value) ? canonicalLocale(value) : undefined),
  'is not a BCP 47 language tag',
];
/** A whole number from 1 to 2^32 - 1. */
const RANK: Kind<number> = [
  (value) => ((value as number) >>> 0 === value && (value as number) > 0 ? (value as number) : undefined),
  'is not a positive whole number',
];
const TIME_ZONE: Kind<string> = [ianaTimeZone, 'is not an IANA time zone'];

const VERSION_URL = /^https?:\/\/(www\.)?jsonfeed\.org\/version\//i;
/** RFC 3339 date-time: `2016-02-09T14:22:00.52-07:00`. The day is checked by {@link parseRfc3339}. */
const RFC_3339 =
  /^\d{4}-(0[1-9]|1[0-2])-\d\d[Tt ]([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d+)?([Zz]|[+-]([01]\d|2[0-3]):[0-5]\d)$/;

// The document being read. normalizeFeed is synchronous, so one set of these is enough.
/** What the messages of errors call the feed: "The feed", "The feed at <url>". */
let label: string;
let warnings: FeedWarning[];
/** Every problem found, listed in `warnings` or not. */
let problems: number;
/** Absolute http(s) base for relative URLs, when there is one. */
let base: string | undefined;
/** Where warnings belong: the index of the item being read (-1 for the feed itself), and its id once known. */
let index: number;
let itemId: string | undefined;
/**
 * Authors read without a warning, by their raw name, with the raw url and avatar they had: feeds repeat a few authors
 * on every item, and each is read once.
 */
let authorCache: Map<unknown, [url: unknown, avatar: unknown, author: Author]>;
/** The ids of the items read so far, with their index. */
let ids: Map<string, number>;

/** An own property, never an inherited one (read first: most fields are missing, and that costs one lookup). */
function field(object: Json, key: string): unknown {
  const value = object[key];
  return value !== undefined && Object.hasOwn(object, key) ? value : undefined;
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function absent(value: unknown): boolean {
  return value == null || value === '';
}

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
  if (isString(value)) {
    const text = JSON.stringify(value.length > 60 ? value.slice(0, 60) + '…' : value);
    return text.replace(/[\x7f-\x9f\u2028-\u202e\u2066-\u2069\ufeff]/g, '\ufffd');
  }
  return Array.isArray(value) ? '[…]' : isObject(value) ? '{…}' : String(value);
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
  if (problems++ < MAX_WARNINGS) {
    const item = `items[${index}]`;
    const label = index < 0 ? 'Feed' : `Item ${itemId === undefined ? item : `${show(itemId)} (${item})`}`;
    const warning: FeedWarning = {
      path: index < 0 ? path : item + (path && '.' + path),
      message: `${label}: ${describe(path, value, why)}; ${result}.`,
    };
    put(warning, 'itemId', itemId);
    warnings.push(warning);
  }
  return undefined;
}

function invalid(path: string, value: unknown, why: string): never {
  throw new FeedError('invalid', `${label} is not a JSON Feed: ${describe(path, value, why)}.`, { path });
}

/**
 * `value` of the field `key` (or of the entry `index` of the list `key`), read as `kind`: undefined when absent or
 * empty, and when unusable, with a warning about its path, which `prefix` begins (`_news.`, `authors[0].`). Paths are
 * only spelled out for a warning: a feed has many fields.
 */
function check<T>(value: unknown, kind: Kind<T>, key: string, prefix = '', index?: number): T | undefined {
  if (absent(value)) return undefined;
  const result = kind[0](value, key);
  return result === undefined ? warn(prefix + entry(key, index), value, kind[1]) : result || undefined;
}

/** The path of the field `key`, or of the entry `index` of the list `key`. */
function entry(key: string, index?: number): string {
  return index === undefined ? key : `${key}[${index}]`;
}

/** The field `key` of `object` read as `kind` (see {@link check}). */
function read<T>(object: Json, key: string, kind: Kind<T>, prefix?: string): T | undefined {
  return check(field(object, key), kind, key, prefix);
}

/** An object field; `{}` when it is absent or not an object. */
function readObject(object: Json, key: string): Json {
  const value = field(object, key);
  if (isObject(value)) return value;
  if (!absent(value)) warn(key, value, 'is not an object');
  return {};
}

/** The entries of the array `list` (at `key`) that `readEntry` keeps, at most `max` and without repeats. */
function readList<T>(
  key: string,
  list: unknown,
  max: number,
  readEntry: (value: unknown, key: string, index: number) => T | undefined,
): T[] {
  const kept: T[] = [];
  if (Array.isArray(list)) {
    if (list.length > max) warn(key, undefined, `has more than ${max} entries`, 'the rest dropped');
    for (let i = 0; i < list.length && i < max; i++) {
      const value = readEntry(list[i], key, i);
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
  // Read by character code: a feed has thousands of dates, and this is much faster than Number() of a match.
  const two = (at: number) => value.charCodeAt(at) * 10 + value.charCodeAt(at + 1) - 528; // 528 = 11 × 48 (`0`)
  const day = two(8);
  const end = value.length;
  // Milliseconds: the first three digits of the fraction, if any (Date.UTC cuts off the rest).
  const milliseconds = value[19] === '.' ? parseFloat(value.slice(19, 23)) * 1000 : 0;
  // 400 years on, since Date.UTC reads the years 0–99 as 1900–1999; the calendar repeats every 400 years.
  const local = Date.UTC(two(0) * 100 + two(2) + 400, two(5) - 1, day, two(11), two(14), two(17), milliseconds);
  // The offset: none for `Z`, else `±hh:mm` at the end.
  const sign = value[end - 6];
  const offset = sign === '-' ? -6e4 : sign === '+' ? 6e4 : 0;
  const time = local - 12622780800000 - offset * (two(end - 5) * 60 + two(end - 2));
  // Date.UTC moves February 30 to March 2 (and day 0 to the day before): the day must come back as it was. The
  // instant must lie in 0000–9999.
  const real = day > 0 && (day < 29 || new Date(local).getUTCDate() === day);
  return real && time >= -62167219200000 && time < 253402300800000 ? new Date(time) : undefined;
}

/** `value` when it names a time zone that `Intl` knows, in its canonical spelling; an offset (`+01:00`) is no name. */
export function ianaTimeZone(value: unknown): string | undefined {
  return /^[a-z]/i.test(value as string) ? parseTimeZone(value) : undefined;
}

function readAuthor(value: unknown, key: string, index?: number): Author | undefined {
  if (!isObject(value)) return warn(entry(key, index), value, 'is not an object');
  const name = field(value, 'name');
  const url = field(value, 'url');
  const avatar = field(value, 'avatar');
  const known = authorCache.get(name);
  if (known && known[0] === url && known[1] === avatar) return { ...known[2] };
  const before = problems;
  const path = entry(key, index);
  const author: Author = {};
  put(author, 'name', check(name, TEXT, 'name', path + '.'));
  put(author, 'url', check(url, LINK, 'url', path + '.'));
  put(author, 'avatar', check(avatar, LINK, 'avatar', path + '.'));
  if (!author.name && !author.url) return warn(path, undefined, 'has no name or URL');
  if (problems === before) authorCache.set(name, [url, avatar, author]);
  return author;
}

/** `authors` (1.1), else `author` (1.0); undefined when neither gives a usable author. */
function readAuthors(object: Json): Author[] | undefined {
  const authors = readList('authors', field(object, 'authors'), MAX_AUTHORS, readAuthor);
  const single = field(object, 'author');
  // No usable entry in `authors`: `author`, if it is usable (`[undefined]` is no author either).
  if (!authors[0] && single != null) authors[0] = readAuthor(single, 'author')!;
  return authors[0] && authors;
}

/** `image`, else `banner_image`, else the first `image/*` attachment; `_news.image_alt` and `_news.image_credit`. */
function readImage(item: Json, news: Json): Image | undefined {
  const src =
    read(item, 'image', LINK) ??
    read(item, 'banner_image', LINK) ??
    readList('attachments', field(item, 'attachments'), Infinity, (attachment, key, i) =>
      isObject(attachment) && /^image\//i.test(field(attachment, 'mime_type') as string)
        ? read(attachment, 'url', LINK, entry(key, i) + '.')
        : undefined,
    )[0];
  if (!src) return undefined;
  const image: Image = { src, alt: read(news, 'image_alt', TEXT, '_news.') ?? '' };
  put(image, 'credit', read(news, 'image_credit', TEXT, '_news.'));
  return image;
}

/** Reads the item at `index` into `feed.items`, unless it is dropped. */
function readItem(item: unknown, feed: Feed): undefined {
  itemId = undefined;
  if (!isObject(item)) return warn('', item, 'is not an object', 'item dropped');
  const id = field(item, 'id');
  if (!(typeof id === 'number' || (isString(id) && id.trim()))) {
    return warn('id', id ?? undefined, id == null ? 'is missing' : 'is not a non-blank string or a number', 'item dropped');
  }
  const first = ids.get((itemId = String(id)));
  if (first !== undefined) return warn('id', undefined, `is already used by items[${first}]`, 'item dropped');

  const title = read(item, 'title', TEXT);
  const summary = read(item, 'summary', TEXT);
  const html = read(item, 'content_html', STRING);
  // The body gives the reading time, and the headline and dek when the item has none. Only its start is read; only
  // the words when the item has both.
  let [start, words] = readStart(read(item, 'content_text', STRING) ?? '', DERIVED_SUMMARY, false, true);
  if (!words && html) {
    [start, words] = readStart(html, title && summary ? DERIVED_SUMMARY / 2 : DERIVED_SUMMARY, true, true);
  }
  const headline = title ?? clampText(summary ?? start, DERIVED_TITLE);
  if (!headline) return warn('', undefined, 'has no title, summary or content', 'item dropped');

  const article: Article = { id: itemId, headline, authors: [], tags: [] };
  put(article, 'url', read(item, 'url', LINK) ?? read(item, 'external_url', LINK));
  const dek = summary ?? (start || undefined);
  // A dek that repeats the headline it was taken from is left out.
  if (title || dek !== headline) put(article, 'summary', dek);
  const news = readObject(item, '_news');
  put(article, 'image', readImage(item, news));
  article.authors = readAuthors(item) ?? feed.authors.map((author) => ({ ...author }));
  put(article, 'published', read(item, 'date_published', DATE));
  put(article, 'modified', read(item, 'date_modified', DATE));
  // Some generators write the tags as one comma-separated string.
  const tags = field(item, 'tags');
  const tagList = isString(tags) ? tags.split(',') : tags;
  article.tags = readList('tags', tagList, MAX_TAGS, (tag, key, i) => check(tag, TEXT, key, '', i));
  put(article, 'section', read(news, 'section', TEXT, '_news.') ?? article.tags[0]);
  put(article, 'language', read(item, 'language', LANGUAGE) ?? feed.language);
  put(article, 'rank', read(news, 'rank', RANK, '_news.'));
  if (words) article.readingTime = readingMinutes(words);
  ids.set(itemId, index);
  feed.items.push(article);
}

/**
 * `version`: a jsonfeed.org version URL (http or https). A bare version number, an unknown jsonfeed.org version, or
 * no version in a document with a string `title` and an `items` array is read with a warning.
 */
function readVersion(doc: Json, items: unknown): string {
  const raw = field(doc, 'version') ?? undefined;
  const text = String(raw ?? '');
  const number = text.replace(VERSION_URL, '');
  const known = /^1(\.[01])?$/.test(number);
  const why = raw === undefined ? 'is missing' : 'is not a known jsonfeed.org version URL';
  if (number === text && !known && !(raw === undefined && isString(field(doc, 'title')) && Array.isArray(items))) {
    invalid('version', raw, why);
  }
  const version = /^1(\.0)?$/.test(number) ? JSON_FEED_VERSION_1 : JSON_FEED_VERSION_1_1;
  if (number === text || !known) warn('version', raw, why, `read as ${version}`);
  return version;
}

function readFeed(doc: unknown, src: string | undefined): NormalizeResult {
  warnings = [];
  problems = 0;
  index = -1;
  itemId = undefined;
  authorCache = new Map();
  if (!isObject(doc)) invalid('', undefined, `${show(doc)} is not an object`);
  const items = field(doc, 'items');
  const version = readVersion(doc, items);
  if (!Array.isArray(items)) invalid('items', items, items === undefined ? 'is missing' : 'is not an array');

  // Relative URLs resolve against the URL the feed was loaded from, else its feed_url, else its home_page_url
  // (a relative feed_url against the home page).
  const loadedFrom = safeUrl(src);
  const rebase = (...urls: (string | undefined)[]) => (base = [loadedFrom, ...urls].find(isAbsoluteHttpUrl));
  rebase();
  const homePageUrl = read(doc, 'home_page_url', LINK);
  rebase(homePageUrl);
  const ownUrl = read(doc, 'feed_url', LINK);
  rebase(ownUrl, homePageUrl);
  const feedUrl = loadedFrom ?? ownUrl;
  const feed: Feed = { version, title: read(doc, 'title', TEXT) ?? '', authors: readAuthors(doc) ?? [], items: [] };
  put(feed, 'description', read(doc, 'description', TEXT));
  put(feed, 'homePageUrl', homePageUrl);
  put(feed, 'feedUrl', feedUrl);
  put(feed, 'nextUrl', read(doc, 'next_url', LINK));
  put(feed, 'icon', read(doc, 'icon', LINK));
  put(feed, 'language', read(doc, 'language', LANGUAGE));
  put(feed, 'timeZone', read(readObject(doc, '_news'), 'time_zone', TIME_ZONE, '_news.'));

  ids = new Map();
  for (index = 0; index < items.length; index++) readItem(items[index], feed);
  if (problems > MAX_WARNINGS) {
    warnings.push({ path: '', message: `Feed: ${problems - MAX_WARNINGS} more warnings were left out.` });
  }
  return { feed, warnings };
}

/**
 * Reads a parsed JSON Feed into the feed model: the feed, and a warning for every bad part that was dropped.
 * Throws only a `FeedError` with code `invalid`, for any input.
 */
export function normalizeFeed(json: unknown, options?: NormalizeOptions): NormalizeResult {
  return normalizeAs(json, options?.url, 'The feed', options?.url);
}

/**
 * {@link normalizeFeed} of a feed from `src` (undefined for one from the page), whose relative URLs resolve against
 * `url`, called `name` in error messages ("The feed at <url>").
 */
export function normalizeAs(json: unknown, url: string | undefined, name: string, src?: string): NormalizeResult {
  label = name;
  try {
    return readFeed(json, url);
  } catch (error) {
    if (error instanceof FeedError) throw Object.assign(error, { src });
    // Only a value that is not JSON (a proxy, a getter) can throw.
    const reason = String((error as Error)?.message ?? error);
    throw new FeedError('invalid', `${name} could not be read: ${reason}`, { path: '', cause: error, src });
  }
}
