/**
 * Where an element's feed comes from: the `.feed` property, an inline `<script type="application/feed+json">`
 * child, or a `src` URL, in that order (DESIGN.md, "Elements").
 *
 * Loading a URL is shared by every caller on the page: one request per absolute URL, while it is in flight and
 * after it has loaded. Every failure is a {@link FeedError} carrying the feed's URL; an aborted caller gets an
 * `AbortError` DOMException. Nothing here writes to the console.
 */
import { normalizeFeed } from './normalize.js';
import { FeedError, type NormalizeResult } from './types.js';

/** How long a caller of {@link loadFeed} waits for a feed, in ms, unless it says otherwise. */
export const DEFAULT_TIMEOUT = 10_000;

/**
 * Sent with every feed request. Only characters that keep `Accept` a CORS-safelisted header (no `"():<>?@[\]{}`),
 * so that a cross-origin feed is fetched without a preflight request.
 */
const ACCEPT = 'application/feed+json, application/json;q=0.9, */*;q=0.1';

/** `type` values of an inline feed script, compared case-insensitively and without parameters. */
const INLINE_TYPES = ['application/feed+json', 'application/json'];

/** The longest timer that `setTimeout` keeps; a longer timeout means no timeout. */
const MAX_TIMER = 2 ** 31 - 1;

export interface LoadOptions {
  /** Aborting detaches this caller only: its promise rejects with an `AbortError` DOMException at once. */
  signal?: AbortSignal;
  /**
   * How long this caller waits for the whole feed (answer and body), in ms; default {@link DEFAULT_TIMEOUT}
   * (also for `NaN`). `0` or `Infinity` waits for ever.
   */
  timeout?: number;
  /** The URL that a relative `src` resolves against; default `document.baseURI`. */
  base?: string;
}

export interface ResolveOptions {
  /** The element: its inline feed script child is read, and its base URL resolves relative URLs. */
  host: Element;
  /** The `.feed` property: a parsed JSON Feed object. `undefined` and `null` mean "not set". */
  feed?: unknown;
  /** The `src` attribute. `undefined`, `null` and a blank string mean "not set". */
  src?: string | null;
  signal?: AbortSignal;
  /** For a `src` load; see {@link LoadOptions.timeout}. */
  timeout?: number;
}

/** What a feed is called in messages, where its relative URLs resolve, and its URL when it was loaded. */
interface Source {
  label: string;
  base: string;
  src?: string;
}

/** One request, shared by every caller of one absolute URL. */
interface Load {
  promise: Promise<NormalizeResult>;
  controller: AbortController;
  /** Callers still waiting for the answer; the request is cancelled when the last one leaves. */
  waiting: number;
  /** Loaded and normalized: the entry now stays for the life of the page. */
  done: boolean;
}

/** Absolute URL (without fragment) -> its load. Failed and cancelled loads are removed, so a later call retries. */
const loads = new Map<string, Load>();

/**
 * Loads the JSON Feed at `src` and normalizes it.
 *
 * - `src` resolves against `options.base`; only `http:` and `https:` URLs are fetched. Every caller asking for the
 *   same absolute URL shares one request, both while it is in flight and once it has loaded; the same
 *   `NormalizeResult` object is handed to all of them, so treat it as read-only.
 * - The request is a plain CORS GET (no preflight) with the browser's default credentials (`same-origin`: cookies
 *   for a feed on the page's own origin, none for another origin, which then needs `Access-Control-Allow-Origin`)
 *   and the browser's HTTP cache.
 * - The body is read as UTF-8 (a byte order mark is ignored) and parsed whatever its `Content-Type` says.
 * - `options.signal` and `options.timeout` apply to this caller only. The request itself is cancelled when every
 *   caller waiting for it has aborted or timed out; a later call then starts a new one. A failed load is not kept,
 *   so a later call tries again.
 *
 * Rejects with an `AbortError` DOMException when `options.signal` aborts, else with a {@link FeedError} whose `src`
 * is the absolute URL: `timeout`; `network` (no answer: server down, or the feed does not allow this origin
 * through CORS); `http` (an answer outside 200–299, with `status`); `parse` (the body is not JSON); `invalid`
 * (JSON, but not a JSON Feed, with `path`).
 */
