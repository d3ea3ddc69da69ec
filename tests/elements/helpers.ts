// What the element tests share: finding parts, waiting for a state, feeds made in place, and the setup every
// element test needs (a fresh feed cache, a fixed clock, links that never navigate away).
import { expect, fixture, waitUntil, type html } from '@open-wc/testing';
import { clearFeedCache } from '../../src/feed/loader.js';
import { setClock } from '../../src/format/date.js';
import type { NewsElement } from '../../src/elements/news-element.js';

export function part(el: Element, name: string): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
}

export function parts(el: Element, name: string): HTMLElement[] {
  return Array.from(el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`));
}

/** Fails when `node` exists; the message shows its markup (chai cannot print a node from a shadow root). */
export function expectNone(node: Element | null | undefined): void {
  expect(node ? node.outerHTML : null).to.equal(null);
}

/** The text of `node` with markup whitespace collapsed; no-break spaces in the strings stay. */
export function textOf(node: Element | null): string {
  return (node?.textContent ?? '').replace(/[ \t\n\r]+/g, ' ').trim();
}

export function expectNoInlineStyles(el: Element): void {
  const styled = Array.from(el.shadowRoot!.querySelectorAll('[style]')).map((node) => node.outerHTML);
  expect(styled).to.deep.equal([]);
}

/** Waits until `el` reflects `state`, then for its render. */
export async function settled(el: NewsElement, state = 'ready'): Promise<void> {
  await waitUntil(() => el.getAttribute('state') === state, `expected state "${state}", got "${el.getAttribute('state')}"`, {
    timeout: 4000,
  });
  await el.updateComplete;
}

/** Renders `template` (inside `parentNode` when given) and waits for `state`. */
export async function render<T extends NewsElement>(
  template: ReturnType<typeof html>,
  state = 'ready',
  parentNode?: HTMLElement,
): Promise<T> {
  const el = await fixture<T>(template, parentNode ? { parentNode } : {});
  await settled(el, state);
  return el;
}

/** A feed object with the given items, for the `.feed` property. */
export function feedWith(items: unknown[], extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { version: 'https://jsonfeed.org/version/1.1', title: 'Test', ...extra, items };
}

/** Clicks on links are reported by the elements, but the test page never navigates away. */
function preventNavigation(event: Event): void {
  event.preventDefault();
}

/** For a `describe` block: each test starts with an empty feed cache, the clock at `now`, and links that stay put. */
export function elementTestSetup(now: number): void {
  beforeEach(() => {
    clearFeedCache();
    setClock(() => now);
    window.addEventListener('click', preventNavigation, true);
  });
  afterEach(() => {
    setClock();
    window.removeEventListener('click', preventNavigation, true);
  });
}

/** Runs `body` with `css` in a page style sheet, as a site's own CSS would be (e.g. `::part()` rules). */
export async function withPageStyle(css: string, body: () => Promise<void>): Promise<void> {
  const style = document.createElement('style');
  style.textContent = css;
  document.head.append(style);
  try {
    await body();
  } finally {
    style.remove();
  }
}
