/**
 * Safe URLs for links and images: only `http:`, `https:` and relative URLs get through; anything else is dropped.
 * Uses the platform `URL` parser (the one the browser will use on the result), never the DOM.
 */

/** Longer strings are not URLs a feed should hand us (and `data:` URLs are refused anyway). */
export const MAX_URL_LENGTH = 8192;

/**
 * Controls anywhere (`java\tscript:`), DEL, C1 controls, bidi controls and the byte order mark, or a character
 * reference before the first `/`, `?` or `#` (`&#106;avascript:`), which would turn into a scheme if the string were
 * ever decoded as HTML.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is what this expression is for
const UNSAFE = /[\0-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ufeff]|^[^/?#]*&/;
/** A throwaway base that tells whether a reference stays relative. */
const PROBE = 'https://relative.invalid';

/** `value` parsed (against `base`) when that gives an http(s) URL with a host. */
function httpUrl(value: unknown, base?: string): URL | undefined {
  try {
    const url = new URL(value as string, base);
    if (/^https?:$/.test(url.protocol) && url.hostname) return url;
  } catch {
    // Not a URL.
  }
  return undefined;
}

let lastBase: unknown;
let lastHref: string | undefined;

/** `base`'s href when it is an absolute http(s) URL; the last answer is kept, as a feed has one base. */
function baseHref(base: unknown): string | undefined {
  if (base !== lastBase) [lastBase, lastHref] = [base, httpUrl(base)?.href];
  return lastHref;
}

/**
 * `value` as a URL that is safe in `href` and `src`, or undefined. Whitespace around it is ignored.
 * - Absolute `http:` and `https:` URLs come back normalized, as `URL.href` gives them.
 * - Relative URLs are resolved against `base` when it is an absolute http(s) URL; without one, a reference that stays
 *   relative wherever it is used (`/a`, `./a`, `a/b`, `//host/a`, `?q`) is returned as given, trimmed.
 * - Everything else is refused: other schemes (`javascript:`, `data:`, `mailto:`…), anything that could hide one
 *   (see UNSAFE: a control character anywhere, even at the edges), non-strings and strings over {@link MAX_URL_LENGTH}.
 */
export function safeUrl(value: unknown, base?: string): string | undefined {
  const s = typeof value === 'string' && value.length <= MAX_URL_LENGTH ? value.trim() : '';
  if (!s || UNSAFE.test(s)) return undefined;
  const href = baseHref(base);
  if (href || /^[a-z][a-z\d+.-]*:/i.test(s)) return httpUrl(s, href)?.href;
  const probe = httpUrl(s, PROBE);
  return probe && !s.includes('\\') && (s.startsWith('//') || probe.origin === PROBE) ? s : undefined;
}

/** True when `value` is an absolute http(s) URL. */
export function isAbsoluteHttpUrl(value: string | undefined): value is string {
  return !!baseHref(value);
}
