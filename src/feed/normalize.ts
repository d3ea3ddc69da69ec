/**
 * JSON Feed (1.0 and 1.1) -> the feed model. This is the only code that reads raw feed JSON.
 *
 * ## Not a feed at all vs. a feed with bad parts
 *
 * `normalizeFeed` throws `FeedError('invalid', …)` with the path of the first problem only when the document as a
 * whole is not a JSON Feed:
 * 1. it is not a JSON object (`''` is the path of the whole document);
 * 2. `version` is neither a jsonfeed.org version URL nor one of the tolerated forms below (path `version`);
 * 3. `items` is missing or not an array (path `items`).
 *
 * Tolerated, with a warning:
 * - `version` missing, when the document has the two other required members, a string `title` and an `items`
 *   array: real feeds ship like that and lenient readers accept them. Without them (`{"rss": …}`, fragments) the
 *   document is invalid at `version`.
 * - `version` a bare number (`"1"`, `"1.0"`, `"1.1"`, or the JSON number `1.1`), read as that version.
 * - a jsonfeed.org version URL of a version we do not know (`/version/1.2`, `/version/2`), read as 1.1.
 * - `http://jsonfeed.org/version/1` is as good as `https://` and needs no warning.
 *
 * Everything below the document level is a bad part, dropped at the smallest level and reported as a
 * {@link FeedWarning}: a bad date drops the date, a bad URL the link, an item without a usable `id` or with nothing
 * to show as a headline drops the item. A feed whose every item is bad is therefore a valid feed with zero items
 * (and one warning per item), not an error: the document is still a feed.
 *
 * ## Other rules
 * - Dates: strict RFC 3339 date-times (`2026-08-18T07:46:00+02:00`, `…Z`, optional fraction, `T`, `t` or a space
 *   between date and time). A date alone (`2026-08-18`), a time without an offset (`2018-01-06T08:00`), RFC 822
 *   dates and impossible values (month 30) are dropped with a warning, never guessed.
 * - Plain-text fields (titles, summaries, names, tags) have their character references decoded (`&amp;` -> `&`,
 *   many feeds escape them twice) and are cleaned and clamped ({@link TEXT_LIMITS}); markup in them stays text.
 * - `tags` given as one comma-separated string (some generators do) is read as that list, without a warning.
 * - Empty strings and `null` count as absent, without a warning, except where an object belongs (`"author": ""`).
 * - An empty `authors` list, or one whose every entry was dropped, falls back to `author`, then to the feed's authors.
 * - A derived summary that would repeat the derived headline word for word is left out.
 * - Reading time: the words of `content_text`, else of the text of `content_html`, at 230 words a minute (Chinese and
 *   Japanese counted by character, see `wordCount`). Only the start of a long body is read: its words are scaled to
 *   the length of the whole body (`excerpt`, `htmlExcerpt`), which keeps a 10,000-item feed fast.
 * - At most {@link MAX_ITEMS} items, {@link MAX_TAGS} tags and {@link MAX_AUTHORS} authors per item (and per feed) are
 *   read, and at most {@link MAX_WARNINGS} warnings are listed: work and memory stay bounded by the size of the
 *   document, whatever it holds (a feed's authors are copied into every item that has none of its own).
 *
 * The input is never copied or mutated; fields are read as own properties only, so `__proto__`, `constructor` and
 * the like mean nothing. The output is made of fresh plain objects.
 */

import { clampText, excerpt, htmlExcerpt, htmlWords, plainText, readingMinutes } from '../format/text.js';
import { parseTimeZone } from '../format/intl-cache.js';
import { isAbsoluteHttpUrl, safeUrl } from '../format/url.js';
import {
  FeedError,
  type Article,
  type Author,
  type Feed,
  type FeedWarning,
  type Image,
  type NormalizeResult,
} from './types.js';

export const JSON_FEED_VERSION_1 = 'https://jsonfeed.org/version/1';
export const JSON_FEED_VERSION_1_1 = 'https://jsonfeed.org/version/1.1';
/** The versions a normalized feed reports: the document's own, in its canonical https form. */
export const JSON_FEED_VERSIONS = [JSON_FEED_VERSION_1_1, JSON_FEED_VERSION_1] as const;

