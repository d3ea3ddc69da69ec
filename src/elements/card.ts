/**
 * The article card that `news-card` and `news-feed` both render: media with credit, section kicker, headline link,
 * dek and a compact byline. A function, not an element, so that a feed of a thousand stories renders a thousand
 * templates in its own shadow root instead of a thousand nested elements. Also what the elements share about an
 * article: reading the `.article` property, headings, and links that open a new tab.
 *
 * Per-card work is kept small: each card is a clone of one prepared tree, filled and then updated by a directive
 * that writes only what changed (see {@link renderCard}), values shared by every card computed once per render in a
 * {@link CardHost}, cached `Intl` formatting, and no listeners of its own (link clicks and image errors are
 * delegated by the element).
 */
import { html, noChange, nothing, type TemplateResult } from 'lit';
import { Directive, PartType, directive, type ChildPart, type PartInfo } from 'lit/directive.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { JSON_FEED_VERSION_1_1, normalizeFeed } from '../feed/normalize.js';
import { FeedError, type Article, type Author, type Feed, type NormalizeResult } from '../feed/types.js';
import { formatForStyle, now, type DateStyle, type FormattedDate } from '../format/date.js';
import { fill, formatAuthors, type NewsStrings } from '../format/strings.js';
import { cleanText } from '../format/text.js';
import { safeUrl } from '../format/url.js';

/** How a card is laid out. */
export type CardVariant = 'standard' | 'compact' | 'horizontal' | 'hero';

/** `value` when it is a card variant, else `fallback`. */
export function cardVariant(value: unknown, fallback: CardVariant = 'standard'): CardVariant {
  return ['standard', 'compact', 'horizontal', 'hero'].includes(value as string) ? (value as CardVariant) : fallback;
}

/** A heading level from 1 to 6; anything else (missing, `0`, `7`, `2.5`, `NaN`) is `fallback`. */
export function headingLevel(value: unknown, fallback = 3): number {
  const level = Number(value);
  return Number.isInteger(level) && level >= 1 && level <= 6 ? level : fallback;
}

/** `<h1>`–`<h6>` (`level` from {@link headingLevel}) holding `content`. */
export function renderHeading(level: number, part: string, content: unknown, className?: string, lang?: string): TemplateResult {
  switch (level) {
    case 1:
      return html`<h1 part=${part} class=${ifDefined(className)} lang=${ifDefined(lang)}>${content}</h1>`;
    case 2:
      return html`<h2 part=${part} class=${ifDefined(className)} lang=${ifDefined(lang)}>${content}</h2>`;
    case 4:
      return html`<h4 part=${part} class=${ifDefined(className)} lang=${ifDefined(lang)}>${content}</h4>`;
    case 5:
      return html`<h5 part=${part} class=${ifDefined(className)} lang=${ifDefined(lang)}>${content}</h5>`;
    case 6:
      return html`<h6 part=${part} class=${ifDefined(className)} lang=${ifDefined(lang)}>${content}</h6>`;
    default:
      return html`<h3 part=${part} class=${ifDefined(className)} lang=${ifDefined(lang)}>${content}</h3>`;
  }
}

/**
 * Between two pieces of a line of small text (a byline; a section and a time): a no-break space keeps the dot on the
 * line of the piece before it, and the space after it is where the line may wrap. Hidden from screen readers, which
 * hear the pieces as separate phrases anyway.
 */
export const separator = html`<span part="separator" aria-hidden="true">\u00a0·</span> `;

/** Whether links with this `target` open a new tab: they then get `rel="noopener noreferrer"` and say so. */
export function opensNewTab(target: string | undefined): target is string {
  return !!target && target !== '_self' && target !== '_parent' && target !== '_top';
}

