/**
 * Cached `Intl` objects, locales and time zones: building a formatter is slow, and a page may render a thousand
 * cards. Nothing here throws: an invalid locale becomes `en`, an unknown time zone the reader's own.
 */

const cache = new Map<string, unknown>();

/** `make()`, computed once per `key` (for the page's lifetime); `undefined` when it throws. */
export function once<T>(key: string, make: () => T): T | undefined {
  if (!cache.has(key)) {
    let value: T | undefined;
    try {
      value = make();
    } catch {
      // An invalid tag, zone or option: the caller falls back.
    }
    cache.set(key, value);
  }
  return cache.get(key) as T | undefined;
}

/** The canonical BCP 47 tag for `tag` (`en_us` → `en-US`); `undefined` when it is empty or not a language tag. */
export function canonicalLocale(tag: string | undefined | null): string | undefined {
  const key = String(tag ?? '').trim();
  return once(`locale ${key}`, () => Intl.getCanonicalLocales(key.replace(/_/g, '-'))[0]);
}

/** {@link canonicalLocale}, or `en`. */
export function safeLocale(tag: string | undefined | null): string {
  return canonicalLocale(tag) || 'en';
}

/**
 * The canonical IANA name of a time zone (`europe/copenhagen` → `Europe/Copenhagen`, `utc` → `UTC`), or `undefined`
 * when `value` is not a time zone this browser knows.
 */
export function parseTimeZone(value: unknown): string | undefined {
  const key = typeof value == 'string' ? value.trim() : '';
  return key ? once(`zone ${key}`, () => new Intl.DateTimeFormat('en', { timeZone: key }).resolvedOptions().timeZone) : undefined;
}

/** A cached `Intl` object of `Type` (`Intl.NumberFormat`, `Intl.PluralRules`…) for `locale` and `options`. */
export function intl<T, O>(Type: new (locale: string, options?: O) => T, locale: string, options?: O): T {
  const tag = safeLocale(locale);
  // A canonical tag that the engine still refuses, or an option it does not know: English, default options.
  return once(Type.name + tag + JSON.stringify(options), () => new Type(tag, options)) ?? intl(Type, 'en');
}

/** A cached `Intl.DateTimeFormat`; an unknown `options.timeZone` means the reader's zone. */
export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions = {}): Intl.DateTimeFormat {
  return intl(Intl.DateTimeFormat, locale, { ...options, timeZone: parseTimeZone(options.timeZone) });
}
