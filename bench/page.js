// The in-page half of the bench (bench/run.mjs drives it): each case renders with our elements (`ours`) or with the
// vanilla baseline (`baseline`) and returns its timings, measured with performance.now(). Every case runs in a fresh
// page of a fresh browser context, after the drop-in script (dist/news-widgets.js) has loaded.
import { makeFeed } from './feed.js';
import { VanillaByline, VanillaCard, VanillaFeed, VanillaTrending } from './baseline.js';

/** The CSS text of each element's styles (read from our elements), for the baseline to adopt the same sheets. */
export function styles() {
  return Object.fromEntries(
    ['news-feed', 'news-card', 'news-trending', 'news-byline'].map((tag) => [tag, customElements.get(tag).styles]),
  );
}

/** The styles the baseline adopts: the runner reads them once with {@link styles} and hands them to every case. */
let css = {};

const baselines = {
  'news-feed': VanillaFeed,
  'news-card': VanillaCard,
  'news-trending': VanillaTrending,
  'news-byline': VanillaByline,
};

/** A widget of ours: created, configured, its data given as `.feed` or `src`, connected. */
function ours(tag, { attributes = {}, feed, parent = document.body } = {}) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  if (feed) el.feed = feed;
  parent.append(el);
  return el;
}

/** Resolves when `el` has rendered its data (`news-load`, then the update that shows it). */
function rendered(el) {
  return new Promise((resolve, reject) => {
    el.addEventListener('news-load', () => el.updateComplete.then(resolve), { once: true });
    el.addEventListener('news-error', (event) => reject(new Error(`${el.localName}: ${event.detail.message}`)), { once: true });
  });
}

/** The same widget by hand: a host `<div>` whose shadow root the baseline fills. */
function vanilla(tag, options = {}, parent = document.body) {
  const host = document.createElement('div');
  parent.append(host);
  return new baselines[tag](host, { cssTexts: css[tag], ...options });
}

/** Layout of the whole page, done now: what the timings stop at, for ours and the baseline alike. */
function layout() {
  return document.body.getBoundingClientRect().height;
}

/** Lets the page settle between two timed steps: two frames, then a quiet moment. */
async function settle(ms = 50) {
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  await new Promise((resolve) => setTimeout(resolve, ms));
}

// ---------------------------------------------------------------------------------------------------------------
// The same DOM: shadow trees compared node for node

/** Elements laid out as blocks by default: white space next to them never renders. */
const BLOCKS = new Set(
  'address article aside blockquote dd details dialog div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section table ul'.split(
    ' ',
  ),
);

/**
 * A shadow root (or any node) as canonical markup, equal for two trees that render the same: comments (Lit's
 * markers) left out, attributes sorted, adjacent text joined, every run of white space written as one space, and
 * white space that cannot render dropped (at the start or end of a block, or next to a block element). White space
 * between two inline elements stays: it is a visible space. Plus the CSS of the adopted style sheets.
 */
export function canonical(root) {
  const isBlock = (node) => node?.nodeType === Node.ELEMENT_NODE && BLOCKS.has(node.localName);
  const walk = (node) => {
    // Elements and joined text runs, comments left out.
    const children = [];
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === Node.TEXT_NODE) {
        const last = children[children.length - 1];
        if (typeof last === 'string') children[children.length - 1] = last + child.data;
        else children.push(child.data);
      } else if (child.nodeType === Node.ELEMENT_NODE) {
        children.push(child);
      }
    }
    const inBlock = node.nodeType !== Node.ELEMENT_NODE || BLOCKS.has(node.localName);
    let out = '';
    children.forEach((child, i) => {
      if (typeof child === 'string') {
        let text = child.replace(/\s+/g, ' ');
        if (isBlock(children[i - 1]) || (i === 0 && inBlock)) text = text.trimStart();
        if (isBlock(children[i + 1]) || (i === children.length - 1 && inBlock)) text = text.trimEnd();
        out += text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
        return;
      }
      const attributes = Array.from(child.attributes, (a) => ` ${a.name}="${a.value.replace(/"/g, '&quot;')}"`).sort();
      out += `<${child.localName}${attributes.join('')}>${walk(child)}</${child.localName}>`;
    });
    return out;
  };
  const css = (root.adoptedStyleSheets ?? []).map((sheet) => Array.from(sheet.cssRules, (rule) => rule.cssText).join('\n'));
  return { markup: walk(root), css: css.join('\n/* next sheet */\n') };
}

