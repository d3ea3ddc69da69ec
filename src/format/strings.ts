/**
 * Every string the elements show: English built in, other languages added with {@link addStrings} (German, French and
 * Spanish ship as `locales/de.js`, `fr.js`, `es.js`), and each one replaceable by the page.
 * Templates use `{name}` placeholders; a template may hold two plural forms, `one|other`.
 */
import type { FeedErrorCode } from '../feed/types.js';
import { intl, safeLocale } from './intl-cache.js';
import { cleanText } from './text.js';

export interface NewsStrings {
  /** Byline: `{authors}` is the joined list of names ("By A, B and C"). */
  by: string;
  /** `{date}` is the formatted date of the last change, absolute or relative. */
  updated: string;
  /** `{minutes}`: whole minutes. */
  readingTime: string;
  /** `{credit}`: who the image is credited to. */
  imageCredit: string;
  /** Default heading of `news-trending`. */
  trendingHeading: string;
  /** The button of `news-feed` that loads more stories. */
  showMore: string;
  /** Announced to screen readers while loading. */
  loading: string;
  /** Shown when the feed has no stories to show. */
  empty: string;
  /** Reader-facing error messages, one per `news-error` code; details go to the event and the console. */
  errorNetwork: string;
  errorTimeout: string;
  errorHttp: string;
  errorParse: string;
  errorInvalid: string;
  errorNotFound: string;
  /** Announced to screen readers after "Show more": `{count}` stories were added (`one|other`). */
  newItems: string;
  /** Label of a rank in `news-trending`: `{rank}`. */
  rank: string;
  /** Added to the name of a link that opens in a new tab (`link-target="_blank"`). */
  newTab: string;
}

/** English: built in. */
const EN: NewsStrings = {
  by: 'By {authors}',
  updated: 'Updated {date}',
  readingTime: '{minutes} min read',
  imageCredit: 'Photo: {credit}',
  trendingHeading: 'Trending Now',
  showMore: 'Show more',
  loading: 'Loading…',
  empty: 'No stories to show right now.',
  errorNetwork: 'Stories couldn’t be loaded. Check your connection.',
  errorTimeout: 'Stories are taking too long to load. Try again later.',
  errorHttp: 'Stories are unavailable right now.',
  errorParse: 'Stories can’t be shown right now.',
  errorInvalid: 'Stories can’t be shown right now.',
  errorNotFound: 'This story is no longer available.',
  newItems: '{count} more story loaded|{count} more stories loaded',
  rank: 'No. {rank}',
  newTab: '(opens in a new tab)',
};

/** The keys of {@link NewsStrings}. */
const KEYS = Object.keys(EN) as (keyof NewsStrings)[];

/**
 * Added languages by primary language subtag. They live on the global object under a shared symbol, so that a language
 * added by one copy of the code (a `locales/*.js` script) serves the elements of another (the drop-in script).
 */
const tables = ((globalThis as Record<symbol, unknown>)[Symbol.for('news-widgets.strings')] ??= {}) as Record<
  string,
  Partial<NewsStrings>
>;

/**
 * Makes `strings` the table of `lang` (its primary language subtag: `de`, `pt`); keys it lacks stay English. The
 * `locales/*.js` modules of the package call it for German, French and Spanish; a page can add any other language the
 * same way. Add a language before the elements render: elements that rendered before pick it up on their next render.
 */
export function addStrings(lang: string, strings: Partial<NewsStrings>): void {
  tables[lang.split('-')[0].toLowerCase()] = strings;
}

/** The primary language subtag of `lang`, lower case (`de-AT` → `de`); `en` for an invalid tag. */
export function primaryLanguage(lang: string | undefined | null): string {
  return safeLocale(lang).split('-')[0];
}

/**
 * The strings for `lang` (`de-AT` → German, when it was added; a language without a table → English), with
 * `overrides` on top. Only known keys with string values are taken from either (they may come from page data).
 */
export function resolveStrings(lang: string, overrides?: Partial<NewsStrings> | null): NewsStrings {
  const strings = { ...EN };
  for (const extra of [tables[primaryLanguage(lang)], overrides]) {
    for (const key of KEYS) {
      const value = extra?.[key];
      if (typeof value === 'string') strings[key] = value;
    }
  }
  return strings;
}

/** The reader-facing message for a `news-error` code (`not-found` → `errorNotFound`); an unknown code gets `http`'s. */
export function errorMessage(strings: NewsStrings, code: FeedErrorCode | string): string {
  const key = KEYS.find((key) => key.toLowerCase() === `error${code.replace('-', '')}`);
  return strings[key ?? 'errorHttp'];
}

/**
 * Splits `template` at its `{name}` placeholders and puts `values[name]` in their place, keeping any kind of value
 * (e.g. a Lit template for a link). Unknown placeholders stay as written.
 * `fillParts('By {authors}', { authors: x })` → `['By ', x, '']`.
 */
export function fillParts<T>(template: string, values: Record<string, T>): (string | T)[] {
  return template
    .split(/\{(\w+)\}/)
    .map((part, i) => (i % 2 ? (Object.hasOwn(values, part) ? values[part] : `{${part}}`) : part));
}

/**
 * Fills `template` with `values`; numbers are formatted for `locale` ("1,234"; de "1.234"). A template with two
 * forms, `one|other`, uses the first when the plural rules of `locale` call the first number among `values` "one"
 * (`fill('{n} story|{n} stories', { n: 1 })` → "1 story").
 */
export function fill(template: string, values: Record<string, string | number>, locale = 'en'): string {
  const [one, other] = template.split('|');
  if (other !== undefined) {
    const count = Object.values(values).find((value) => typeof value === 'number') as number;
    template = intl(Intl.PluralRules, locale).select(count) === 'one' ? one : other;
  }
  return fillParts(template, values)
    .map((part) => (typeof part === 'number' ? intl(Intl.NumberFormat, locale).format(part) : part))
    .join('');
}

/** Lists of names; English lists use news style, without the serial comma ("A, B and C"). */
function nameList(locale: string): Intl.ListFormat {
  return intl(Intl.ListFormat, primaryLanguage(locale) === 'en' ? 'en-GB' : locale);
}

/**
 * The joined list as parts, for rendering each name as a link: `element` parts are the items in order, `literal`
 * parts the separators (`A`, `, `, `B`, ` and `, `C`).
 */
export function listParts(items: string[], locale: string): { type: 'element' | 'literal'; value: string }[] {
  return nameList(locale).formatToParts(items);
}

/**
 * "By A, B and C" in the language of `locale` (de "Von A, B und C"), from the `by` string of `strings` (default: the
 * built-in table for `locale`). Names are cleaned ({@link cleanText}) and blank ones skipped; no names gives `''`.
 */
export function formatAuthors(names: string[], locale: string, strings: NewsStrings = resolveStrings(locale)): string {
  const clean = names.map(cleanText).filter(Boolean);
  return clean.length ? fill(strings.by, { authors: nameList(locale).format(clean) }, locale) : '';
}

/**
 * The language of `el`: its own non-empty `lang`, else the nearest ancestor's, walking out of shadow roots through
 * their hosts (slotted content follows its light-DOM parents) up to the document element, else `navigator.language`.
 * Returned as written; Intl calls validate it.
 */
export function resolveLang(el: Element): string {
  for (let node: Node | undefined = el; node; node = node.parentNode ?? (node as ShadowRoot).host) {
    const lang = (node as Element).getAttribute?.('lang')?.trim();
    if (lang) return lang;
  }
  return navigator.language || 'en';
}