/** Longest text kept per field, in UTF-16 code units; longer text is cut at a word and ends in `…`. */
export const TEXT_LIMITS = {
  headline: 300,
  /** A headline taken from the summary or body. */
  derivedHeadline: 100,
  summary: 600,
  /** A summary taken from the body: a dek of two or three lines, about as long as a page's meta description. */
  derivedSummary: 160,
  feedTitle: 300,
  description: 600,
  name: 200,
  tag: 100,
  section: 100,
  alt: 300,
  credit: 200,
} as const;

/** At most this many tags are kept per item. */
export const MAX_TAGS = 50;

/** At most this many items are read; the rest are dropped with one warning (a page never needs more). */
export const MAX_ITEMS = 100_000;

/** At most this many authors are read per item and per feed; the rest are dropped with one warning. */
export const MAX_AUTHORS = 20;

/** At most this many warnings are listed; one last warning counts the problems left out. */
export const MAX_WARNINGS = 1000;

export interface NormalizeOptions {
  /** The URL the feed was loaded from: the base for relative URLs and the feed's own URL. */
  url?: string;
}

type JsonObject = Record<string, unknown>;

const hasOwn = Object.prototype.hasOwnProperty;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * An own property of `o`, never an inherited one. (Read first, checked second: most fields a feed may have are
 * missing, and a missing one costs a single lookup.)
 */
function field(o: JsonObject, key: string): unknown {
  const value = o[key];
  return value !== undefined && hasOwn.call(o, key) ? value : undefined;
}

/** Absent: missing, null or an empty string. */
function isAbsent(value: unknown): boolean {
  return value === undefined || value === null || value === '';
}

/** "a number", "an object"… for messages. */
function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return value === '' ? 'an empty string' : 'a string';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'undefined') return 'missing';
  return `a ${typeof value}`;
}

const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;
/** Left as they are by JSON.stringify, shown by a console as a line break or not at all: C1, U+2028/9, BOM. */
const UNPRINTABLE = /[\u007f-\u009f\u2028\u2029\ufeff]/g;

