/**
 * Shared by the security tests: a guard that fails a test when the page sees an uncaught error or an unhandled
 * rejection, and helpers that put the four elements on the page as a site owner would and wait for them.
 */
import { expect, fixtureSync, html, waitUntil } from '@open-wc/testing';
import '../../src/news-widgets.js';
import type { NewsElement, NewsState } from '../../src/elements/news-element.js';
import type { NewsErrorDetail, NewsLoadDetail } from '../../src/events.js';

export type Tag = 'news-card' | 'news-trending' | 'news-byline' | 'news-feed';
export const TAGS: readonly Tag[] = ['news-card', 'news-trending', 'news-byline', 'news-feed'];

/** The reader-facing messages (English) that `part="message"` shows, by error code. */
export const READER_MESSAGES = {
  network: 'Stories couldn’t be loaded. Check your connection.',
  timeout: 'Stories are taking too long to load. Try again later.',
  http: 'Stories are unavailable right now.',
  parse: 'Stories can’t be shown right now.',
  invalid: 'Stories can’t be shown right now.',
  'not-found': 'This story is no longer available.',
  empty: 'No stories to show right now.',
} as const;

/**
 * Records every uncaught error and unhandled rejection the page sees, for the whole file, and fails the test during
 * which anything was seen (in `afterEach`). Uncaught errors are read from the window's `error` event in the capture
 * phase, before `window.onerror` (which is an `error` listener too) sees them; resource load errors (a broken image)
 * are not errors of a script and are left out. Returns the record, so that a control test can prove that the guard
 * notices.
 */
export function guardPage(): { seen: string[] } {
  const record = { seen: [] as string[] };
  const onError = (event: Event) => {
    if (event instanceof ErrorEvent) record.seen.push(`error: ${event.message}`);
  };
  const onRejection = (event: PromiseRejectionEvent) => record.seen.push(`unhandledrejection: ${describe(event.reason)}`);
  before(() => {
    window.addEventListener('error', onError, true);
    window.addEventListener('unhandledrejection', onRejection, true);
  });
  afterEach(() => {
    const seen = record.seen.splice(0);
    expect(seen, 'uncaught errors or unhandled rejections during this test').to.deep.equal([]);
  });
  after(() => {
    window.removeEventListener('error', onError, true);
    window.removeEventListener('unhandledrejection', onRejection, true);
  });
  return record;
}

function describe(value: unknown): string {
  return value instanceof Error ? `${value.name}: ${value.message}` : String(value);
}

/** An element on the page with every event it fired. */
export interface Mounted<E extends NewsElement = NewsElement> {
  el: E;
  errors: NewsErrorDetail[];
  loads: NewsLoadDetail[];
}

/** A container for elements, removed after the test. */
export function container(): HTMLElement {
  return fixtureSync(html`<div></div>`);
}

/**
 * Creates `<tag>` with `attributes`, `properties` and, when given, an inline `<script type="application/feed+json">`
 * child holding `inline`; listens to its events, and only then puts it in `parent`: no event is missed.
 */
export function mount<E extends NewsElement = NewsElement>(
  parent: HTMLElement,
  tag: Tag,
  attributes: Record<string, string> = {},
  properties: Record<string, unknown> = {},
  inline?: string,
): Mounted<E> {
  const el = document.createElement(tag) as unknown as E;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  Object.assign(el, properties);
  if (inline !== undefined) {
    const script = document.createElement('script');
    script.type = 'application/feed+json';
    script.textContent = inline;
    el.append(script);
  }
  const mounted: Mounted<E> = { el, errors: [], loads: [] };
  el.addEventListener('news-error', (event) => mounted.errors.push(event.detail));
  el.addEventListener('news-load', (event) => mounted.loads.push(event.detail));
  parent.append(el);
  return mounted;
}

/** All four elements with the same attributes (news-trending and news-feed get a `limit` of `limit`). */
export function mountAll(parent: HTMLElement, attributes: Record<string, string>, limit = 100): Record<Tag, Mounted> {
  const all = {} as Record<Tag, Mounted>;
  for (const tag of TAGS) {
    const extra: Record<string, string> = tag === 'news-trending' || tag === 'news-feed' ? { limit: String(limit) } : {};
    all[tag] = mount(parent, tag, { ...attributes, ...extra });
  }
  return all;
}