export function loadFeed(src: string, options: LoadOptions = {}): Promise<NormalizeResult> {
  const { signal, base = document.baseURI } = options;
  const timeout = options.timeout ?? DEFAULT_TIMEOUT;
  if (signal?.aborted) return Promise.reject(abortError(signal));
  let url: string;
  try {
    url = feedUrl(src, base);
  } catch (error) {
    return Promise.reject(error);
  }
  let load = loads.get(url);
  if (!load) {
    load = startLoad(url);
    loads.set(url, load);
  }
  if (load.done) return load.promise;
  return wait(url, load, signal, Number.isNaN(timeout) ? DEFAULT_TIMEOUT : timeout);
}

/**
 * Reads the feed of an inline `<script type="application/feed+json">` that is a direct child of `host`
 * (`type="application/json"` is accepted too; the first such child counts). No request is made. Relative URLs in
 * the feed resolve against `base`, by default the host's base URL (the document's).
 *
 * Returns the normalized feed; a `parse` or `invalid` {@link FeedError} (without `src`) when the script holds
 * something else; `undefined` when there is no such script. Never throws.
 */
export function readInlineFeed(host: Element, base: string = host.baseURI): NormalizeResult | FeedError | undefined {
  const script = Array.from(host.children).find(isInlineFeed);
  if (!script) return undefined;
  const source: Source = { label: 'The inline feed script', base };
  try {
    return readText(script.textContent ?? '', source);
  } catch (error) {
    return error instanceof FeedError ? error : invalid(error, source);
  }
}

/**
 * The one entry for elements: finds the element's feed where DESIGN.md says, first present wins:
 * 1. `options.feed` (the `.feed` property), normalized at once, relative URLs against the host's base URL;
 * 2. an inline feed script child ({@link readInlineFeed});
 * 3. `options.src`, loaded with {@link loadFeed} (shared request, `options.timeout`).
 *
 * While the HTML parser has not yet reached the end of the host (a drop-in script in `<head>` upgrades an element
 * before its children exist), this waits for its children before choosing between 2 and 3, so an inline feed is
 * never missed. That wait ends as soon as the parser moves past the element.
 *
 * Resolves to `undefined` when none of the three is present: nothing is configured yet. The element then shows
 * `empty`, and calls again when `.feed`, `src` or its children change (a framework may set them later).
 * Rejects with a {@link FeedError} (from the inline script or the load) or, when `options.signal` aborts, with an
 * `AbortError` DOMException: check with {@link isAbortError} and show nothing for it. A caller that starts a new
 * resolve should abort the previous one, so that a late answer never overwrites a newer one.
 */
export async function resolveFeed(options: ResolveOptions): Promise<NormalizeResult | undefined> {
  const { host, feed, src, signal, timeout } = options;
  if (signal?.aborted) throw abortError(signal);
  if (feed !== undefined && feed !== null) return readJson(feed, { label: 'The feed property', base: host.baseURI });
  if (!childrenParsed(host)) await whenChildrenParsed(host, signal);
  const inline = readInlineFeed(host);
  if (inline instanceof FeedError) throw inline;
  if (inline) return inline;
  if (src != null && src.trim() !== '') return loadFeed(src, { signal, timeout, base: host.baseURI });
  return undefined;
}

/**
 * True for the rejection of an aborted {@link loadFeed} or {@link resolveFeed} (or `fetch`): not a failure to
 * report. Checks the name, so an `AbortError` from another frame counts too.
 */
export function isAbortError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'AbortError';
}

/**
 * Forgets every loaded feed, so that the next {@link loadFeed} of any URL makes a new request. For tests and hot
 * reload; callers already waiting keep their requests.
 */
export function clearFeedCache(): void {
  loads.clear();
}

function startLoad(url: string): Load {
  const controller = new AbortController();
  const promise = request(url, controller.signal).then(
    (result) => {
      load.done = true;
      return result;
    },
    (error: unknown) => {
      forget(url, load);
      throw error;
    },
  );
  // A load whose callers all left rejects with no one listening: that is not an unhandled rejection.
  promise.catch(() => undefined);
  const load: Load = { promise, controller, waiting: 0, done: false };
  return load;
}

