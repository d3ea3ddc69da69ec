/**
 * What the four elements share: the base class {@link NewsElement}, its styles, the article card that `news-card`
 * and `news-feed` both render, and the `.article` property of `news-card` and `news-byline`.
 */
import { html, type TemplateResult } from 'lit/html.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { resolveFeed } from '../feed/loader.js';
import { JSON_FEED_VERSION_1_1, normalizeFeed } from '../feed/normalize.js';
import { FeedError, type Article, type Feed, type NormalizeResult } from '../feed/types.js';
import { formatForStyle, pickTimeZone, subscribeTick, type DateOptions, type DateStyle, type FormattedDate } from '../format/date.js';
import { errorMessage, fill, formatAuthors, resolveLang, resolveStrings, type NewsStrings } from '../format/strings.js';
import type { NewsErrorDetail } from '../events.js';
import { UpdatingElement, css, type PropertyDeclarations, type PropertyValues } from './updating-element.js';

/** The `state` attribute that every element reflects. */
export type NewsState = 'loading' | 'ready' | 'empty' | 'error';

/** How a card is laid out. */
export type CardVariant = 'standard' | 'compact' | 'horizontal' | 'hero';

/** `error` as a FeedError: an `invalid` one for anything else. */
export const asFeedError = (error: unknown): FeedError =>
  error instanceof FeedError ? error : new FeedError('invalid', String(error));

/** `value` as a whole number from 1 (`0.2` is 1), else `fallback`: for limits. */
export const whole = (value: number, fallback: number): number =>
  value > 0 && value < Infinity ? Math.max(1, Math.round(value)) : fallback;

/**
 * What skeletons show: an article of average length (a headline of about 60 characters, a dek of about 170), drawn
 * by the styles as bars. A skeleton is the element's own template, so it takes the room the content will take, at
 * any width.
 */
export const placeholder: Article = {
  id: '',
  headline: 'xxxxx '.repeat(10),
  summary: 'xxxxx '.repeat(28),
  section: 'xxxxx',
  authors: [{ name: 'xxxxx xxxxx' }],
  tags: [],
};

/** Between two pieces of small text. The no-break space keeps the dot with the piece before it; not read out. */
const separator = html`<span part="separator" aria-hidden="true">\u00a0·</span> `;

/** `pieces` without the empty ones, a separator between each two. */
export const joined = (pieces: unknown[]): unknown[] =>
  pieces.filter(Boolean).flatMap((piece, i) => (i ? [separator, piece] : [piece]));

type Heading = (part: string, content: unknown) => TemplateResult;

/** Lit cannot bind a tag name: one template per level. */
const headings: Heading[] = [
  (part, content) => html`<h1 part=${part}>${content}</h1>`,
  (part, content) => html`<h2 part=${part}>${content}</h2>`,
  (part, content) => html`<h3 part=${part}>${content}</h3>`,
  (part, content) => html`<h4 part=${part}>${content}</h4>`,
  (part, content) => html`<h5 part=${part}>${content}</h5>`,
  (part, content) => html`<h6 part=${part}>${content}</h6>`,
];

/** `<h1>`–`<h6>`; a `level` that is not a whole number from 1 to 6 means `fallback`. */
export const heading = (level: number, fallback: number, ...args: Parameters<Heading>): TemplateResult =>
  (headings[level - 1] ?? headings[fallback - 1])(...args);

/**
 * A card's headline and its link in one template, for links in the same tab (the common case): a thousand cards then
 * keep one template instance each for it, not two.
 */
const linkedHeadings: Heading[] = [
  (href, content) => html`<h1 part="headline"><a part="link" href=${href}>${content}</a></h1>`,
  (href, content) => html`<h2 part="headline"><a part="link" href=${href}>${content}</a></h2>`,
  (href, content) => html`<h3 part="headline"><a part="link" href=${href}>${content}</a></h3>`,
  (href, content) => html`<h4 part="headline"><a part="link" href=${href}>${content}</a></h4>`,
  (href, content) => html`<h5 part="headline"><a part="link" href=${href}>${content}</a></h5>`,
  (href, content) => html`<h6 part="headline"><a part="link" href=${href}>${content}</a></h6>`,
];

/** The `part="message"` paragraph. */
const message = (text: string) => html`<p part="message">${text}</p>`;

