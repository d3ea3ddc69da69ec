import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { isAbortError, loadFeed } from '../feed/loader.js';
import { FeedError, type Article, type NormalizeResult } from '../feed/types.js';
import { errorMessage, fill } from '../format/strings.js';
import type { NewsErrorDetail } from '../events.js';
import {
  cardHost,
  cardVariant,
  headingLevel,
  renderCard,
  renderCardSkeleton,
  watchBrokenImages,
  type CardOptions,
} from './card.js';
import { cardStyles } from './card.styles.js';
import { NewsElement, define } from './news-element.js';
import { newsFeedStyles } from './news-feed.styles.js';

/** Cards shown at first, and added by each "Show more", when `limit` is not a whole number from 1. */
const DEFAULT_LIMIT = 10;
/** Placeholders shown while loading, at most. */
const SKELETON_CARDS = 6;
/** From this many cards on, cards off screen skip rendering (`content-visibility: auto`). */
const LONG_LIST = 12;
/** Pages one "Show more" follows at most when the pages it loads add nothing to show (all filtered or repeated). */
const PAGES_PER_CLICK = 5;

/**
 * A grid or list of article cards for many stories, with a "Show more" button that reveals the next `limit` stories
 * and, once the loaded ones run out, loads the feed's next page (`next_url`).
 *
 * After "Show more", keyboard focus moves to the first new story's link and screen readers hear "10 more stories
 * loaded". A next page that fails to load keeps what is shown and says so next to the button, which then tries
 * again.
 *
 * @tagname news-feed
 * @summary A grid or list of article cards with "Show more" paging through the feed.
 *
 * @fires news-load - The first page has loaded. Detail: `{ feed, warnings }`.
 * @fires news-error - The feed, or a next page, could not be loaded. Detail: `{ code, message, src, status?, path? }`.
 * @fires news-article-click - A reader followed a story link. Detail: `{ article, position }`, `position` counting
 *   from 1 over the whole list.
 *
 * @csspart list - The `<ul>` of stories.
 * @csspart item - One `<li>`.
 * @csspart more - The "Show more" button.
 * @csspart status - Below the button: the error of a next page; also the (hidden) announcement of new stories.
 * @csspart card - The `<article>` of a story.
 * @csspart media - The image box (a `<figure>`), or the placeholder box.
 * @csspart image - The `<img>`.
 * @csspart image-placeholder - The box shown instead of a missing or broken image (also `media`).
 * @csspart credit - The image credit over the image.
 * @csspart section - The section kicker above a headline.
 * @csspart headline - The `<h1>`–`<h6>` of a headline.
 * @csspart link - A headline link; it covers its card.
 * @csspart summary - A dek.
 * @csspart byline - Authors and date of a story.
 * @csspart date - The `<time>` in a byline.
 * @csspart message - The text shown in the `empty` and `error` states.
 * @csspart skeleton - Each card-shaped placeholder shown while loading.
 *
 * @cssprop [--news-feed-min-column=16rem] - Narrowest column of the grid; the grid fits as many as it can.
 * @cssprop [--news-feed-gap=calc(var(--news-space, 12px) * 2)] - Space between cards.
 * @cssprop [--news-feed-row-gap=var(--news-feed-gap)] - Space between rows of the grid.
 * @cssprop [--news-feed-column-gap=var(--news-feed-gap)] - Space between columns of the grid.
 * @cssprop [--news-feed-item-size=22rem] - Height a long list assumes for a card not rendered yet (list: 10rem).
 * @cssprop [--news-card-background=transparent] - Background of each card.
 * @cssprop [--news-card-padding=0] - Padding inside each card.
 * @cssprop [--news-card-gap=var(--news-space, 12px)] - Space between a card's image and its text.
 * @cssprop [--news-card-radius=0] - Corner radius of each card.
 * @cssprop [--news-card-media-size=min(40%, 18rem)] - Width of the image of `horizontal` cards.
 * @cssprop [--news-image-ratio=16 / 9] - Aspect ratio of image boxes.
 * @cssprop [--news-headline-size=1.25em] - Headline font size.
 * @cssprop [--news-headline-weight=700] - Headline font weight.
 * @cssprop [--news-card-headline-lines=4] - Headline lines shown before they are cut with an ellipsis.
 * @cssprop [--news-card-summary-lines=3] - Dek lines shown before they are cut with an ellipsis.
 * @cssprop [--news-card-summary-color] - Dek color; default: the text color at 84%.
 */