/** One caller's view of a shared load: leaves it on abort or timeout, and cancels it when it was the last. */
function wait(url: string, load: Load, signal: AbortSignal | undefined, timeout: number): Promise<NormalizeResult> {
  load.waiting++;
  return new Promise((resolve, reject) => {
    let settled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const settle = (): boolean => {
      if (settled) return false;
      settled = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      load.waiting--;
      return true;
    };
    const leave = (reason: unknown) => {
      if (!settle()) return;
      reject(reason);
      if (load.waiting === 0 && !load.done) {
        forget(url, load);
        load.controller.abort();
      }
    };
    const onAbort = () => leave(abortError(signal));
    signal?.addEventListener('abort', onAbort);
    if (timeout > 0 && timeout <= MAX_TIMER) {
      timer = setTimeout(() => {
        const message = `The feed at ${url} did not answer within ${describeDuration(timeout)}.`;
        leave(new FeedError('timeout', message, { src: url }));
      }, timeout);
    }
    load.promise.then(
      (result) => {
        if (settle()) resolve(result);
      },
      (error: unknown) => {
        if (settle()) reject(error);
      },
    );
  });
}

function forget(url: string, load: Load): void {
  if (loads.get(url) === load) loads.delete(url);
}

async function request(url: string, signal: AbortSignal): Promise<NormalizeResult> {
  let response: Response;
  try {
    response = await fetch(url, {
      signal,
      headers: { Accept: ACCEPT },
      credentials: 'same-origin',
      cache: 'default',
      mode: 'cors',
      redirect: 'follow',
    });
  } catch (error) {
    if (signal.aborted) throw error;
    const message =
      `The feed at ${url} could not be reached: the server is down, or it does not allow this site ` +
      `(CORS: the feed's server must send Access-Control-Allow-Origin).`;
    throw new FeedError('network', message, { src: url, cause: error });
  }
  if (!response.ok) {
    // Free the connection; the error page is of no use.
    response.body?.cancel().catch(() => undefined);
    const answer = `${response.status} ${response.statusText}`.trim();
    throw new FeedError('http', `The feed at ${url} answered ${answer}.`, { src: url, status: response.status });
  }
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    if (signal.aborted) throw error;
    throw new FeedError('network', `The feed at ${url} broke off while loading.`, { src: url, cause: error });
  }
  // After redirects, relative URLs in the feed resolve against where it really is.
  return readText(text, { label: `The feed at ${url}`, base: response.url || url, src: url });
}

/** The absolute URL of a feed, without fragment; a `network` FeedError when it is not an http(s) URL. */
function feedUrl(src: string, base: string): string {
  let url: URL;
  try {
    url = new URL(src.trim(), base);
  } catch (error) {
    throw new FeedError('network', `The feed address "${src}" is not a valid URL.`, { src, cause: error });
  }
  url.hash = '';
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    const message = `The feed at ${url.href} cannot be loaded: only http and https addresses are supported.`;
    throw new FeedError('network', message, { src: url.href });
  }
  return url.href;
}

/**
 * Reads the text of a JSON Feed as a load or an inline feed script does: a byte order mark is ignored, relative
 * URLs resolve against `url` (when it is an absolute http(s) URL), and the result is normalized. Throws only a
 * {@link FeedError}: `parse` when the text is not JSON, `invalid` (with `path`) when it is JSON but not a feed; its
 * messages call the text "The feed". No DOM, no request: this is the part of the loader that a hostile body reaches.
 */
export function parseFeedText(text: string, url?: string): NormalizeResult {
  const source: Source = { label: 'The feed', base: url ?? '' };
  try {
    return readText(String(text), source);
  } catch (error) {
    throw error instanceof FeedError ? error : invalid(error, source);
  }
}