/** What a card needs from the element that renders it: built once per render with {@link cardHost}, shared by every card. */
export interface CardHost {
  /** The element's strings, in its language. */
  strings: NewsStrings;
  /** The `target` of article links; undefined for the same tab. */
  target?: string;
  /** Whether article links open a new tab. */
  newTab: boolean;
  /** A date in the element's `date-style`, language and zone. */
  date(date: Date): FormattedDate;
  /** Image URLs that failed to load: their cards show the placeholder. */
  brokenImages: ReadonlySet<string>;
  /** "By A and B" for an article's named authors; `''` without names. */
  byline(article: Article): string;
  /** "Photo: {credit}". */
  credit(credit: string): string;
}

export interface CardHostOptions {
  strings: NewsStrings;
  locale: string;
  linkTarget?: string;
  dateStyle: DateStyle;
  timeZone?: string;
  brokenImages: ReadonlySet<string>;
  /** Called when a date is shown as relative text, which then needs the shared ticker to stay current. */
  onRelative(): void;
}

/** `map`'s value for `key`, made by `make` the first time. */
function memo(map: Map<string, string>, key: string, make: () => string): string {
  let value = map.get(key);
  if (value === undefined) map.set(key, (value = make()));
  return value;
}

/** The {@link CardHost} of an element. */
export function cardHost({ strings, locale, linkTarget, dateStyle, timeZone, brokenImages, onRelative }: CardHostOptions): CardHost {
  const target = linkTarget || undefined;
  // Feeds repeat bylines and credits: each distinct one is formatted once per render.
  const bylines = new Map<string, string>();
  const credits = new Map<string, string>();
  return {
    strings,
    target,
    newTab: opensNewTab(target),
    brokenImages,
    date(date) {
      const formatted = cardDate(date, dateStyle, locale, timeZone);
      if (formatted.relative) onRelative();
      return formatted;
    },
    byline(article) {
      let key = '';
      for (const author of article.authors) if (author.name) key += author.name + '\n';
      return key ? memo(bylines, key, () => formatAuthors(key.slice(0, -1).split('\n'), locale, strings)) : '';
    },
    credit(credit) {
      return memo(credits, credit, () => fill(strings.imageCredit, { credit }, locale));
    },
  };
}

/**
 * Formatted dates of the current minute. Formatting a date with its zone abbreviation takes several `Intl` calls;
 * a feed re-rendered within the minute ("Show more", a new page) reuses them.
 */
const dates = new Map<string, FormattedDate>();
let datesMinute = NaN;

function cardDate(date: Date, style: DateStyle, locale: string, timeZone: string | undefined): FormattedDate {
  const at = now();
  const minute = Math.floor(at / 60_000);
  if (minute !== datesMinute || dates.size > 5000) {
    dates.clear();
    datesMinute = minute;
  }
  const key = `${date.getTime()}|${style}|${locale}|${timeZone}`;
  let formatted = dates.get(key);
  if (!formatted) dates.set(key, (formatted = formatForStyle(date, { style, locale, timeZone, now: at })));
  return formatted;
}

export interface CardOptions {
  variant: CardVariant;
  /** 1–6, from {@link headingLevel}. */
  headingLevel: number;
  /** Show the image (or its placeholder); `compact` never does. */
  image: boolean;
  /** Load the image at once with high priority (a lead story above the fold); else lazily. */
  eager?: boolean;
  /** Wrap the card in `<li part="item" class="item">`, for a list. */
  item?: boolean;
}

/**
 * One article as a card: `<article part="card">` with the media box (image and credit, or the placeholder when the
 * image is missing or broken), the section kicker, the headline (an `<hN>` holding the link), the dek and the byline
 * ("By A and B · 3 hours ago"). `position` (from 1) goes on the link for `news-article-click`; the element records
 * the article at that position. Optional pieces are hidden rather than left out, so that every card has the same
 * nodes.
 *
 * A directive, not a template: a card is a clone of one prepared tree whose ~20 changing nodes it fills with
 * `textContent`-like writes, and on the next render it writes only what changed. A list of a thousand cards then
 * costs what hand-written DOM code costs (see docs/performance.md): a template with ~25 bindings per card kept a
 * thousand template instances and 25,000 parts in memory, half again the JS heap of the page.
 */