function escapeUnprintable(c: string): string {
  return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/**
 * A value as it appears in a message: strings quoted (and shortened) on one line, with controls escaped and bidi
 * controls dropped, anything else by its type.
 */
function show(value: unknown): string {
  if (typeof value === 'string') {
    const short = value.length > 80 ? value.slice(0, 80) + '…' : value;
    return JSON.stringify(short).replace(BIDI_CONTROLS, '').replace(UNPRINTABLE, escapeUnprintable);
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return typeName(value);
}

/** Where a warning belongs: the feed (index -1), or one item. Paths and labels are only spelled out for a warning. */
interface Scope {
  index: number;
  itemId?: string;
}

const FEED_SCOPE: Scope = { index: -1 };

interface Context {
  warnings: FeedWarning[];
  /** Problems found after {@link MAX_WARNINGS} were listed. */
  unlisted: number;
  /** Absolute http(s) base for relative URLs, when there is one. */
  base?: string;
  languages: Map<string, string | undefined>;
  /** Authors already read, by their raw name, with the raw url and avatar they had (see `readAuthor`). */
  authors: Map<string, { rawUrl?: string; rawAvatar?: string; author: Author }>;
}

/**
 * Records a warning. `relativePath` is the field's path inside the scope (`date_published`, `authors[0].url`, or ''
 * for the item itself); the message is prefixed with `Feed: `, `Item "abc" (items[3]): ` or `Item items[3]: `.
 */
function warn(ctx: Context, scope: Scope, relativePath: string, message: string): void {
  if (ctx.warnings.length >= MAX_WARNINGS) {
    ctx.unlisted++;
    return;
  }
  let label = 'Feed';
  let path = relativePath;
  if (scope.index >= 0) {
    const itemPath = `items[${scope.index}]`;
    path = relativePath === '' ? itemPath : `${itemPath}.${relativePath}`;
    label = scope.itemId === undefined ? `Item ${itemPath}` : `Item ${show(scope.itemId)} (${itemPath})`;
  }
  const warning: FeedWarning = { path, message: `${label}: ${message}` };
  if (scope.itemId !== undefined) warning.itemId = scope.itemId;
  ctx.warnings.push(warning);
}

/** A text field: undefined when absent or empty after cleaning; a non-string is reported and ignored. */
function readText(ctx: Context, scope: Scope, path: string, value: unknown, max: number): string | undefined {
  if (isAbsent(value)) return undefined;
  if (typeof value !== 'string') {
    warn(ctx, scope, path, `${path} is ${typeName(value)}, not a string; it was ignored.`);
    return undefined;
  }
  const text = plainText(value, max);
  return text === '' ? undefined : text;
}

/** A URL field through {@link safeUrl}; an unsafe or malformed one is reported and dropped. */
function readUrl(
  ctx: Context,
  scope: Scope,
  path: string,
  value: unknown,
  what: string,
  base = ctx.base,
): string | undefined {
  if (isAbsent(value)) return undefined;
  if (typeof value === 'string' && value.trim() === '') return undefined;
  const url = safeUrl(value, base);
  if (url === undefined) {
    const bad =
      typeof value === 'string'
        ? `${path} ${show(value)} is not an http(s) or relative URL`
        : `${path} is ${typeName(value)}, not a URL`;
    warn(ctx, scope, path, `${bad}; ${what} was dropped.`);
  }
  return url;
}

// ---------------------------------------------------------------------------------------------------------------
// Dates

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The number written by the digits s[from, from + count), or -1 when one of them is not a digit. */
function digits(s: string, from: number, count: number): number {
  let value = 0;
  for (let i = from; i < from + count; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    value = value * 10 + d;
  }
  return value;
}

/**
 * The instant of an RFC 3339 date-time (`2017-11-23T21:08:29+00:00`, `2019-10-12T07:20:50.52Z`), or undefined for
 * anything else: a date alone, a time without offset, out-of-range fields (month 13, day 31 of a 30-day month,
 * hour 24), and an instant that an offset moves out of the years 0000–9999 (`0000-01-01T00:00:00+01:00`), which
 * neither RFC 3339 in UTC nor `<time datetime>` can write. Read character by character and computed with calendar
 * arithmetic, never `Date.parse`. `T`, `t` or a space may separate date and time (RFC 3339 allows the space);
 * `-00:00` is read as UTC; a leap second `:60` is the following second.
 */
export function parseRfc3339(value: string): Date | undefined {
  const n = value.length;
  if (n < 20) return undefined;
  const dashes = value.charCodeAt(4) === 45 && value.charCodeAt(7) === 45;
  if (!dashes || value.charCodeAt(13) !== 58 || value.charCodeAt(16) !== 58) return undefined;
  const separator = value.charCodeAt(10);
  if (separator !== 84 && separator !== 116 && separator !== 32) return undefined;
  const year = digits(value, 0, 4);
  const month = digits(value, 5, 2);
  const day = digits(value, 8, 2);
  const hour = digits(value, 11, 2);
  const minute = digits(value, 14, 2);
  const second = digits(value, 17, 2);
  if (year < 0 || month < 1 || month > 12 || day < 1) return undefined;
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 60) return undefined;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  if (day > (month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1])) return undefined;
  let i = 19;
  let ms = 0;
  if (value.charCodeAt(i) === 46 /* . */) {
    const start = ++i;
    while (i < n && value.charCodeAt(i) >= 48 && value.charCodeAt(i) <= 57) i++;
    if (i === start) return undefined;
    ms = digits(value.slice(start, Math.min(i, start + 3)).padEnd(3, '0'), 0, 3);
  }
  let offset = 0;
  const zone = value.charCodeAt(i);
  if (zone === 90 || zone === 122 /* Z z */) {
    if (i + 1 !== n) return undefined;
  } else if (zone === 43 || zone === 45 /* + - */) {
    if (i + 6 !== n || value.charCodeAt(i + 3) !== 58) return undefined;
    const offsetHours = digits(value, i + 1, 2);
    const offsetMinutes = digits(value, i + 4, 2);
    if (offsetHours < 0 || offsetHours > 23 || offsetMinutes < 0 || offsetMinutes > 59) return undefined;
    offset = (zone === 45 ? -1 : 1) * (offsetHours * 60 + offsetMinutes) * 60000;
  } else {
    return undefined;
  }
  const time = ((((daysFromCivil(year, month, day) * 24 + hour) * 60 + minute) * 60 + second) * 1000) + ms - offset;
  if (time < FIRST_INSTANT || time >= END_INSTANT) return undefined;
  return new Date(time);
}

const DAY_MS = 86_400_000;
/** 0000-01-01T00:00:00Z and 10000-01-01T00:00:00Z: the instants RFC 3339 can write in UTC lie between them. */
const FIRST_INSTANT = daysFromCivil(0, 1, 1) * DAY_MS;
const END_INSTANT = daysFromCivil(10000, 1, 1) * DAY_MS;

/**
 * Days from 1970-01-01 to a date of the proleptic Gregorian calendar (the arithmetic of `Date.UTC`, without its
 * mapping of years 0–99 to 1900–1999): years counted from March, so that the leap day ends the year.
 */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

