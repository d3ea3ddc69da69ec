/**
 * Where an element's feed comes from: the `.feed` property, an inline `<script type="application/feed+json">`
 * child, or a `src` URL, in that order (DESIGN.md, "Elements").
 *
 * Loading a URL is shared by every caller on the page: one request per absolute URL, while it is in flight and
 * after it has loaded. Every failure is a {@link FeedError}; an aborted caller gets an `AbortError` DOMException.
 */
import { httpUrl } from '../format/url.js';
import { normalizeAs, show } from './normalize.js';
import { FeedError, type NormalizeResult } from './types.js';

/** How long a caller of {@link loadFeed} waits for a feed, in ms, unless it says otherwise. */
export const DEFAULT_TIMEOUT = 10_000;

export interface LoadOptions {
  /** Aborting detaches this caller only: its promise rejects at once with the signal's reason (an `AbortError`). */
  signal?: AbortSignal;
  /** How long this caller waits for the whole feed, in ms (default {@link DEFAULT_TIMEOUT}); `0`, `Infinity`: ever. */
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

/** One request, shared by every caller of one absolute URL. */
interface Load {
  _promise: Promise<NormalizeResult>;
  _controller: AbortController;
  /**
   * Callers still waiting; the request is cancelled when the last one leaves before it has loaded. Infinite once it
   * has loaded: then it is kept.
   */
  _waiting: number;
}

/** Absolute URL (without fragment) -> its load. Failed and cancelled loads are removed, so a later call retries. */
const loads = new Map<string, Load>();

/**
 * Loads the JSON Feed at `src` (resolved against `options.base`; http and https only) and normalizes it. Every
 * caller of the same absolute URL shares one request and gets the same, read-only result. `options.signal` and
 * `options.timeout` apply to this caller only; the request is cancelled once every caller has left.
 *
 * Rejects with the signal's reason (an `AbortError` DOMException) when aborted, else with a {@link FeedError} whose
 * `src` is the URL: `timeout`, `network` (no answer: server down or no CORS), `http` (with `status`), `parse` (not
 * JSON) or `invalid` (JSON, but not a JSON Feed, with `path`).
 */
export async function loadFeed(
  src: string,
  { signal, timeout = DEFAULT_TIMEOUT, base = document.baseURI }: LoadOptions = {},
): Promise<NormalizeResult> {
  signal?.throwIfAborted();
  const url = feedUrl(src, base);
  const shared = loads.get(url) ?? start(url);
  shared._waiting++;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let onAbort: (() => void) | undefined;
  try {
    return await new Promise<NormalizeResult>((resolve, reject) => {
      signal?.addEventListener('abort', (onAbort = () => reject(signal.reason)));
      // setTimeout fires at once for delays of 2^31 ms and more.
      if (timeout > 0 && timeout < 2 ** 31) {
        const message = `The feed at ${url} did not answer within ${timeout / 1000} s.`;
        timer = setTimeout(reject, timeout, new FeedError('timeout', message, { src: url }));
      }
      shared._promise.then(resolve, reject);
    });
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort!);
    if (!--shared._waiting) {
      forget(url, shared);
      shared._controller.abort();
    }
  }
}

/**
 * Reads the feed of the first inline `<script>` with a JSON type (`application/feed+json`, `application/json`…) that
 * is a direct child of `host`, without a request; relative URLs resolve against `base`. Returns the normalized feed,
 * a `parse` or `invalid` {@link FeedError}, or `undefined` when there is no such script. Never throws.
 */
export function readInlineFeed(host: Element, base: string = host.baseURI): NormalizeResult | FeedError | undefined {
  try {
    return inlineFeed(host, base);
  } catch (error) {
    return error as FeedError;
  }
}

/** {@link readInlineFeed}, but throwing its FeedError. */
function inlineFeed(host: Element, base: string): NormalizeResult | undefined {
  const script = host.querySelector(':scope>script[type*=json i]');
  return script ? readText(script.textContent!, 'The inline feed script', base) : undefined;
}

/**
 * The one entry for elements: the `.feed` property, else an inline feed script, else `src` (see {@link loadFeed}).
 * While the HTML parser has not yet reached the end of the host (a drop-in script in `<head>` upgrades elements
 * before their children exist), this waits for its children, so that an inline feed is never missed.
 *
 * Resolves to `undefined` when none of the three is there. Rejects with a {@link FeedError}, or an `AbortError`
 * (see {@link isAbortError}) when `options.signal` aborts.
 */