export function renderCard(host: CardHost, article: Article, position: number, options: CardOptions): unknown {
  return card(host, article, position, options);
}

/** The nodes of one card that change with its article, and what was last written to them. */
interface CardNodes {
  /** The card's outermost node: the `<article>`, or the `<li>` that holds it. */
  root: HTMLElement;
  article: HTMLElement;
  figure: HTMLElement;
  img: HTMLImageElement;
  credit: HTMLElement;
  section: HTMLElement;
  heading: HTMLElement;
  link: HTMLElement;
  headline: Text;
  newTab: HTMLElement;
  summary: HTMLElement;
  byline: HTMLElement;
  by: HTMLElement;
  time: HTMLElement;
  /** Attribute, property and text values last written, by slot (the numbers in `fillCard`). */
  last: unknown[];
}

/**
 * The card's tree for each heading level, with or without its list item, built once with the DOM (no markup string:
 * Trusted Types allow it).
 */
const trees = new Map<string, HTMLElement>();

function make(tag: string, attributes: Record<string, string>, ...children: (Node | string)[]): HTMLElement {
  const node = document.createElement(tag);
  for (const name in attributes) node.setAttribute(name, attributes[name]);
  node.append(...children);
  return node;
}

/**
 * The card's tree for a heading level, holding the values most cards have (the {@link DEFAULTS} of `fillCard`'s
 * slots), so that filling a new card writes only what differs: its texts, links and dates.
 */
function cardTree(level: number, item: boolean): HTMLElement {
  const key = `${level}${item ? 'li' : ''}`;
  let tree = trees.get(key);
  if (!tree) {
    const img = make('img', { decoding: 'async', part: 'image', alt: '', loading: 'lazy' }) as HTMLImageElement;
    img.fetchPriority = 'auto';
    const newTab = make('span', { class: 'visually-hidden' }, '');
    newTab.hidden = true;
    tree = make(
      'article',
      { part: 'card', class: 'card standard' },
      make('figure', { part: 'media', class: 'media' }, img, make('figcaption', { part: 'credit', class: 'credit' }, '')),
      make(
        'div',
        { class: 'body' },
        make('p', { part: 'section', class: 'section' }, ''),
        make(`h${level}`, { part: 'headline', class: 'headline' }, make('a', { part: 'link' }, '', newTab)),
        make('p', { part: 'summary', class: 'summary' }, ''),
        make(
          'p',
          { part: 'byline', class: 'byline' },
          make('span', { class: 'by sep' }, ''),
          ' ',
          make('time', { part: 'date', datetime: '' }, ''),
        ),
      ),
    );
    if (item) tree = make('li', { part: 'item', class: 'item' }, tree);
    trees.set(key, tree);
  }
  return tree;
}

/** What {@link cardTree} holds in each of `fillCard`'s slots (`undefined`: no such attribute). */
const DEFAULTS: unknown[] = [
  'card standard', 'media', false, 'image', undefined, '', 'lazy', false, '', false, '', false, undefined, undefined,
  undefined, undefined, undefined, '', '', true, undefined, '', false, false, 'by sep', '', false, '', undefined, '',
  false, 'auto',
];

function cardNodes(level: number, item: boolean): CardNodes {
  const root = document.importNode(cardTree(level, item), true);
  const article = item ? (root.firstElementChild as HTMLElement) : root;
  const [figure, body] = article.children as unknown as HTMLElement[];
  const [section, heading, summary, byline] = body.children as unknown as HTMLElement[];
  const link = heading.firstElementChild as HTMLElement;
  return {
    root,
    article,
    figure,
    img: figure.firstElementChild as HTMLImageElement,
    credit: figure.lastElementChild as HTMLElement,
    section,
    heading,
    link,
    headline: link.firstChild as Text,
    newTab: link.lastElementChild as HTMLElement,
    summary,
    byline,
    by: byline.firstElementChild as HTMLElement,
    time: byline.lastElementChild as HTMLElement,
    last: DEFAULTS.slice(),
  };
}