/** Feeds whose warnings were already written to the console: each is reported once. */
const reported = new WeakSet<NormalizeResult>();

/**
 * The `.article` property (one JSON Feed item, which needs no `id`) as a feed of one article. It goes through the
 * normalizer like any feed: page data is trusted no more than a feed. With `untitled`, an item with nothing to show
 * as a headline still counts (a byline shows none).
 */
function readArticle(value: unknown, base: string, untitled?: boolean): NormalizeResult {
  if (!value || typeof value != 'object' || Array.isArray(value)) {
    throw new FeedError('invalid', 'article is not a JSON Feed item object', { path: '' });
  }
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- page data: the normalizer checks every field
  const item: Record<string, any> = { ...value };
  if (item.id == null || item.id === '') item.id = 'article';
  // A byline shows no headline: any title will do.
  if (untitled) item.title ||= 'Untitled';
  const result = normalizeFeed({ version: JSON_FEED_VERSION_1_1, items: [item] }, { url: base });
  // An item that is dropped always has a warning that says why.
  const [first] = result.warnings;
  if (!result.feed.items[0]) {
    throw new FeedError('invalid', `article not shown: ${first.message}`, { path: first.path.replace(/^items\[0\]\.?/, '') });
  }
  return result;
}

/**
 * The styles every element shares: the host box, design tokens read once into private properties, links, focus, the
 * message, clamped text and the loading skeleton.
 *
 * - Colors follow the page: text inherits the page's color (an unset `--news-color-text` leaves `color`
 *   inherited), muted text and surfaces are mixed from `currentColor`, and the accent and focus colors use
 *   `light-dark()`, which follows the page's `color-scheme`: a page that declares `color-scheme: light dark` gets
 *   dark widgets under `prefers-color-scheme: dark`, and a light page is never given light text.
 * - Public `--news-*` properties are only read, never declared, so values set by the page always win. A `var()`
 *   without a fallback leaves a property at its initial (or inherited) value when the page sets nothing.
 * - `--_n` is how many lines a block of text takes: headlines, deks and bylines are cut there with an ellipsis.
 * - A skeleton is the element's own template with {@link placeholder} text, drawn as one bar per line.
 */