function readDate(ctx: Context, scope: Scope, path: string, value: unknown): Date | undefined {
  if (isAbsent(value)) return undefined;
  if (typeof value !== 'string') {
    warn(ctx, scope, path, `${path} is ${typeName(value)}, not an RFC 3339 date string; the date was dropped.`);
    return undefined;
  }
  const date = parseRfc3339(value.trim());
  if (date === undefined) {
    warn(ctx, scope, path, `${path} ${show(value)} is not an RFC 3339 date; the date was dropped.`);
  }
  return date;
}

// ---------------------------------------------------------------------------------------------------------------
// Languages and time zones

const LANGUAGE_TAG = /^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$/;

function readLanguage(ctx: Context, scope: Scope, path: string, value: unknown, fallback: string): string | undefined {
  if (isAbsent(value)) return undefined;
  if (typeof value !== 'string') {
    warn(ctx, scope, path, `${path} is ${typeName(value)}, not a language tag; ${fallback}.`);
    return undefined;
  }
  let canonical = ctx.languages.get(value);
  if (!ctx.languages.has(value)) {
    const tag = value.trim().replace(/_/g, '-');
    canonical = undefined;
    if (LANGUAGE_TAG.test(tag)) {
      try {
        canonical = Intl.getCanonicalLocales(tag)[0];
      } catch {
        canonical = undefined;
      }
    }
    ctx.languages.set(value, canonical);
  }
  if (canonical === undefined) {
    warn(ctx, scope, path, `${path} ${show(value)} is not a BCP 47 language tag; ${fallback}.`);
  }
  return canonical;
}

const TIME_ZONE_NAME = /^[A-Za-z][A-Za-z0-9_+\-/]{0,63}$/;