/** Sets (or, for `undefined`, removes) an attribute, unless the last render wrote the same. */
function attribute(nodes: CardNodes, slot: number, node: Element, name: string, value: string | undefined): void {
  if (nodes.last[slot] === value) return;
  nodes.last[slot] = value;
  if (value === undefined) node.removeAttribute(name);
  else node.setAttribute(name, value);
}

/** Sets the `hidden` attribute, unless the last render did. */
function hidden(nodes: CardNodes, slot: number, node: HTMLElement, value: boolean): void {
  if (nodes.last[slot] === value) return;
  nodes.last[slot] = value;
  node.hidden = value;
}

/** Sets the text of an element that holds one text node (or of the text node itself), unless the last render did. */
function text(nodes: CardNodes, slot: number, node: Node, value: string): void {
  if (nodes.last[slot] === value) return;
  nodes.last[slot] = value;
  (node.nodeType === Node.TEXT_NODE ? (node as Text) : (node.firstChild as Text)).data = value;
}

function fillCard(nodes: CardNodes, host: CardHost, article: Article, position: number, options: CardOptions): void {
  const media = options.image && options.variant !== 'compact';
  const image = media && article.image && !host.brokenImages.has(article.image.src) ? article.image : undefined;
  const credit = image?.credit ? host.credit(image.credit) : '';
  const by = host.byline(article);
  const published = article.published ?? article.modified;
  const date = published ? host.date(published) : undefined;
  const when = date?.text ?? '';
  const lang = article.language;
  const href = article.url;
  const newTab = !!href && host.newTab;
  const { img } = nodes;

  attribute(nodes, 0 /* class */, nodes.article, 'class', `card ${options.variant}`);
  attribute(nodes, 1 /* media */, nodes.figure, 'part', image || !media ? 'media' : 'media image-placeholder');
  hidden(nodes, 2 /* media? */, nodes.figure, !media);
  attribute(nodes, 3 /* img.part */, img, 'part', image && 'image');
  attribute(nodes, 4 /* img.src */, img, 'src', image?.src);
  attribute(nodes, 5 /* img.alt */, img, 'alt', image?.alt ?? '');
  attribute(nodes, 6 /* img.loading */, img, 'loading', options.eager ? 'eager' : 'lazy');
  const priority = options.eager ? 'high' : 'auto';
  if (nodes.last[31] !== priority) {
    nodes.last[31] = priority;
    img.fetchPriority = priority;
  }
  hidden(nodes, 7 /* img? */, img, !image);
  text(nodes, 8 /* credit */, nodes.credit, credit);
  hidden(nodes, 9 /* credit? */, nodes.credit, !credit);
  text(nodes, 10 /* section */, nodes.section, article.section ?? '');
  hidden(nodes, 11 /* section? */, nodes.section, !article.section);
  attribute(nodes, 12 /* heading.lang */, nodes.heading, 'lang', lang);
  attribute(nodes, 13 /* href */, nodes.link, 'href', href);
  attribute(nodes, 14 /* target */, nodes.link, 'target', href && host.target);
  attribute(nodes, 15 /* rel */, nodes.link, 'rel', newTab ? 'noopener noreferrer' : undefined);
  attribute(nodes, 16 /* position */, nodes.link, 'data-position', String(position));
  text(nodes, 17 /* headline */, nodes.headline, article.headline);
  text(nodes, 18 /* newTab */, nodes.newTab, newTab ? ` ${host.strings.newTab}` : '');
  hidden(nodes, 19 /* newTab? */, nodes.newTab, !newTab);
  attribute(nodes, 20 /* summary.lang */, nodes.summary, 'lang', lang);
  text(nodes, 21 /* summary */, nodes.summary, article.summary ?? '');
  hidden(nodes, 22 /* summary? */, nodes.summary, !article.summary);
  hidden(nodes, 23 /* byline? */, nodes.byline, !by && !when);
  attribute(nodes, 24 /* by.class */, nodes.by, 'class', when ? 'by sep' : 'by');
  text(nodes, 25 /* by */, nodes.by, by);
  hidden(nodes, 26 /* by? */, nodes.by, !by);
  attribute(nodes, 27 /* datetime */, nodes.time, 'datetime', date?.datetime ?? '');
  attribute(nodes, 28 /* title */, nodes.time, 'title', date?.relative ? date.absolute : undefined);
  text(nodes, 29 /* when */, nodes.time, when);
  hidden(nodes, 30 /* when? */, nodes.time, !when);
}

