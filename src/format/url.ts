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
/**
 * URLs that the parser would give back as they are (http(s), lower-case host name, no port, no `.` segment, no
 * punycode, only characters it leaves alone), absolute or from the root: they skip the parser, which is slow.
 */
const PLAIN = /^(?!.*(?:\/\.|xn--))(https?:\/\/(?:[a-z\d-]+\.)*[a-z][a-z\d-]*)?\/(?!\/)[\w\-.~!$&()*+,;=:@/?#%]*$/;
/** A throwaway base that tells whether a reference stays relative. */
const PROBE = 'https://relative.invalid';

/** `value` parsed (against `base`) when that gives an http(s) URL with a host. */
export function httpUrl(value: unknown, base?: string): URL | undefined {
  try {
    const url = new URL(value as string, base);
    if (/^https?:$/.test(url.protocol) && url.hostname) return url;
  } catch {
    // Not a URL.
  }
  return undefined;
}

let lastBase: unknown;
let lastBaseUrl: { _href: string; _origin: string } | undefined;

/** `base`'s href and origin when it is an absolute http(s) URL; the last answer is kept, as a feed has one base. */
function httpBase(base: unknown): { _href: string; _origin: string } | undefined {
  if (base !== lastBase) {
    const url = httpUrl((lastBase = base));
    // Plain strings: URL's getters build a new string on every read.
    lastBaseUrl = url && { _href: url.href, _origin: url.origin };
  }
  return lastBaseUrl;
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
  if (typeof value !== 'string' || value.length > MAX_URL_LENGTH) return undefined;
  const plain = PLAIN.exec(value);
  if (plain) {
    if (plain[1]) return value;
    const origin = httpBase(base)?._origin;
    if (origin) return origin + value;
  }
  const s = value.trim();
  if (!s || UNSAFE.test(s)) return undefined;
  if (/^[a-z][a-z\d+.-]*:/i.test(s)) return httpUrl(s)?.href;
  const resolved = httpBase(base);
  if (resolved) return httpUrl(s, resolved._href)?.href;
  const probe = httpUrl(s, PROBE);
  return probe && !s.includes('\\') && (s.startsWith('//') || probe.origin === PROBE) ? s : undefined;
}

/** True when `value` is an absolute http(s) URL. */
export function isAbsoluteHttpUrl(value: string | undefined): value is string {
  return !!httpBase(value);
}