/** `value` when it names a time zone that `Intl` knows (canonical spelling), else undefined. */
export function ianaTimeZone(value: unknown): string | undefined {
  // Asked once per feed, but a page may read the same feed for a hundred elements: Intl's answer is cached.
  return typeof value === 'string' && TIME_ZONE_NAME.test(value) ? parseTimeZone(value) : undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// Authors

function readAuthor(ctx: Context, scope: Scope, path: string, value: unknown): Author | undefined {
  if (!isObject(value)) {
    warn(ctx, scope, path, `${path} is ${typeName(value)}, not an author object; it was dropped.`);
    return undefined;
  }
  const rawName = field(value, 'name');
  const rawUrl = field(value, 'url');
  const rawAvatar = field(value, 'avatar');
  // Feeds repeat the same few authors on every item: each distinct one is read once, and every item gets a copy.
  const key = typeof rawName === 'string' && isStringOrMissing(rawUrl) && isStringOrMissing(rawAvatar) ? rawName : undefined;
  if (key !== undefined) {
    const known = ctx.authors.get(key);
    if (known !== undefined && known.rawUrl === rawUrl && known.rawAvatar === rawAvatar) return { ...known.author };
  }
  const problems = ctx.warnings.length + ctx.unlisted;
  const name = readText(ctx, scope, `${path}.name`, rawName, TEXT_LIMITS.name);
  const url = readUrl(ctx, scope, `${path}.url`, rawUrl, 'the link');
  if (name === undefined && url === undefined) {
    warn(ctx, scope, path, `${path} has neither a name nor a URL; it was dropped.`);
    return undefined;
  }
  const author: Author = {};
  if (name !== undefined) author.name = name;
  if (url !== undefined) author.url = url;
  const avatar = readUrl(ctx, scope, `${path}.avatar`, rawAvatar, 'the avatar');
  if (avatar !== undefined) author.avatar = avatar;
  // Only an author read without a warning is reused: every item with a bad part gets its own warning.
  if (key !== undefined && ctx.warnings.length + ctx.unlisted === problems) {
    ctx.authors.set(key, { rawUrl: rawUrl as string | undefined, rawAvatar: rawAvatar as string | undefined, author });
  }
  return author;
}

function isStringOrMissing(value: unknown): value is string | undefined {
  return value === undefined || typeof value === 'string';
}

/** `authors` (1.1), else `author` (1.0) of a feed or item; undefined when neither gives a usable author. */
function readAuthors(ctx: Context, scope: Scope, container: JsonObject): Author[] | undefined {
  const list = field(container, 'authors');
  if (Array.isArray(list)) {
    const authors: Author[] = [];
    for (let i = 0; i < list.length && authors.length < MAX_AUTHORS; i++) {
      const author = readAuthor(ctx, scope, `authors[${i}]`, hasOwn.call(list, i) ? list[i] : undefined);
      if (author !== undefined) authors.push(author);
      if (authors.length === MAX_AUTHORS && i + 1 < list.length) {
        const message = `authors has ${list.length} entries; only the first ${MAX_AUTHORS} authors were read.`;
        warn(ctx, scope, 'authors', message);
      }
    }
    if (authors.length > 0) return authors;
  } else if (!isAbsent(list)) {
    warn(ctx, scope, 'authors', `authors is ${typeName(list)}, not an array; it was ignored.`);
  }
  const single = field(container, 'author');
  if (single === undefined || single === null) return undefined;
  const author = readAuthor(ctx, scope, 'author', single);
  return author === undefined ? undefined : [author];
}

function copyAuthors(authors: Author[]): Author[] {
  return authors.map((a) => ({ ...a }));
}

// ---------------------------------------------------------------------------------------------------------------
// Items

function readImage(ctx: Context, scope: Scope, item: JsonObject, news: JsonObject | undefined): Image | undefined {
  let src = readUrl(ctx, scope, 'image', field(item, 'image'), 'the image');
  src ??= readUrl(ctx, scope, 'banner_image', field(item, 'banner_image'), 'the image');
  if (src === undefined) {
    const attachments = field(item, 'attachments');
    if (Array.isArray(attachments)) {
      for (let i = 0; i < attachments.length && src === undefined; i++) {
        const attachment: unknown = hasOwn.call(attachments, i) ? attachments[i] : undefined;
        if (!isObject(attachment)) continue;
        const type = field(attachment, 'mime_type');
        if (typeof type !== 'string' || type.slice(0, 6).toLowerCase() !== 'image/') continue;
        src = readUrl(ctx, scope, `attachments[${i}].url`, field(attachment, 'url'), 'the image');
      }
    } else if (!isAbsent(attachments)) {
      warn(ctx, scope, 'attachments', `attachments is ${typeName(attachments)}, not an array; it was ignored.`);
    }
  }
  if (src === undefined) return undefined;
  const image: Image = { src, alt: '' };
  if (news !== undefined) {
    const alt = readText(ctx, scope, '_news.image_alt', field(news, 'image_alt'), TEXT_LIMITS.alt);
    if (alt !== undefined) image.alt = alt;
    const credit = readText(ctx, scope, '_news.image_credit', field(news, 'image_credit'), TEXT_LIMITS.credit);
    if (credit !== undefined) image.credit = credit;
  }
  return image;
}

function addTag(tags: string[], raw: string): void {
  if (tags.length >= MAX_TAGS) return;
  const tag = plainText(raw, TEXT_LIMITS.tag);
  if (tag !== '' && !tags.includes(tag)) tags.push(tag);
}

function readTags(ctx: Context, scope: Scope, value: unknown): string[] {
  const tags: string[] = [];
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length && tags.length < MAX_TAGS; i++) {
      const tag: unknown = hasOwn.call(value, i) ? value[i] : undefined;
      if (typeof tag === 'string') addTag(tags, tag);
      else warn(ctx, scope, `tags[${i}]`, `tags[${i}] is ${typeName(tag)}, not a string; the tag was dropped.`);
    }
  } else if (typeof value === 'string') {
    // Some generators write "tag1,tag2" instead of ["tag1", "tag2"].
    for (const part of value.split(',')) addTag(tags, part);
  } else if (!isAbsent(value)) {
    warn(ctx, scope, 'tags', `tags is ${typeName(value)}, not an array of strings; the tags were dropped.`);
  }
  return tags;
}

function readRank(ctx: Context, scope: Scope, value: unknown): number | undefined {
  if (isAbsent(value)) return undefined;
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 1) return value;
  warn(ctx, scope, '_news.rank', `_news.rank ${show(value)} is not a positive whole number; the rank was dropped.`);
  return undefined;
}

/**
 * Plain text of the item's body: `content_text`, else the text of `content_html`; '' when there is none. Without
 * `needText` (the item has its own title and summary) only the words are sure to be counted, and `text` may be ''.
 */
