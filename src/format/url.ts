/**
 * Safe URLs for links and images: only `http:`, `https:` and relative URLs get through; anything else is dropped.
 * Uses the platform `URL` parser (the same one the browser will use on the result), never the DOM.
 */

/** Longer strings are not URLs a feed should hand us (and `data:` URLs are refused anyway). */
export const MAX_URL_LENGTH = 8192;

/* eslint-disable no-control-regex -- finding control characters is what these expressions are for */
/** Whitespace and C0 controls around a URL, which the URL parser would ignore too. */
const EDGE_JUNK = /^[\s\u0000-\u001f]+|[\s\u0000-\u001f]+$/g;
const HAS_EDGE_JUNK = /^[\s\u0000-\u001f]|[\s\u0000-\u001f]$/;
/**
 * Controls anywhere inside (`java\tscript:`, `\u0001javascript:`), DEL, C1 controls, bidi controls and the byte
 * order mark: the characters that text cleaning removes as invisible (`src/format/text.ts`).
 */
const HAS_CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\ufeff]/;
/* eslint-enable no-control-regex */
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
/** The end of a URL's first segment: the scheme, if it has one, lies before it. */
const FIRST_SEGMENT_END = /[/?#]/;

/** A throwaway origin for checking that a relative reference stays relative. */
const PROBE_BASE = 'https://relative.invalid/probe/';
const PROBE_ORIGIN = 'https://relative.invalid';

/**
 * Absolute http(s) URLs already in the form the URL parser would give back: lower-case scheme and host name (not
 * an IP address), no port, no credentials, a path, and only characters that the parser leaves as they are, and no
 * `/.` (which could start a `.` or `..` segment) and no `xn--` (a punycode label, which the parser checks and may
 * refuse). Those skip the (costly) parser: `URL.href` of such a string is the string itself.
 */
const PLAIN_HTTP_URL = /^https?:\/\/(?:[a-z0-9-]+\.)*[a-z][a-z0-9-]*\/[A-Za-z0-9\-._~!$&()*+,;=:@/?#%]*$/;
/** A root-relative path made of the same characters, ready to append to an origin. */
const PLAIN_ROOT_PATH = /^\/(?!\/)[A-Za-z0-9\-._~!$&()*+,;=:@/?#%]*$/;

let lastBase: string | undefined;
let lastBaseResult: string | undefined;
let lastBaseOrigin: string | undefined;

/** `base` when it is an absolute http(s) URL (as its normalized href), else undefined. Remembers the last answer. */
function usableBase(base: string | undefined): string | undefined {
  if (base === undefined) return undefined;
  if (base === lastBase) return lastBaseResult;
  let result: string | undefined;
  let origin: string | undefined;
  if (typeof base === 'string' && /^https?:/i.test(base) && !HAS_CONTROL.test(base)) {
    try {
      const url = new URL(base);
      if ((url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '') {
        result = url.href;
        origin = url.origin;
      }
    } catch {
      result = undefined;
    }
  }
  lastBase = base;
  lastBaseResult = result;
  lastBaseOrigin = origin;
  return result;
}

function httpHref(s: string, base?: string): string | undefined {
  try {
    const url = base === undefined ? new URL(s) : new URL(s, base);
    if ((url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '') return url.href;
  } catch {
    // Not a URL at all.
  }
  return undefined;
}

/**
 * `value` as a URL that is safe in `href` and `src`, or undefined.
 *
 * - Absolute `http:` and `https:` URLs come back normalized, as `URL.href` gives them.
 * - Relative URLs are resolved against `base` when `base` is an absolute http(s) URL. Without such a base, a
 *   relative reference (`/a`, `./a`, `../a`, `a/b`, `//host/a`, `?q`) is returned as it was given, trimmed.
 * - Everything else is refused: other schemes (`javascript:`, `vbscript:`, `data:`, `file:`, `mailto:`…) in any
 *   case, and anything that could hide one: control characters anywhere (`java\tscript:`), bidi controls, the byte
 *   order mark, and a character reference before the first `/`, `?` or `#` (`javascript&colon;…`,
 *   `&#106;avascript:…`), which would turn into a scheme if the string were ever decoded as HTML. Non-strings and
 *   strings over {@link MAX_URL_LENGTH} are refused too.
 */
export function safeUrl(value: unknown, base?: string): string | undefined {
  if (typeof value !== 'string' || value.length > MAX_URL_LENGTH) return undefined;
  // The common cases first: an absolute URL already in the form the parser gives back, and a plain root-relative
  // path to join to the base's origin.
  const first = value.charCodeAt(0);
  if (first === 104 /* h */ && PLAIN_HTTP_URL.test(value) && !value.includes('/.') && !value.includes('xn--')) {
    return value;
  }
  if (first === 47 /* / */ && base !== undefined && usableBase(base) !== undefined && lastBaseOrigin !== undefined) {
    if (PLAIN_ROOT_PATH.test(value) && !value.includes('/.')) return lastBaseOrigin + value;
  }
  const s = HAS_EDGE_JUNK.test(value) ? value.replace(EDGE_JUNK, '') : value;
  if (s === '' || HAS_CONTROL.test(s)) return undefined;
  const firstSegmentEnd = s.search(FIRST_SEGMENT_END);
  const firstSegment = firstSegmentEnd < 0 ? s : s.slice(0, firstSegmentEnd);
  if (firstSegment.includes('&')) return undefined;

  const scheme = SCHEME.exec(s);
  if (scheme !== null) {
    const name = scheme[1].toLowerCase();
    return name === 'http' || name === 'https' ? httpHref(s) : undefined;
  }

  const resolvedBase = usableBase(base);
  if (resolvedBase !== undefined) return httpHref(s, resolvedBase);

  // No usable base: keep the reference as it is, once it is sure to stay relative wherever it is used.
  if (s.includes('\\')) return undefined;
  if (s.startsWith('//')) return httpHref('https:' + s) === undefined ? undefined : s;
  try {
    if (new URL(s, PROBE_BASE).origin !== PROBE_ORIGIN) return undefined;
  } catch {
    return undefined;
  }
  return s;
}

/** True when `value` is an absolute http(s) URL. */
export function isAbsoluteHttpUrl(value: string | undefined): value is string {
  return value !== undefined && usableBase(value) !== undefined;
}