const sharedStyles = css`
  :host {
    --_muted: var(--news-color-muted, color-mix(in srgb, currentColor 68%, #0000));
    --_surface: var(--news-color-surface, color-mix(in srgb, currentColor 8%, #0000));
    --_border: 1px solid var(--news-color-border, color-mix(in srgb, currentColor 18%, #0000));
    --_accent: var(--news-accent, light-dark(#b3122e, #ff7a8a));
    --_space: var(--news-space, 12px);
    --_font: var(--news-headline-font, var(--news-font));
    --_focus: 2px solid var(--news-focus-color, light-dark(#0a58ca, #8ab4ff));
    display: block;
    color: var(--news-color-text);
    font-family: var(--news-font);
    line-height: 1.4;
  }
  :host([hidden]) {
    display: none;
  }
  * {
    box-sizing: border-box;
    margin: 0;
  }
  a {
    color: inherit;
    text-decoration: none;
  }
  a:hover {
    text-decoration: underline;
  }
  :focus-visible {
    outline: var(--_focus);
    outline-offset: 2px;
  }
  [part~='message'] {
    padding: var(--_space);
    color: var(--_muted);
  }
  [part~='headline'],
  .summary,
  .text {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: var(--_n);
    overflow: hidden;
    overflow-wrap: anywhere;
  }
  :host [part~='skeleton'] * {
    color: inherit;
    -webkit-text-fill-color: #0000;
  }
  [part~='skeleton'] :is(.section, [part~='headline'], .summary, .byline, .meta, .text, .rank) {
    inline-size: fit-content;
    background: repeating-linear-gradient(#0000 0 0.2em, var(--_surface) 0 calc(1lh - 0.2em), #0000 0 1lh);
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;

/**
 * The styles of the article card, for `news-card` and `news-feed` (a function, so that the other elements' modules
 * do not carry it).
 *
 * - Layout that depends on the card's width (`horizontal` side by side, the `hero` headline size, reads the nearest `news-card` size container: the `news-card` host, or a `news-feed` item. A size
 *   container has no width of its own, so the host never collapses in a shrink-to-fit box (a flex row, a float).
 * - The media box has a fixed ratio, so nothing moves when the image arrives, fails or is missing.
 * - The names and the date of the byline each wrap as a whole: "By A and B ·" over the date.
 * - The headline link covers the whole card (`::after`), so its focus ring goes around the card.
 * - `compact`: no image, a smaller headline. `horizontal`: the image beside the text where there is room. `hero`:
 *   the lead story, a large headline.
 */
export const cardStyles = () => css`
  :host(news-card),
  .item {
    container: news-card / inline-size;
  }
  :host(news-card) {
    min-inline-size: min(100%, 16rem);
  }
  article {
    position: relative;
    display: flex;
    flex-direction: column;
    gap: var(--news-card-gap, var(--_space));
    block-size: 100%;
    padding: var(--news-card-padding);
  }
  .body {
    display: flex;
    flex-direction: column;
    gap: 0.4em;
  }
  .body > div {
    display: contents;
  }
  .media {
    position: relative;
    flex: none;
    aspect-ratio: var(--news-image-ratio, 16 / 9);
    overflow: hidden;
    border-radius: var(--news-radius, 6px);
    background: var(--_surface);
  }
  img {
    display: block;
    inline-size: 100%;
    block-size: 100%;
    object-fit: cover;
  }
  .credit {
    position: absolute;
    inset-block-end: 0;
    inset-inline-end: 0;
    padding: 0.2em 0.6em;
    background: #000a;
    color: #fff;
    font-size: 0.7em;
  }
  .section {
    color: var(--_accent);
    font-size: 0.75em;
    font-weight: 700;
    text-transform: uppercase;
  }
  [part~='headline'] {
    --_n: var(--news-card-headline-lines, 4);
    font-family: var(--_font);
    font-size: calc(var(--news-headline-size, 1.25em) * var(--_scale, 1));
    font-weight: 700;
    line-height: 1.2;
  }
  .summary {
    --_n: var(--news-card-summary-lines, 3);
    font-size: 0.94em;
  }
  .byline {
    color: var(--_muted);
    font-size: 0.8em;
  }
  .by,
  time {
    display: inline-block;
  }
  :host([variant='compact']) .media,
  img:not([src]),
  :is(.section, .summary, .credit, .by, time):empty {
    display: none;
  }
  .byline:has([datetime]) .by::after {
    content: ' ·' / '';
  }
  [part~='link']::after {
    content: '';
    position: absolute;
    inset: 0;
    z-index: 1;
    border-radius: inherit;
  }
  [part~='link']:focus-visible {
    outline: 0;
  }
  a:focus-visible::after {
    outline: var(--_focus);
  }
  :host([variant='compact']) {
    --_scale: 0.85;
  }
  @container news-card (inline-size >= 28rem) {
    :host([variant='horizontal']) article,
    .rows article {
      flex-direction: row;
      align-items: flex-start;
    }
    :host([variant='horizontal']) .media,
    .rows .media {
      flex-basis: min(40%, 18rem);
    }
    :host([variant='horizontal']) .body,
    .rows .body {
      flex: 1;
    }
  }
  :host([variant='hero']) {
    --_scale: 1.6;
  }