function readBody(ctx: Context, scope: Scope, item: JsonObject, needText: boolean): { text: string; words: number } {
  const contentText = field(item, 'content_text');
  const contentHtml = field(item, 'content_html');
  if (!isAbsent(contentText) && typeof contentText !== 'string') {
    warn(ctx, scope, 'content_text', `content_text is ${typeName(contentText)}, not a string; it was ignored.`);
  }
  if (!isAbsent(contentHtml) && typeof contentHtml !== 'string') {
    warn(ctx, scope, 'content_html', `content_html is ${typeName(contentHtml)}, not a string; it was ignored.`);
  }
  if (typeof contentText === 'string') {
    const body = excerpt(contentText, TEXT_LIMITS.derivedSummary);
    if (body.words > 0) return body;
  }
  if (typeof contentHtml === 'string' && contentHtml !== '') {
    if (!needText) return { text: '', words: htmlWords(contentHtml, TEXT_LIMITS.derivedSummary) };
    return htmlExcerpt(contentHtml, TEXT_LIMITS.derivedSummary);
  }
  return { text: '', words: 0 };
}

const NONE: never[] = [];

function readItem(
  ctx: Context,
  scope: Scope,
  item: JsonObject,
  id: string,
  feedLanguage: string | undefined,
  feedAuthors: Author[],
): Article | undefined {
  const title = readText(ctx, scope, 'title', field(item, 'title'), TEXT_LIMITS.headline);
  const summary = readText(ctx, scope, 'summary', field(item, 'summary'), TEXT_LIMITS.summary);
  const body = readBody(ctx, scope, item, title === undefined || summary === undefined);

  let headline = title;
  if (headline === undefined) {
    const source = summary ?? body.text;
    if (source !== '') headline = clampText(source, TEXT_LIMITS.derivedHeadline);
  }
  if (headline === undefined) {
    warn(ctx, scope, '', 'it has no title, summary or content to show; the item was dropped.');
    return undefined;
  }

  // `authors` and `tags` are always set below; the shared empty array only holds their place.
  const article: Article = { id, headline, authors: NONE, tags: NONE };

  let url = readUrl(ctx, scope, 'url', field(item, 'url'), 'the link');
  url ??= readUrl(ctx, scope, 'external_url', field(item, 'external_url'), 'the link');
  if (url !== undefined) article.url = url;

  const dek = summary ?? (body.text === '' ? undefined : body.text);
  if (dek !== undefined && !(title === undefined && dek === headline)) article.summary = dek;

  const rawNews = field(item, '_news');
  let news: JsonObject | undefined;
  if (isObject(rawNews)) news = rawNews;
  else if (!isAbsent(rawNews)) {
    warn(ctx, scope, '_news', `_news is ${typeName(rawNews)}, not an object; it was ignored.`);
  }

  const image = readImage(ctx, scope, item, news);
  if (image !== undefined) article.image = image;

  article.authors = readAuthors(ctx, scope, item) ?? copyAuthors(feedAuthors);

  const published = readDate(ctx, scope, 'date_published', field(item, 'date_published'));
  if (published !== undefined) article.published = published;
  const modified = readDate(ctx, scope, 'date_modified', field(item, 'date_modified'));
  if (modified !== undefined) article.modified = modified;

  article.tags = readTags(ctx, scope, field(item, 'tags'));
  const section =
    news === undefined ? undefined : readText(ctx, scope, '_news.section', field(news, 'section'), TEXT_LIMITS.section);
  if (section !== undefined) article.section = section;
  else if (article.tags.length > 0) article.section = clampText(article.tags[0], TEXT_LIMITS.section);

  const itemLanguage = field(item, 'language');
  const fallback = "the feed's language is used instead";
  const language = readLanguage(ctx, scope, 'language', itemLanguage, fallback) ?? feedLanguage;
  if (language !== undefined) article.language = language;

  if (news !== undefined) {
    const rank = readRank(ctx, scope, field(news, 'rank'));
    if (rank !== undefined) article.rank = rank;
  }

  if (body.words > 0) article.readingTime = readingMinutes(body.words);
  return article;
}

// ---------------------------------------------------------------------------------------------------------------
// The document

const VERSION_URL = /^https?:\/\/(?:www\.)?jsonfeed\.org\/version\/(\d+(?:\.\d+)?)\/?$/i;
const BARE_VERSION = /^v?(1(?:\.[01])?)$/i;