export class NewsFeed extends NewsElement {
  static override styles = [NewsElement.styles, cardStyles, newsFeedStyles];
  static override properties = {
    limit: { type: Number },
    section: {},
    layout: {},
    headingLevel: { attribute: 'heading-level', type: Number },
    variant: {},
    noImage: { attribute: 'no-image', type: Boolean },
    // Internal state. (`attribute: false` is implied by `state`; the Custom Elements Manifest analyzer needs it said.)
    _items: { state: true, attribute: false },
    _shown: { state: true, attribute: false },
    _next: { state: true, attribute: false },
    _paging: { state: true, attribute: false },
    _pageError: { state: true, attribute: false },
    _announcement: { state: true, attribute: false },
    _announcements: { state: true, attribute: false },
  };

  /** Stories shown at first, and added by each "Show more"; default 10. */
  limit = 10;

  /** Shows only stories whose section or one of whose tags is this (case-insensitive). */
  section?: string;

  /** `grid` (responsive columns) or `list` (one column of horizontal cards). */
  layout: 'grid' | 'list' = 'grid';

  /** Level of the cards' headline headings, 1–6; default 3. */
  headingLevel = 3;

  /** Variant of every card: `standard`, `compact`, `horizontal` or `hero`; default `standard` in a grid, `horizontal` in a list. */
  variant?: 'standard' | 'compact' | 'horizontal' | 'hero';

  /** Hides the cards' images and their placeholders. */
  noImage = false;

  /** The stories loaded so far that pass the section filter, without repeats. */
  private _items: Article[] = [];
  /** How many of `_items` are shown: never more than there are. */
  private _shown = 0;
  /** The next page to load, when there is one. */
  private _next?: string;
  private _paging: 'idle' | 'loading' = 'idle';
  private _pageError?: FeedError;
  /** What the status region last announced, and a counter that makes a repeated announcement heard again. */
  private _announcement = '';
  private _announcements = 0;