function compare(label, a, b) {
  const x = canonical(a.shadowRoot);
  const y = canonical(b.shadowRoot);
  if (x.css !== y.css) return { label, identical: false, why: 'adopted style sheets differ' };
  if (x.markup === y.markup) return { label, identical: true, length: x.markup.length };
  let i = 0;
  while (x.markup[i] === y.markup[i]) i++;
  const from = Math.max(0, i - 160);
  return { label, identical: false, ours: x.markup.slice(from, i + 160), baseline: y.markup.slice(from, i + 160) };
}

/** Renders every widget both ways from the same feeds and compares the shadow trees. */
export async function checkDom({ items = 1000 } = {}) {
  css = styles();
  const now = Date.now();
  const feedA = makeFeed({ items, seed: 1, now });
  const feedB = makeFeed({ items, seed: 2, now });
  const small = makeFeed({ items: 20, seed: 3, now });
  const results = [];

  const el = ours('news-feed', { attributes: { limit: String(items) }, feed: feedA });
  await rendered(el);
  const base = vanilla('news-feed', { limit: items });
  base.render(feedA);
  results.push(compare(`news-feed, ${items} cards`, el, base.host));
  const again = rendered(el);
  el.feed = feedB;
  await again;
  base.render(feedB);
  results.push(compare(`news-feed, ${items} cards, re-rendered`, el, base.host));

  for (const [tag, attributes, options] of [
    ['news-trending', {}, {}],
    ['news-byline', { 'item-id': '3-4' }, { itemId: '3-4' }],
    ['news-byline', { 'item-id': '3-7' }, { itemId: '3-7' }],
    ['news-card', { 'item-id': '3-5' }, { itemId: '3-5' }],
  ]) {
    const mine = ours(tag, { attributes, feed: small });
    await rendered(mine);
    const theirs = vanilla(tag, options);
    theirs.render(small);
    results.push(compare(`${tag}${options.itemId ? ` (${options.itemId})` : ''}`, mine, theirs.host));
  }
  document.body.replaceChildren();
  return results;
}

// ---------------------------------------------------------------------------------------------------------------
// Timed steps
//
// Each case is cut into steps that the runner calls one by one, reading the main thread's CPU time before and after
// each (see run.mjs). Every step also returns its own wall-clock time, from performance.now().

/** What the steps of one case keep between calls. */
const state = {};