/** The canonical version of the document, a warning when it took some tolerance, or invalid. */
function readVersion(doc: JsonObject): { version: string; warning?: string } | undefined {
  const raw = field(doc, 'version');
  if (typeof raw === 'string') {
    const url = VERSION_URL.exec(raw.trim());
    if (url !== null) {
      if (url[1] === '1' || url[1] === '1.0') return { version: JSON_FEED_VERSION_1 };
      if (url[1] === '1.1') return { version: JSON_FEED_VERSION_1_1 };
      return {
        version: JSON_FEED_VERSION_1_1,
        warning: `version ${show(raw)} is not a version this reader knows; the feed was read as JSON Feed 1.1.`,
      };
    }
  }
  const bare = typeof raw === 'number' ? String(raw) : typeof raw === 'string' ? raw.trim() : undefined;
  const bareMatch = bare === undefined ? null : BARE_VERSION.exec(bare);
  if (bareMatch !== null) {
    const is11 = bareMatch[1] === '1.1';
    const readAs = `JSON Feed ${is11 ? '1.1' : '1.0'}`;
    return {
      version: is11 ? JSON_FEED_VERSION_1_1 : JSON_FEED_VERSION_1,
      warning: `version ${show(raw)} is not a jsonfeed.org version URL; the feed was read as ${readAs}.`,
    };
  }
  const looksLikeFeed = typeof field(doc, 'title') === 'string' && Array.isArray(field(doc, 'items'));
  if ((raw === undefined || raw === null) && looksLikeFeed) {
    const is11 = field(doc, 'authors') !== undefined || field(doc, 'language') !== undefined;
    const readAs = `JSON Feed ${is11 ? '1.1' : '1.0'}`;
    return {
      version: is11 ? JSON_FEED_VERSION_1_1 : JSON_FEED_VERSION_1,
      warning: `version is missing; the document has a title and items, so it was read as ${readAs}.`,
    };
  }
  return undefined;
}

function sameUrl(a: string, b: string): boolean {
  const strip = (u: string) => {
    const hash = u.indexOf('#');
    return hash < 0 ? u : u.slice(0, hash);
  };
  return strip(a) === strip(b);
}