/** JSON text -> normalized feed; see {@link readJson}. A byte order mark is ignored. */
function readText(text: string, source: Source): NormalizeResult {
  const clean = text.replace(/^\uFEFF/, '');
  let json: unknown;
  try {
    json = JSON.parse(clean);
  } catch (error) {
    const start = clean.trim();
    let why = `it starts with "${snippet(start)}"`;
    if (start === '') why = 'it is empty';
    else if (/^[[{]/.test(start) && error instanceof SyntaxError) why = `${oneLine(error.message)}; ${why}`;
    throw new FeedError('parse', `${source.label} is not JSON (${why}).`, { src: source.src, cause: error });
  }
  return readJson(json, source);
}

/** Parsed JSON -> normalized feed, relative URLs against `source.base`; only ever throws an `invalid` FeedError. */
function readJson(json: unknown, source: Source): NormalizeResult {
  try {
    return normalizeFeed(json, { url: source.base });
  } catch (error) {
    throw invalid(error, source);
  }
}

/** The normalizer's error, naming the feed ("The document is null…" -> "The feed at <url> is null…"). */
function invalid(error: unknown, { label, src }: Source): FeedError {
  if (!(error instanceof FeedError)) {
    const detail = error instanceof Error ? error.message : String(error);
    return new FeedError('invalid', `${label} could not be read: ${detail}`, { src, path: '', cause: error });
  }
  const subject = /^The (?:document|feed) /;
  const message = subject.test(error.message)
    ? error.message.replace(subject, `${label} `)
    : `${label} is not a JSON Feed: ${error.message}`;
  return new FeedError(error.code, message, { src, path: error.path, cause: error });
}

/**
 * Text from a hostile body (or quoted from it, as the JSON parser's messages do) made fit for a one-line error
 * message: controls and line breaks become spaces, and bidi controls are dropped, so that the body cannot reorder or
 * hide the rest of the message in the console.
 */
function oneLine(text: string): string {
  return text.replace(CONTROLS, ' ').replace(BIDI_CONTROLS, '');
}

// eslint-disable-next-line no-control-regex -- finding control characters is what this expression is for
const CONTROLS = /[\s\u0000-\u001f\u007f-\u009f]+/g;
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g;

/** The first characters of a text, on one line, for an error message. */
function snippet(text: string, length = 40): string {
  const line = oneLine(text.slice(0, length * 4));
  return line.length > length ? `${line.slice(0, length).trimEnd()}…` : line;
}

/** 10000 -> "10 seconds", 300 -> "0.3 seconds", 1000 -> "1 second". */
function describeDuration(ms: number): string {
  const seconds = Number((ms / 1000).toPrecision(2));
  return `${seconds} ${seconds === 1 ? 'second' : 'seconds'}`;
}

/** The signal's own reason when it is an AbortError (as from `abort()`), else a new one. */
function abortError(signal?: AbortSignal): DOMException {
  const reason: unknown = signal?.reason;
  return reason instanceof DOMException && reason.name === 'AbortError'
    ? reason
    : new DOMException('The feed load was aborted.', 'AbortError');
}

function isInlineFeed(child: Element): boolean {
  if (child.localName !== 'script') return false;
  const type = (child.getAttribute('type') ?? '').split(';')[0].trim().toLowerCase();
  return INLINE_TYPES.includes(type);
}

/**
 * True when the parser is done with the host's children: the document has finished parsing, the host is not in
 * the document's own tree (detached, or in a shadow root: its children come from script), or something already
 * follows the host in the document.
 */
function childrenParsed(host: Element): boolean {
  const doc = host.ownerDocument;
  if (doc.readyState !== 'loading' || host.getRootNode() !== doc) return true;
  for (let node: Node | null = host; node; node = node.parentNode) {
    if (node.nextSibling) return true;
  }
  return false;
}

/** Resolves when {@link childrenParsed} becomes true: a node is added after the host or one of its ancestors. */
function whenChildrenParsed(host: Element, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const doc = host.ownerDocument;
    const observer = new MutationObserver(() => check());
    const stop = () => {
      observer.disconnect();
      doc.removeEventListener('readystatechange', check);
      signal?.removeEventListener('abort', onAbort);
    };
    function check() {
      if (!childrenParsed(host)) return;
      stop();
      resolve();
    }
    function onAbort() {
      stop();
      reject(abortError(signal));
    }
    for (let node = host.parentNode; node; node = node.parentNode) observer.observe(node, { childList: true });
    doc.addEventListener('readystatechange', check);
    signal?.addEventListener('abort', onAbort);
  });
}