/** Waits until every element has left `loading` and rendered. */
export async function settle(mounted: Mounted | Mounted[] | Record<string, Mounted>, timeout = 5000): Promise<void> {
  const list = Array.isArray(mounted) ? mounted : 'el' in mounted ? [mounted as Mounted] : Object.values(mounted);
  const settled = ({ el }: Mounted) => el.getAttribute('state') !== null && el.getAttribute('state') !== 'loading';
  try {
    await waitUntil(() => list.every(settled), 'elements still loading', { timeout, interval: 20 });
  } catch {
    const states = list.filter((m) => !settled(m)).map(({ el }) => `${el.localName}: ${el.getAttribute('state')}`);
    throw new Error(`Still loading after ${timeout} ms: ${states.join(', ')}`);
  }
  for (const { el } of list) await el.updateComplete;
}

export function stateOf(el: Element): NewsState | null {
  return el.getAttribute('state') as NewsState | null;
}

export function parts(el: Element, name: string): HTMLElement[] {
  return Array.from(el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`));
}

export function part(el: Element, name: string): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
}

/** Text as a reader sees it: markup whitespace collapsed, hidden pieces (`hidden`) left out. */
export function textOf(node: Element | null): string {
  if (!node) return '';
  let text = '';
  const walk = (n: Node) => {
    if (n instanceof HTMLElement && n.hidden) return;
    if (n.nodeType === Node.TEXT_NODE) text += n.textContent;
    for (const child of Array.from(n.childNodes)) walk(child);
  };
  walk(node);
  return text.replace(/[ \t\n\r]+/g, ' ').trim();
}

/** The headlines an element shows (news-trending, news-card, news-feed). */
export function headlines(el: Element): string[] {
  return parts(el, 'headline').map(textOf);
}

/** The `part="message"` text. */
export function messageOf(el: Element): string {
  return textOf(part(el, 'message'));
}

/** Every element in the shadow root of `el`, nested shadow roots included. */
export function shadowElements(el: Element): Element[] {
  const found: Element[] = [];
  const visit = (root: ParentNode) => {
    for (const child of Array.from(root.querySelectorAll('*'))) {
      found.push(child);
      if (child.shadowRoot) visit(child.shadowRoot);
    }
  };
  if (el.shadowRoot) visit(el.shadowRoot);
  return found;
}

/** Every URL an element put into the page: link `href`s and image `src`s, as written. */
export function urlsIn(el: Element): { href: string[]; src: string[] } {
  const all = shadowElements(el);
  return {
    href: all.filter((n) => n.hasAttribute('href')).map((n) => n.getAttribute('href')!),
    src: all.filter((n) => n.hasAttribute('src') || n.hasAttribute('srcset')).map((n) => (n.getAttribute('src') ?? n.getAttribute('srcset'))!),
  };
}

/** `{ count, aborted }` of the test server's request counter for `key`. */
export async function requestsFor(key: string): Promise<{ count: number; aborted: number }> {
  return (await fetch(`/__test__/requests?key=${encodeURIComponent(key)}`)).json();
}

let keys = 0;
/** A request-counter key that no other test uses. */
export function newKey(prefix = 'security'): string {
  keys += 1;
  return `${prefix}-${keys}-${Math.random().toString(36).slice(2)}`;
}

/** `/__test__/body` answering exactly `text` with content type `type`. */
export function bodyUrl(text: string, type = 'application/feed+json', key = newKey('body')): string {
  return `/__test__/body?key=${key}&type=${encodeURIComponent(type)}&text=${encodeURIComponent(text)}`;
}

export function absolute(path: string): string {
  return new URL(path, document.baseURI).href;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Replaces `console[method]` for the test; returns the calls and a restore function. */
export function spyConsole(methods: ('log' | 'info' | 'warn' | 'error' | 'debug')[] = ['log', 'info', 'warn', 'error', 'debug']) {
  const calls: { method: string; args: unknown[] }[] = [];
  const originals = methods.map((method) => [method, console[method]] as const);
  for (const method of methods) console[method] = (...args: unknown[]) => void calls.push({ method, args });
  return {
    calls,
    restore: () => {
      for (const [method, original] of originals) console[method] = original;
    },
  };
}

/** A JSON Feed 1.1 object with `items`. */
export function feedOf(items: unknown[], extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { version: 'https://jsonfeed.org/version/1.1', title: 'Security test feed', ...extra, items };
}