function normalizeDocument(json: unknown, options: NormalizeOptions | undefined): NormalizeResult {
  const src = typeof options?.url === 'string' ? options.url : undefined;
  if (!isObject(json)) {
    throw new FeedError('invalid', `The document is ${typeName(json)}, not a JSON Feed object.`, { path: '', src });
  }
  const doc = json;
  const version = readVersion(doc);
  if (version === undefined) {
    const raw = field(doc, 'version');
    const why = isAbsent(raw) ? 'it has no version' : `version ${show(raw)} is not a jsonfeed.org version URL`;
    throw new FeedError('invalid', `The document is not a JSON Feed: ${why}.`, { path: 'version', src });
  }
  const rawItems = field(doc, 'items');
  if (!Array.isArray(rawItems)) {
    const message = `The feed has no items array (items is ${typeName(rawItems)}).`;
    throw new FeedError('invalid', message, { path: 'items', src });
  }

  const ctx: Context = { warnings: [], unlisted: 0, languages: new Map(), authors: new Map() };
  const feedScope = FEED_SCOPE;
  if (version.warning !== undefined) warn(ctx, feedScope, 'version', version.warning);

  // The base for relative URLs: the URL the feed was loaded from, else its feed_url, else its home_page_url.
  const loadedFrom = safeUrl(src);
  if (isAbsoluteHttpUrl(loadedFrom)) ctx.base = loadedFrom;
  const homePageUrl = readUrl(ctx, feedScope, 'home_page_url', field(doc, 'home_page_url'), 'the link');
  const feedUrlBase = ctx.base ?? (isAbsoluteHttpUrl(homePageUrl) ? homePageUrl : undefined);
  const ownFeedUrl = readUrl(ctx, feedScope, 'feed_url', field(doc, 'feed_url'), 'the link', feedUrlBase);
  if (ctx.base === undefined) {
    if (isAbsoluteHttpUrl(ownFeedUrl)) ctx.base = ownFeedUrl;
    else if (isAbsoluteHttpUrl(homePageUrl)) ctx.base = homePageUrl;
  }

  const title = readText(ctx, feedScope, 'title', field(doc, 'title'), TEXT_LIMITS.feedTitle);
  const feed: Feed = { version: version.version, title: title ?? '', authors: [], items: [] };
  const description = readText(ctx, feedScope, 'description', field(doc, 'description'), TEXT_LIMITS.description);
  if (description !== undefined) feed.description = description;
  if (homePageUrl !== undefined) feed.homePageUrl = homePageUrl;
  const feedUrl = loadedFrom ?? ownFeedUrl;
  if (feedUrl !== undefined) feed.feedUrl = feedUrl;

  const nextUrl = readUrl(ctx, feedScope, 'next_url', field(doc, 'next_url'), 'the next page');
  if (nextUrl !== undefined) {
    const loops = [feedUrl, ownFeedUrl].some((own) => own !== undefined && sameUrl(nextUrl, own));
    if (loops) {
      const message = `next_url ${show(nextUrl)} is the feed's own URL; it was dropped to avoid a loop.`;
      warn(ctx, feedScope, 'next_url', message);
    } else {
      feed.nextUrl = nextUrl;
    }
  }

  const icon =
    readUrl(ctx, feedScope, 'icon', field(doc, 'icon'), 'the icon') ??
    readUrl(ctx, feedScope, 'favicon', field(doc, 'favicon'), 'the icon');
  if (icon !== undefined) feed.icon = icon;

  const language = readLanguage(ctx, feedScope, 'language', field(doc, 'language'), 'it was dropped');
  if (language !== undefined) feed.language = language;

  const news = field(doc, '_news');
  if (isObject(news)) {
    const rawZone = field(news, 'time_zone');
    if (!isAbsent(rawZone)) {
      const timeZone = ianaTimeZone(rawZone);
      if (timeZone !== undefined) feed.timeZone = timeZone;
      else {
        const message = `_news.time_zone ${show(rawZone)} is not an IANA time zone name; it was dropped.`;
        warn(ctx, feedScope, '_news.time_zone', message);
      }
    }
  } else if (!isAbsent(news)) {
    warn(ctx, feedScope, '_news', `_news is ${typeName(news)}, not an object; it was ignored.`);
  }

  feed.authors = readAuthors(ctx, feedScope, doc) ?? [];

  const seen = new Map<string, number>();
  const count = Math.min(rawItems.length, MAX_ITEMS);
  if (rawItems.length > MAX_ITEMS) {
    warn(ctx, feedScope, 'items', `items has ${rawItems.length} entries; only the first ${MAX_ITEMS} were read.`);
  }
  for (let i = 0; i < count; i++) {
    const scope: Scope = { index: i };
    try {
      const raw: unknown = hasOwn.call(rawItems, i) ? rawItems[i] : undefined;
      if (!isObject(raw)) {
        warn(ctx, scope, '', `it is ${typeName(raw)}, not an item object; the item was dropped.`);
        continue;
      }
      const rawId = field(raw, 'id');
      let id: string | undefined;
      if (typeof rawId === 'string' && rawId.trim() !== '') id = rawId;
      else if (typeof rawId === 'number' && Number.isFinite(rawId)) id = String(rawId);
      if (id === undefined) {
        const why = rawId === undefined ? 'has no id' : `has an unusable id (${show(rawId)})`;
        warn(ctx, scope, 'id', `it ${why}; the item was dropped.`);
        continue;
      }
      scope.itemId = id;
      const first = seen.get(id);
      if (first !== undefined) {
        warn(ctx, scope, 'id', `the id is already used by items[${first}]; this item was dropped.`);
        continue;
      }
      const article = readItem(ctx, scope, raw, id, feed.language, feed.authors);
      if (article !== undefined) {
        seen.set(id, i);
        feed.items.push(article);
      }
    } catch (error) {
      const reason = error instanceof Error ? error.message : 'unknown error';
      warn(ctx, scope, '', `it could not be read (${reason}); the item was dropped.`);
    }
  }

  if (ctx.unlisted > 0) {
    const more = ctx.unlisted === 1 ? '1 more problem was' : `${ctx.unlisted} more problems were`;
    ctx.warnings.push({ path: '', message: `Feed: ${more} found and not listed.` });
  }
  return { feed, warnings: ctx.warnings };
}

/**
 * Reads a parsed JSON Feed into the feed model. Returns the feed and the warnings about the bad parts that were
 * dropped; throws only `FeedError` with code `invalid` (see the rules at the top of this module) and never anything
 * else, for any input.
 */
export function normalizeFeed(json: unknown, options?: NormalizeOptions): NormalizeResult {
  try {
    return normalizeDocument(json, options);
  } catch (error) {
    if (error instanceof FeedError) throw error;
    const message = error instanceof Error ? error.message : 'unknown error';
    let src: string | undefined;
    try {
      src = typeof options?.url === 'string' ? options.url : undefined;
    } catch {
      src = undefined;
    }
    throw new FeedError('invalid', `The feed could not be read: ${message}`, { path: '', src, cause: error });
  }
}