  /** Ids of every story loaded so far, shown or not. */
  private _ids = new Set<string>();
  /** Pages loaded so far, so that a feed whose pages point back in a circle ends. */
  private _pages = new Set<string>();
  private _pageAbort?: AbortController;
  /** After "Show more": the index of the first new story, which gets the focus once rendered. */
  private _focusFrom = -1;
  private readonly _brokenImages = new Set<string>();

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    watchBrokenImages(root, this._brokenImages, () => this.requestUpdate());
    return root;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._pageAbort?.abort();
    this._pageAbort = undefined;
    this._paging = 'idle';
  }

  protected override isSourceChange(changed: PropertyValues): boolean {
    // A new filter may turn `ready` into `empty` and back: the data is read again (from the loader's cache).
    return super.isSourceChange(changed) || changed.has('section');
  }

  protected override hasContent(result: NormalizeResult): boolean {
    const matches = sectionFilter(this.section);
    return result.feed.items.some(matches);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('result') || changed.has('section') || changed.has('limit')) this._reset();
  }

  protected override updated(): void {
    super.updated();
    if (this._focusFrom >= 0) {
      const from = this._focusFrom;
      this._focusFrom = -1;
      this._focusStory(from);
    }
  }

  /** Back to the first page: what `result` holds, `limit` stories shown. */
  private _reset(): void {
    this._pageAbort?.abort();
    this._pageAbort = undefined;
    this._paging = 'idle';
    this._pageError = undefined;
    this._announcement = '';
    this._ids = new Set();
    this._pages = new Set();
    this._focusFrom = -1;
    const feed = this.result?.feed;
    this._items = feed ? this._add([], feed.items) : [];
    if (feed?.feedUrl) this._pages.add(feed.feedUrl);
    this._next = feed?.nextUrl;
    this._shown = Math.min(this._limit(), this._items.length);
  }

  /** `items` plus the stories of `incoming` not seen before that pass the filter. */
  private _add(items: Article[], incoming: Article[]): Article[] {
    const matches = sectionFilter(this.section);
    const added = items.slice();
    for (const article of incoming) {
      if (this._ids.has(article.id)) continue;
      this._ids.add(article.id);
      if (matches(article)) added.push(article);
    }
    return added;
  }

  private _limit(): number {
    const limit = Math.floor(Number(this.limit));
    return limit >= 1 ? limit : DEFAULT_LIMIT;
  }

  private _onMore = (): void => {
    if (this._paging === 'loading') return;
    if (this._shown < this._items.length) this._reveal();
    else if (this._next) void this._loadNext();
  };

  /** Shows the next `limit` loaded stories, announces them and moves the focus to the first. */
  private _reveal(): void {
    const from = this._shown;
    const count = Math.min(this._limit(), this._items.length - from);
    if (count <= 0) {
      // Nothing new after all: the button goes away, so keep the focus in the list.
      this._focusFrom = from - 1;
      return;
    }
    this._shown = from + count;
    this._announcement = fill(this.text.newItems, { count }, this.locale);
    this._announcements++;
    this._focusFrom = from;
  }

  /** Loads next pages until one adds a story to show (at most {@link PAGES_PER_CLICK}), then reveals. */
  private async _loadNext(): Promise<void> {
    const controller = new AbortController();
    this._pageAbort = controller;
    this._paging = 'loading';
    this._pageError = undefined;
    try {
      for (let page = 0; this._next && page < PAGES_PER_CLICK && this._items.length <= this._shown; page++) {
        const url = this._next;
        const { feed } = await loadFeed(url, { signal: controller.signal });
        if (controller.signal.aborted) return;
        this._pages.add(url);
        if (feed.feedUrl) this._pages.add(feed.feedUrl);
        this._items = this._add(this._items, feed.items);
        this._next = feed.nextUrl && !this._pages.has(feed.nextUrl) ? feed.nextUrl : undefined;
      }
    } catch (error) {
      if (controller.signal.aborted || isAbortError(error)) return;
      this._pageFailed(error instanceof FeedError ? error : new FeedError('invalid', String(error), { src: this._next }));
      return;
    } finally {
      if (this._pageAbort === controller) {
        this._pageAbort = undefined;
        this._paging = 'idle';
      }
    }
    this._reveal();
  }

  /** A next page failed: what is shown stays, the error shows by the button (which retries), `news-error` fires. */
  private _pageFailed(error: FeedError): void {
    this._pageError = error;
    const detail: NewsErrorDetail = { code: error.code, message: error.message, src: error.src };
    if (error.status !== undefined) detail.status = error.status;
    if (error.path !== undefined) detail.path = error.path;
    console.warn(`news-widgets: <${this.localName}> ${error.message}`);
    this.emit<NewsErrorDetail>('news-error', detail);
  }

  /** Focuses the link of story `index` (or of the first story after it that has a link). */
  private _focusStory(index: number): void {
    const items = this.renderRoot.querySelectorAll<HTMLElement>('[part~="item"]');
    for (let i = Math.max(0, index); i < items.length; i++) {
      const link = items[i].querySelector<HTMLElement>('a[part~="link"]');
      if (link) {
        link.focus();
        return;
      }
    }
  }

  private _options(): CardOptions {
    return {
      variant: cardVariant(this.variant, this.layout === 'list' ? 'horizontal' : 'standard'),
      headingLevel: headingLevel(this.headingLevel),
      image: !this.noImage,
    };
  }

  private _listClass(count: number): string {
    return `list ${this.layout === 'list' ? 'rows' : 'grid'}${count > LONG_LIST ? ' long' : ''}`;
  }

  protected override renderSkeleton(): TemplateResult {
    // Loading again (a new src, .feed or section): the stories shown stay until the new ones arrive, so nothing
    // jumps; a .feed swap arrives within the same task and is never painted as loading.
    if (this._items.length > 0) return this.renderContent();
    const options = this._options();
    const cards: TemplateResult[] = [];
    for (let i = Math.min(this._limit(), SKELETON_CARDS); i > 0; i--) {
      cards.push(html`<li part="item" class="item">${renderCardSkeleton(options)}</li>`);
    }
    // The footer's room too: a feed has more stories than its first page shows more often than not, and then the
    // "Show more" button would push the page down when it arrives.
    return html`<span class="visually-hidden">${this.text.loading}</span>
      <ul part="list" class=${this._listClass(0)} role="list" aria-hidden="true">
        ${cards}
      </ul>
      <div class="footer" aria-hidden="true"><span class="more skeleton"></span><div class="status"></div></div>`;
  }

  private _renderFooter(): TemplateResult {
    const text = this.text;
    const loading = this._paging === 'loading';
    const more = this._shown < this._items.length || this._next !== undefined;
    const error = this._pageError;
    return html`<div class="footer">
      ${more
        ? html`<button part="more" class="more" type="button" aria-disabled=${loading ? 'true' : 'false'} @click=${this._onMore}>
            ${loading ? text.loading : text.showMore}
          </button>`
        : nothing}
      <div part="status" class="status ${error ? 'error' : ''}" role="status" aria-live="polite">
        ${error
          ? errorMessage(text, error.code)
          : announce[this._announcements % 2](this._announcement)}
      </div>
    </div>`;
  }

  protected override renderContent(): TemplateResult {
    const items = this._items;
    const shown = Math.min(this._shown, items.length);
    const host = cardHost({
      strings: this.text,
      locale: this.locale,
      linkTarget: this.linkTarget,
      dateStyle: this.dateStyle,
      timeZone: this.zone,
      brokenImages: this._brokenImages,
      onRelative: () => {
        this.usesRelativeTime = true;
      },
    });
    const options = this._options();
    const cards: unknown[] = new Array(shown);
    options.item = true;
    for (let i = 0; i < shown; i++) cards[i] = renderCard(host, items[i], i + 1, options);
    // Positions count from 1 over the whole list, for news-article-click.
    this.linkedArticles = shown === items.length ? items : items.slice(0, shown);
    return html`<ul part="list" class=${this._listClass(shown)} role="list" aria-busy=${this.state === 'loading' ? 'true' : 'false'}>
        ${cards}
      </ul>
      ${this._renderFooter()}`;
  }
}

/**
 * The status region's announcement, by turns from two templates: a new template replaces the element, so that a
 * repeated announcement ("4 more stories loaded" again) is a new element, which screen readers read out again.
 */
const announce = [
  (text: string) => html`<span class="visually-hidden">${text}</span>`,
  (text: string) => html`<span class="visually-hidden">${text}</span>`,
];

/** A test of whether an article is in `section` (its section or one of its tags, ignoring case); all pass without one. */
function sectionFilter(section: string | undefined): (article: Article) => boolean {
  const wanted = section?.trim().toLowerCase();
  if (!wanted) return () => true;
  return (article) =>
    article.section?.toLowerCase() === wanted || article.tags.some((tag) => tag.toLowerCase() === wanted);
}

define('news-feed', NewsFeed);

declare global {
  interface HTMLElementTagNameMap {
    'news-feed': NewsFeed;
  }
}