export async function resolveFeed({
  host,
  feed,
  src,
  signal,
  timeout,
}: ResolveOptions): Promise<NormalizeResult | undefined> {
  signal?.throwIfAborted();
  const base = host.baseURI;
  if (feed != null) return normalizeAs(feed, base, 'The feed property');
  await whenChildrenParsed(host, signal);
  return inlineFeed(host, base) ?? (src?.trim() ? loadFeed(src, { signal, timeout, base }) : undefined);
}

/** True for the rejection of an aborted load: not a failure to report. */
export function isAbortError(error: unknown): boolean {
  return (error as Error | undefined)?.name === 'AbortError';
}

/** Forgets every loaded feed, so that the next {@link loadFeed} of any URL makes a new request. */
export function clearFeedCache(): void {
  loads.clear();
}

/**
 * Reads the text of a JSON Feed as a load does (a byte order mark ignored, relative URLs against `url`). Throws
 * only a `parse` or `invalid` {@link FeedError}. No DOM: the part of the loader that a hostile body reaches.
 */
export function parseFeedText(text: string, url?: string): NormalizeResult {
  return readText(String(text), 'The feed', url ?? '');
}

/** A new shared request for `url`. */
function start(url: string): Load {
  const controller = new AbortController();
  const load: Load = { _promise: request(url, controller.signal), _controller: controller, _waiting: 0 };
  loads.set(url, load);
  // Also the handler that keeps a load whose callers all left from being an unhandled rejection.
  load._promise.then(
    () => (load._waiting = Infinity),
    () => forget(url, load),
  );
  return load;
}

function forget(url: string, load: Load): void {
  if (loads.get(url) === load) loads.delete(url);
}

async function request(url: string, signal: AbortSignal): Promise<NormalizeResult> {
  const label = `The feed at ${url}`;
  let response: Response | undefined;
  let text: string | undefined;
  try {
    // A plain CORS GET with the browser's default headers, credentials and cache: no preflight request.
    response = await fetch(url, { signal });
    if (response.ok) text = await response.text();
  } catch (error) {
    if (signal.aborted) throw error;
    // A browser cannot tell a dead server from a CORS refusal.
    const what = response
      ? 'broke off while loading'
      : 'could not be reached (server down, or no Access-Control-Allow-Origin for this site)';
    throw new FeedError('network', `${label} ${what}.`, { src: url, cause: error });
  }
  const { status } = response;
  if (!response.ok) throw new FeedError('http', `${label} answered HTTP ${status}.`, { src: url, status });
  // After redirects, relative URLs in the feed resolve against where it really is.
  return readText(text!, label, response.url || url, url);
}

/** The absolute http(s) URL of a feed, without fragment; else a `network` FeedError. */
function feedUrl(src: string, base: string): string {
  const url = httpUrl(src, base);
  if (!url) throw new FeedError('network', `The feed at ${src} is not an http(s) URL.`, { src });
  url.hash = '';
  return url.href;
}

/**
 * JSON text -> normalized feed; a byte order mark (and whitespace) around it is ignored. `label` names the feed in
 * messages ("The feed at <url>"), relative URLs resolve against `base`, and `src` is the URL it was loaded from.
 */
function readText(text: string, label: string, base: string, src?: string): NormalizeResult {
  let json: unknown;
  text = text.trim();
  try {
    json = JSON.parse(text);
  } catch (error) {
    const why = text ? `it starts with ${show(text)}` : 'it is empty';
    throw new FeedError('parse', `${label} is not JSON (${why}).`, { src, cause: error });
  }
  return normalizeAs(json, base, label, src);
}

/**
 * Resolves when the parser is done with the host's children: the document is parsed, the host is not in the
 * document's own tree (its children come from script), or something already follows the host or one of its
 * ancestors. Rejects with an AbortError when `signal` aborts first. The parser tells no one when it is done with an
 * element's children, so this looks again every 50 ms while the document loads.
 */
async function whenChildrenParsed(host: Element, signal?: AbortSignal): Promise<void> {
  const doc = host.ownerDocument;
  while (doc.readyState === 'loading' && host.getRootNode() === doc) {
    for (let node: Node | null = host; node; node = node.parentNode) {
      if (node.nextSibling) return;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
    signal?.throwIfAborted();
  }
}