`;

/** The `.article` and `item-id` of `news-card` and `news-byline`, which the base class reads for them. */
type WithArticle = { article?: unknown; itemId?: string };

/**
 * The base of the four elements: where the data comes from (`.article` where there is one, `.feed`, an inline feed
 * script, `src`), the reflected `state`, the three events, and rendering helpers for dates, links, messages and
 * article cards. Each element adds what it renders while loading (`_skeleton`) and what it shows (`_content`).
 *
 * @fires news-load - The data has loaded. Detail: `{ feed, warnings }`.
 * @fires news-error - The data could not be shown. Detail: `{ code, message, src, status?, path? }`.
 * @fires news-article-click - A reader followed an article link. Detail: `{ article, position }`.
 * @csspart message - The text shown in the `empty` and `error` states.
 * @cssprop [--news-font=inherit] - Font family.
 * @cssprop [--news-headline-font=var(--news-font)] - Font family of headlines.
 * @cssprop [--news-color-text=inherit] - Text color; by default the page's.
 * @cssprop [--news-color-muted] - Secondary text (dates, bylines, credits); default: the text color at 68%.
 * @cssprop [--news-color-surface] - Placeholders and skeletons; default: the text color at 8%.
 * @cssprop [--news-color-border] - Rules and borders; default: the text color at 18%.
 * @cssprop [--news-accent=#b3122e] - Section kickers and ranks (a lighter red on dark pages).
 * @cssprop [--news-focus-color=#0a58ca] - Keyboard focus ring.
 * @cssprop [--news-radius=6px] - Corner radius of images and skeletons.
 * @cssprop [--news-space=12px] - Base spacing.
 */
export abstract class NewsElement extends UpdatingElement {
  /** The shared styles; elements add their own: `static override styles = [...NewsElement.styles, css`…`]`. */
  static override styles = [sharedStyles];
  static override properties: PropertyDeclarations = {
    feed: { attribute: false },
    src: { reflect: true },
    timeZone: { attribute: 'time-zone' },
    dateStyle: { attribute: 'date-style' },
    linkTarget: { attribute: 'link-target' },
    strings: { attribute: false },
  };

  /** A parsed JSON Feed object. Wins over an inline feed script and `src`. */
  feed?: unknown;

  /** URL of a JSON Feed, relative to the page. Elements with the same `src` share one request. */
  src?: string;

  /** IANA time zone for dates (`Europe/Copenhagen`); else the feed's `_news.time_zone`, else the reader's. */
  timeZone?: string;

  /** `relative` ("3 hours ago"), `absolute` ("Mar 24, 2025, 7:46 AM CET") or `auto` (relative within a day). */
  dateStyle: DateStyle = 'auto';

  /** Where article links open, e.g. `_blank`; default: the same tab. New tabs get `rel="noopener noreferrer"`. */
  linkTarget?: string;

  /** Replacements for any of the visible strings (see `NewsStrings`). */
  strings?: Partial<NewsStrings>;

  /** `loading`, `ready`, `empty` or `error`; also reflected as the `state` attribute. */
  get state(): NewsState {
    return this._state;
  }

  /** With `.article`: an item with nothing to show as a headline still counts. */
  protected _untitled?: boolean;
  /** Properties whose change means new data. */
  protected _sources = ['feed', 'src', 'article', 'itemId'];
  /** The loaded data. */
  protected _result?: NormalizeResult;
  /** The element's language, strings and time zone, as of the last render. */
  protected _lang!: string;
  protected _text!: NewsStrings;
  private _zone?: string;
  /** The articles that links point at, each followed by its position (from 1), in the order of their links. */
  protected _linked: (Article | number)[] = [];
  private _state: NewsState = 'loading';
  private _error?: FeedError;
  /** Aborted when the data is asked for again, or the element leaves the page. */
  protected _abort?: AbortController;
  private _needsLoad?: boolean;
  /** Set while rendering a relative date: the shared timer then keeps it current. */
  private _relative?: boolean;
  private _untick?: () => void;
  /** Image URLs that failed to load: their cards show the placeholder instead. */
  private _broken = new Set<string>();
  private _imageError = (event: Event) => {
    this._broken.add((event.target as Element).getAttribute('src')!);
    this.requestUpdate();
  };

  constructor() {
    super();
    this.addEventListener('click', (event) => {
      const link = event.composedPath().find((node) => node instanceof HTMLAnchorElement) as HTMLElement;
      const index = this._links().indexOf(link) * 2;
      if (index >= 0) this._emit('news-article-click', { article: this._linked[index], position: this._linked[index + 1] });
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Images that fail to load (`error` does not bubble: caught on its way down) show the placeholder instead.
    this.shadowRoot!.addEventListener('error', this._imageError, true);
    this._needsLoad = true;
  }

  disconnectedCallback(): void {
    this._abort?.abort();
    this._untick?.();
    this._untick = undefined;
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (this.isConnected && (this._needsLoad || (this.hasUpdated && this._sources.some((key) => changed.has(key))))) {
      this._needsLoad = false;
      void this._load();
    }
  }

  /** Finds the element's data: `.article`, else `.feed`, an inline feed script or `src`. */
  protected async _data(signal: AbortSignal): Promise<NormalizeResult | undefined> {
    const { article } = this as WithArticle;
    return article != null
      ? readArticle(article, this.baseURI, this._untitled)
      : resolveFeed({ host: this, feed: this.feed, src: this.src, signal });
  }

  /** The item to show: the one `item-id` names (unless `.article` gives it), else the first. */
  protected _item(feed: Feed): Article | undefined {
    const { article, itemId } = this as WithArticle;
    const id = article == null && itemId;
    return id ? feed.items.find((item) => item.id === id) : feed.items[0];
  }

  /** Whether the loaded feed has something to show; `false` means the `empty` state. */
  protected _has(feed: Feed): boolean {
    return !!this._content(feed);
  }

  private async _load(): Promise<void> {
    this._abort?.abort();
    const { signal } = (this._abort = new AbortController());
    this._setState('loading');
    try {
      const result = await this._data(signal);
      if (signal.aborted) return;
      this._result = result;
      if (!result) return this._setState('empty');
      const { feed, warnings } = result;
      if (warnings.length && !reported.has(result)) {
        reported.add(result);
        this._warn(`dropped from ${feed.feedUrl ?? 'the feed'}:\n${warnings.map((warning) => warning.message).join('\n')}`);
      }
      if (feed.items.length && !this._item(feed)) {
        const id = (this as WithArticle).itemId;
        throw new FeedError('not-found', `item-id "${id}" is not in ${feed.feedUrl ?? 'the feed'}`, { src: feed.feedUrl });
      }
      this._setState(this._has(feed) ? 'ready' : 'empty');
      this._emit('news-load', { feed, warnings });
    } catch (error) {
      if (!signal.aborted) this._fail(asFeedError(error));
    }
  }

  /** Reports `error` with `news-error` and in the console; unless `keep`, the element moves to `error`. */
  protected _fail(error: FeedError, keep?: boolean): void {
    const { code, message, src, status, path } = error;
    this._warn(message);
    if (!keep) {
      this._error = error;
      this._result = undefined;
      this._setState('error');
    }
    const detail: NewsErrorDetail = { code, message, src };
    if (status) detail.status = status;
    if (path != null) detail.path = path;
    this._emit('news-error', detail);
  }

  /** Writes a problem to the console, naming the element. */
  protected _warn(message: string): void {
    console.warn(`news-widgets: <${this.localName}> ${message}`);
  }

  private _setState(state: NewsState): void {
    this._state = state;
    this.setAttribute('state', state);
    this.requestUpdate();
  }

  /** Dispatches a bubbling, composed event: cards live inside other shadow roots. */
  private _emit(type: string, detail: unknown): void {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  protected override updated(): void {
    if (this._relative && this.isConnected) this._untick ??= subscribeTick(() => this.requestUpdate());
    else {
      this._untick?.();
      this._untick = undefined;
    }
  }

  /**
   * The element's state as a template. Loading again, what is shown stays until the new data arrives. A render that
   * fails (a bug of ours, or page data that breaks it) is caught here, inside `render()`: an exception that escaped
   * would leave Lit's update cycle unfinished. The element then moves to `error`, with the built-in strings (the
   * page's may be the cause).
   */
  override render(): unknown {
    this._relative = false;
    this._linked = [];
    try {
      this._lang = resolveLang(this);
      this._text = resolveStrings(this._lang, this.strings);
      this._zone = pickTimeZone(this.timeZone, this._result?.feed.timeZone);
      const state = this._state;
      const shown = (state == 'ready' || state == 'loading') && this._result && this._content(this._result.feed);
      if (shown || state != 'loading') return shown || this._message();
      return [html`<span class="visually-hidden">${this._text.loading}</span>`, this._skeleton()];
    } catch (error) {
      console.error(error);
      if (this._state != 'error') this._fail(new FeedError('invalid', `render failed: ${error}`));
      return message(errorMessage((this._text = resolveStrings(this._lang)), 'invalid'));
    }
  }

  /** The `date-style` dates are shown in. */
  protected get _style(): DateStyle {
    return this.dateStyle;
  }

  /** What the element shows while loading: a skeleton that holds the content's space. */
  protected abstract _skeleton(): unknown;

  /** What the element shows of `feed`; nothing (a falsy value) when it has nothing to show. */
  protected abstract _content(feed: Feed): unknown;

  /** The `empty` or `error` message. */
  protected _message(): unknown {
    return message(this._state == 'error' ? errorMessage(this._text, this._error!.code) : this._text.empty);
  }

  /**
   * `date` in the element's `date-style`, for a `<time>`: its text (`short` may give a shorter one for an absolute
   * date), `datetime` and `title`; undefined without a date.
   */
  protected _formatDate(date?: Date, short?: (date: Date, options: DateOptions) => string): FormattedDate | undefined {
    const options = { style: this._style, locale: this._lang, timeZone: this._zone };
    const formatted = date && formatForStyle(date, options);
    if (!formatted?.text) return;
    if (formatted.relative) this._relative = true;
    return { ...formatted, text: (!formatted.relative && short?.(date!, options)) || formatted.text };
  }

  /** `<time>` for `date` (see {@link _formatDate}); `''` without a date. */
  protected _time(date?: Date, part?: string, short?: (date: Date, options: DateOptions) => string): unknown {
    const formatted = this._formatDate(date, short);
    return formatted
      ? html`<time part=${ifDefined(part || undefined)} datetime=${formatted.datetime} title=${formatted.absolute}
          >${formatted.text}</time
        >`
      : '';
  }

  /** A link in the `link-target`. New tabs get `rel="noopener noreferrer"` and say so. */
  protected _a(part: string, href: string, content: unknown): TemplateResult {
    const target = this.linkTarget || undefined;
    const newTab = !!target && !/^_(self|parent|top)$/i.test(target);
    return html`<a part=${part} href=${href} target=${ifDefined(target)} rel=${ifDefined(newTab ? 'noopener noreferrer' : undefined)}
      >${content}${newTab ? html`<span class="visually-hidden"> ${this._text.newTab}</span>` : ''}</a
    >`;
  }

  /** An article's link, or its content alone without a URL. `position` (from 1) goes with `news-article-click`. */
  protected _link(article: Article, position: number, content: unknown): unknown {
    return article.url ? this._a('link', this._track(article, position), content) : content;
  }

  /** Records that the next article link points at `article` (see {@link _linked}); its URL. */
  private _track(article: Article, position: number): string {
    this._linked.push(article, position);
    return article.url!;
  }

  /** The article links (`part="link"`) in the shadow root: the order of {@link _linked}. */
  protected _links(): HTMLElement[] {
    return [...this.shadowRoot!.querySelectorAll<HTMLElement>('a[part~=link]')];
  }

  /**
   * One article as a card (`news-card`, and each story of `news-feed`): the media box (image and credit, or the
   * placeholder when the image is missing or broken), the section kicker, the headline link, the dek and the
   * byline ("By A and B · 3 hours ago"). Every card has the same elements, and the styles hide the empty ones: a
   * thousand cards keep a few template instances each, not one per piece. A hero leading the page loads its image
   * first.
   */
  protected _card(article: Article, position: number, level: number, variant?: string): TemplateResult {
    const { image, language } = article;
    const shown = variant != 'compact' && image && !this._broken.has(image.src) ? image : undefined;
    const eager = variant == 'hero';
    const by = formatAuthors(article.authors.map((author) => author.name!), this._lang, this._text);
    const date = this._formatDate(article.published ?? article.modified);
    return html`<article part="card">
      <figure part=${shown ? 'media' : 'media image-placeholder'} class="media">
        <img
          part="image"
          decoding="async"
          loading=${eager ? 'eager' : 'lazy'}
          alt=${shown ? shown.alt : ''}
          src=${ifDefined(shown?.src)}
        /><figcaption part="credit" class="credit">${shown?.credit && fill(this._text.imageCredit, { credit: shown.credit }, this._lang)}</figcaption>
      </figure>
      <div class="body">
        <div lang=${ifDefined(language)}>
          <p part="section" class="section">${article.section}</p>
          ${article.url && !this.linkTarget
            ? (linkedHeadings[level - 1] ?? linkedHeadings[2])(this._track(article, position), article.headline)
            : heading(level, 3, 'headline', this._link(article, position, article.headline))}
          <p part="summary" class="summary">${article.summary}</p>
        </div>
        <p part="byline" class="byline"
          ><span class="by">${by}</span>
          <time part="date" datetime=${ifDefined(date?.datetime)} title=${ifDefined(date?.absolute)}>${date?.text}</time></p
        >
      </div>
    </article>`;
  }

  /** A skeleton: `content` (made with {@link placeholder}), hidden from assistive technology. */
  protected _skeletonOf(content: unknown): TemplateResult {
    return html`<div part="skeleton" aria-hidden="true">${content}</div>`;
  }
}

/** Defines `tag` unless it is already defined (the drop-in script may load twice, or beside the npm build). */
export function define(tag: string, element: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, element);
}