class CardDirective extends Directive {
  private nodes?: CardNodes;
  /** The heading level and list item of `nodes`: another needs another tree. */
  private shape = '';

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.CHILD) throw new Error('A card goes where a child node goes.');
  }

  render(_host: CardHost, _article: Article, _position: number, _options: CardOptions): unknown {
    return nothing;
  }

  override update(_part: ChildPart, [host, article, position, options]: Parameters<this['render']>): unknown {
    const level = HEADING_LEVELS.includes(options.headingLevel) ? options.headingLevel : 3;
    const item = !!options.item;
    const shape = `${level}${item}`;
    const fresh = this.nodes === undefined || this.shape !== shape;
    const nodes = fresh ? cardNodes(level, item) : this.nodes!;
    fillCard(nodes, host, article, position, options);
    if (!fresh) return noChange;
    // Kept only once filled: a card whose filling threw is built again on the next render.
    this.nodes = nodes;
    this.shape = shape;
    return nodes.root;
  }
}

const HEADING_LEVELS = [1, 2, 3, 4, 5, 6];
const card = directive(CardDirective);

/**
 * Records the `src` of every `part="image"` under `root` that fails to load, with one capturing listener (an
 * image's `error` does not bubble, but is seen on its way down), then calls `onBroken`.
 */
export function watchBrokenImages(root: Node, broken: Set<string>, onBroken: () => void): void {
  root.addEventListener(
    'error',
    (event) => {
      const img = event.target;
      const src = img instanceof HTMLImageElement && img.part.contains('image') ? img.getAttribute('src') : null;
      if (src === null || broken.has(src)) return;
      broken.add(src);
      onBroken();
    },
    true,
  );
}

/**
 * A card-shaped placeholder for the `loading` state: the same media box and, line for line, about the height of a
 * card (kicker, headline, dek, byline), so that nothing below moves when the stories arrive. How many lines the
 * headline, dek and byline take depends on the card's width (see `card.styles.ts`): the template holds the most, and
 * the styles hide the rest.
 */
export function renderCardSkeleton(options: CardOptions): TemplateResult {
  const media = options.image && options.variant !== 'compact';
  return html`<div part="skeleton" class="card ${options.variant} skeleton-card" aria-hidden="true">
    ${media ? html`<div class="media skeleton"></div>` : nothing}
    <div class="body">
      <span class="lines section"><span class="skeleton line short"></span></span>
      <span class="lines headline"
        ><span class="skeleton line"></span><span class="skeleton line"></span><span class="skeleton line"></span
        ><span class="skeleton line"></span
      ></span>
      <span class="lines summary"
        ><span class="skeleton line"></span><span class="skeleton line"></span><span class="skeleton line"></span
      ></span>
      <span class="lines byline"><span class="skeleton line"></span><span class="skeleton line"></span></span>
    </div>
  </div>`;
}

// The `.article` property -------------------------------------------------------------------------------------

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A cleaned, non-empty string, else undefined. */
export function textOf(value: unknown): string | undefined {
  return cleanText(value as string) || undefined;
}