/** Runs `fn` and returns its wall-clock time in ms, once the promise it returns (if any) has settled. */
async function timed(fn) {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

/** Collects garbage (the bench starts Chromium with --expose-gc), so that no step pays for the one before. */
export function collect() {
  window.gc?.();
}

/** The text of a feed of `items` items (made outside any timing) and the normalizer, bundled and minified like the drop-in script. */
export async function normalizeSetup({ items = 10_000, module }) {
  state.normalizeFeed = (await import(module)).normalizeFeed;
  state.text = JSON.stringify(makeFeed({ items, seed: 11, now: Date.now() }));
  state.items = items;
  return state.text.length;
}

/** JSON.parse of the feed's text: the baseline of {@link normalizeStep}. */
export function parseStep() {
  return timed(() => {
    state.json = JSON.parse(state.text);
  });
}

/** normalizeFeed of the object that {@link parseStep} parsed. */
export async function normalizeStep() {
  const url = new URL('/bench/feed.json', location.href).href;
  let result;
  const wall = await timed(() => {
    result = state.normalizeFeed(state.json, { url });
  });
  if (result.feed.items.length !== state.items) throw new Error(`normalized ${result.feed.items.length} of ${state.items} items`);
  state.json = undefined;
  return wall;
}

/** Two feeds of `items` items, A and B, for {@link feedFirst} and {@link feedRerender}. */
export function feedSetup({ items = 1000, styles: given }) {
  css = given;
  const now = Date.now();
  state.items = items;
  state.feedA = makeFeed({ items, seed: 1, now });
  state.feedB = makeFeed({ items, seed: 2, now });
}

/** news-feed (or the baseline) with feed A: from creating the element to its laid-out cards. */
export function feedFirst({ impl }) {
  return timed(async () => {
    if (impl === 'ours') {
      state.el = ours('news-feed', { attributes: { limit: String(state.items) }, feed: state.feedA });
      await rendered(state.el);
    } else {
      state.base = vanilla('news-feed', { limit: state.items });
      state.base.render(state.feedA);
    }
    layout();
  });
}

/** The same element given feed B: to its laid-out cards again. */
export function feedRerender({ impl }) {
  return timed(async () => {
    if (impl === 'ours') {
      const done = rendered(state.el);
      state.el.feed = state.feedB;
      await done;
    } else {
      state.base.render(state.feedB);
    }
    layout();
  });
}

/** The 20-item feed that every widget of {@link widgetsStep} shows. */
export function widgetsSetup({ styles: given }) {
  css = given;
  state.small = makeFeed({ items: 20, seed: 3, now: Date.now() });
}

/** `count` widgets `tag` (news-trending, or news-byline each showing another item), to their laid-out content. */
export function widgetsStep({ impl, tag, count = 100 }) {
  return timed(async () => {
    if (impl === 'ours') {
      const done = [];
      for (let i = 0; i < count; i++) {
        const attributes = tag === 'news-byline' ? { 'item-id': `3-${i % 20}` } : {};
        done.push(rendered(ours(tag, { attributes, feed: state.small })));
      }
      await Promise.all(done);
    } else {
      for (let i = 0; i < count; i++) vanilla(tag, tag === 'news-byline' ? { itemId: `3-${i % 20}` } : {}).render(state.small);
    }
    layout();
  });
}

/** The 20 widgets of {@link sharedSrc}: five of each kind, each card and byline showing another item. */
const SHARED = [
  ...[0, 1, 2, 3, 4].map((i) => ['news-card', { 'item-id': `5-${i}` }, { itemId: `5-${i}` }]),
  ...[0, 1, 2, 3, 4].map(() => ['news-trending', {}, {}]),
  ...[5, 6, 7, 8, 9].map((i) => ['news-byline', { 'item-id': `5-${i}` }, { itemId: `5-${i}` }]),
  ...[0, 1, 2, 3, 4].map(() => ['news-feed', { limit: '4' }, { limit: 4 }]),
];

/** 20 widgets with the same `src`: the time until all show their data. The runner counts the requests. */
export function sharedSrc({ impl, src, styles: given }) {
  css = given;
  return timed(async () => {
    if (impl === 'ours') {
      await Promise.all(SHARED.map(([tag, attributes]) => rendered(ours(tag, { attributes: { ...attributes, src } }))));
    } else {
      const widgets = SHARED.map(([tag, , options]) => vanilla(tag, options));
      const data = await (await fetch(src)).json();
      for (const widget of widgets) widget.render(data);
    }
    layout();
  });
}

/** For the heap figure: the feed is made first (the runner then measures), then 1,000 cards are rendered. */
export function heapSetup({ items = 1000, styles: given }) {
  css = given;
  state.feedA = makeFeed({ items, seed: 1, now: Date.now() });
  state.items = items;
}

export async function heapRender({ impl }) {
  await feedFirst({ impl });
  await settle();
  return document.querySelector('body > *').shadowRoot.querySelectorAll('article').length;
}

/** The text of a script, fetched outside the timing. */
export async function startupSetup({ src }) {
  state.script = await (await fetch(src)).text();
}

/** Compiles and runs the script's text as an inline script: what loading it costs the page once it has arrived. */
export async function startupStep() {
  const script = document.createElement('script');
  script.textContent = state.script;
  const wall = await timed(() => document.head.append(script));
  return { wall, defined: !!customElements.get('news-feed') };
}

export { settle };
