/**
 * Cached `Intl` formatters. Building one is slow (a page may render a thousand cards), so each
 * locale + options pair is built once. Nothing here throws on bad input: an invalid locale falls
 * back to `en`, an invalid time zone to the reader's own zone.
 */

const formatters = new Map<string, unknown>();
const locales = new Map<string, string>();
const zones = new Map<string, string | undefined>();

/** A canonical BCP 47 tag for `tag` (`en_us` → `en-US`), or `en` when it is empty or not a language tag. */
export function safeLocale(tag: string | undefined | null): string {
  const key = String(tag ?? '').trim();
  let locale = locales.get(key);
  if (locale === undefined) {
    try {
      locale = Intl.getCanonicalLocales(key.replace(/_/g, '-'))[0] || 'en';
    } catch {
      locale = 'en';
    }
    locales.set(key, locale);
  }
  return locale;
}

/**
 * The canonical IANA name of a time zone (`europe/copenhagen` → `Europe/Copenhagen`, `utc` → `UTC`),
 * or `undefined` when `value` is not a time zone this browser knows. Never throws.
 */
export function parseTimeZone(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const key = value.trim();
  if (!key) return undefined;
  if (!zones.has(key)) {
    let zone: string | undefined;
    try {
      zone = new Intl.DateTimeFormat('en', { timeZone: key }).resolvedOptions().timeZone;
    } catch {
      zone = undefined;
    }
    zones.set(key, zone);
  }
  return zones.get(key);
}

/** Whether `value` is a time zone this browser knows (IANA name, `UTC`, or an offset where supported). */
export function isValidTimeZone(value: unknown): value is string {
  return parseTimeZone(value) !== undefined;
}

interface Ctor<T, O> {
  new (locale: string, options: O): T;
}

function cached<T, O extends object>(kind: string, Type: Ctor<T, O>, tag: string, options: O): T {
  const locale = safeLocale(tag);
  const key = `${kind}|${locale}|${JSON.stringify(options)}`;
  let formatter = formatters.get(key) as T | undefined;
  if (!formatter) {
    try {
      formatter = new Type(locale, options);
    } catch {
      // A canonical tag that the engine still refuses, or an option it does not know.
      formatter = new Type('en', {} as O);
    }
    formatters.set(key, formatter);
  }
  return formatter;
}

/** A cached `Intl.DateTimeFormat`. An unknown `options.timeZone` is dropped: the reader's zone is used. */
export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions = {}): Intl.DateTimeFormat {
  if (options.timeZone !== undefined) {
    options = { ...options, timeZone: parseTimeZone(options.timeZone) };
    if (options.timeZone === undefined) delete options.timeZone;
  }
  return cached('d', Intl.DateTimeFormat, locale, options);
}

/** A cached `Intl.RelativeTimeFormat`. */
export function relativeTimeFormat(
  locale: string,
  options: Intl.RelativeTimeFormatOptions = {},
): Intl.RelativeTimeFormat {
  return cached('r', Intl.RelativeTimeFormat, locale, options);
}

/** A cached `Intl.ListFormat`. */
export function listFormat(locale: string, options: Intl.ListFormatOptions = {}): Intl.ListFormat {
  return cached('l', Intl.ListFormat, locale, options);
}

/** A cached `Intl.NumberFormat`. */
export function numberFormat(locale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  return cached('n', Intl.NumberFormat, locale, options);
}

/** A cached `Intl.PluralRules` (cardinal). */
export function pluralRules(locale: string): Intl.PluralRules {
  return cached('p', Intl.PluralRules, locale, {});
}