/** A whole number from 1 (`2.4` is 2, `0.2` is 1), else undefined. */
export function wholeFromOne(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? Math.max(1, Math.round(value)) : undefined;
}

function validDate(value: unknown): Date | undefined {
  return value instanceof Date && !Number.isNaN(value.getTime()) ? value : undefined;
}

/** `object` without its undefined fields. */
export function defined<T extends object>(object: T): T {
  for (const key in object) if (object[key] === undefined) delete object[key];
  return object;
}

/** A feed of the one `article`. */
export function feedOf(article: Article): Feed {
  return { version: JSON_FEED_VERSION_1_1, title: '', authors: [], items: [article] };
}

/**
 * An `Article` from the page, copied field by field as the normalizer would have left it: only text, valid dates,
 * whole numbers and http(s) or relative URLs (resolved against `base`). Page data is trusted no more than a feed.
 */
function cleanArticle(value: Record<string, unknown>, base: string): Article {
  const authors: Author[] = [];
  for (const raw of value.authors as unknown[]) {
    if (!isRecord(raw)) continue;
    const author = defined<Author>({ name: textOf(raw.name), url: safeUrl(raw.url, base), avatar: safeUrl(raw.avatar, base) });
    if (author.name || author.url) authors.push(author);
  }
  const image = isRecord(value.image) ? value.image : {};
  const src = safeUrl(image.src, base);
  return defined<Article>({
    id: textOf(value.id) ?? 'article',
    headline: textOf(value.headline) ?? '',
    url: safeUrl(value.url, base),
    summary: textOf(value.summary),
    image: src ? defined({ src, alt: textOf(image.alt) ?? '', credit: textOf(image.credit) }) : undefined,
    authors,
    published: validDate(value.published),
    modified: validDate(value.modified),
    section: textOf(value.section),
    tags: Array.isArray(value.tags) ? (value.tags.map(textOf).filter(Boolean) as string[]) : [],
    language: textOf(value.language),
    rank: Number.isSafeInteger(value.rank) && (value.rank as number) > 0 ? (value.rank as number) : undefined,
    readingTime: wholeFromOne(value.readingTime),
  });
}

/**
 * The `.article` property of `news-card` and `news-byline` as a feed of one article: an already normalized
 * `Article` (a string `headline` and an `authors` array) is copied with {@link cleanArticle}; any other object is
 * read as one JSON Feed item, which needs no `id`. With `untitled`, an item with nothing to show as a headline still
 * counts (a byline shows none).
 */
export function readArticle(value: unknown, base: string, untitled = false): NormalizeResult {
  if (!isRecord(value)) {
    throw new FeedError('invalid', 'The article property is not a JSON Feed item object.', { path: '' });
  }
  if (typeof value.headline === 'string' && Array.isArray(value.authors)) {
    return { feed: feedOf(cleanArticle(value, base)), warnings: [] };
  }
  const item = { ...value };
  if (item.id == null || item.id === '') item.id = 'article';
  if (untitled && !item.title && !item.summary && !item.content_text && !item.content_html) item.title = 'Untitled';
  const { feed, warnings } = normalizeFeed({ version: JSON_FEED_VERSION_1_1, title: '', items: [item] }, { url: base });
  // The wrapper has no title on purpose: only the item's own problems are worth a warning.
  const itemWarnings = warnings.filter((warning) => warning.path !== 'title');
  if (!feed.items.length) {
    const first = itemWarnings[0];
    throw new FeedError(
      'invalid',
      `The article property could not be shown: ${first ? first.message.replace(/^Item [^:]*: /, '') : 'it is not a JSON Feed item.'}`,
      { path: first ? first.path.replace(/^items\[0\]\.?/, '') : '' },
    );
  }
  feed.title = '';
  return { feed, warnings: itemWarnings };
}
