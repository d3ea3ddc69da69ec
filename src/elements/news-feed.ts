import { html } from 'lit/html.js';
import { loadFeed } from '../feed/loader.js';
import { FeedError, type Article, type Feed, type NormalizeResult } from '../feed/types.js';
import { errorMessage, fill } from '../format/strings.js';
import { NewsElement, asFeedError, cardStyles, define, placeholder, whole } from './news-element.js';
import { css, type PropertyDeclarations, type PropertyValues } from './updating-element.js';

/**
 * The status region's announcement, by turns from two templates: a new template replaces the element, so that a
 * repeated announcement ("4 more stories loaded" again) is a new element, which screen readers read out again.
 */
const announce = [
  (text: string) => html`<span class="visually-hidden">${text}</span>`,
  (text: string) => html`<span class="visually-hidden">${text}</span>`,
];

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
 * @cssprop [--news-feed-item-size=22rem] - Height a long list assumes for a card not rendered yet.
 * @cssprop [--news-card-padding=0] - Padding inside each card.
 * @cssprop [--news-card-gap=var(--news-space, 12px)] - Space between a card's image and its text.
 * @cssprop [--news-image-ratio=16 / 9] - Aspect ratio of image boxes.
 * @cssprop [--news-headline-size=1.25em] - Headline font size.
 * @cssprop [--news-card-headline-lines=4] - Headline lines shown before they are cut with an ellipsis.
 * @cssprop [--news-card-summary-lines=3] - Dek lines shown before they are cut with an ellipsis.
 *
 * Other looks (the cards' background, corners, the deks' color…) are set on the parts: `news-feed::part(card)`.
 */
export class NewsFeed extends NewsElement {
  /**
   * - `list` layout (`.rows`): one column of cards with rules between them.
   * - Long lists (`.long`): cards off screen skip layout and paint (`content-visibility: auto`), holding their last
   *   or an estimated height; `overflow-clip-margin` leaves room for the focus ring that paint containment would cut.
   * - While loading, a placeholder pill holds the room of the "Show more" button (`span.more`).
   */
  static override styles = [
    ...NewsElement.styles,
    cardStyles(),
    css`
    :host {
      --_gap: var(--news-feed-gap, calc(var(--_space) * 2));
    }
    ul {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--news-feed-min-column, 16rem)), 1fr));
      gap: var(--_gap);
      padding: 0;
      list-style: none;
    }
    .rows {
      grid-template-columns: auto;
      row-gap: calc(var(--_gap) / 2);
    }
    .rows .item + .item {
      padding-block-start: calc(var(--_gap) / 2);
      border-block-start: var(--_border);
    }
    .long .item {
      content-visibility: auto;
      contain-intrinsic-size: auto var(--news-feed-item-size, 22rem);
      overflow-clip-margin: 6px;
    }
    .footer {
      display: grid;
      justify-items: center;
      gap: 0.5em;
    }
    .more {
      margin-block-start: var(--_gap);
      min-block-size: 2.75em;
      padding: 0 1.75em;
      border: var(--_border);
      border-radius: 2em;
      background: none;
      color: inherit;
      font: inherit;
      font-weight: 600;
      cursor: pointer;
    }
    .more:hover,
    span.more {
      background: var(--_surface);
    }
    span.more {
      inline-size: 9em;
    }
    .status {
      color: var(--_muted);
      font-size: 0.9em;
    }
    `,
  ];
  static override properties: PropertyDeclarations = {
    limit: { type: Number },
    section: {},
    layout: {},
    headingLevel: { attribute: 'heading-level', type: Number },
  };

  /** Stories shown at first, and added by each "Show more"; default 10. */
  limit = 10;

  /** Shows only stories whose section or one of whose tags is this (case-insensitive). */
  section?: string;

  /** `grid` (responsive columns of standard cards) or `list` (one column of cards with the image beside the text). */
  layout: 'grid' | 'list' = 'grid';

  /** Level of the cards' headline headings, 1–6; default 3. */
  headingLevel = 3;

  // A new filter may turn `ready` into `empty` and back: the data is read again (from the loader's cache).
  protected override _sources = ['feed', 'src', 'section'];
  /** The data `_items` was made from (none yet: `null`). */
  private _for?: NormalizeResult | null = null;
  /** The stories loaded so far that pass the section filter, without repeats. */
  private _items!: Article[];
  /** How many of `_items` are shown. */
  private _shown!: number;
  /** The next page to load, when there is one. */
  private _next?: string;
  /** Ids of every story loaded so far, and the pages loaded (a feed whose pages point back in a circle ends). */
  private _ids!: Set<string>;
  private _pages!: Set<string | undefined>;
  /** While "Show more" loads a next page. */
  private _paging?: boolean;
  private _pageError?: FeedError;
  /** What the status region last announced, and a count that makes a repeated announcement heard again. */
  private _said!: string;
  private _says = 0;
  /** After "Show more": the position (from 1) of the story whose link gets the focus once rendered. */
  private _focus?: number;

  /** Whether an article is in `section` (its section or one of its tags, ignoring case); all are without one. */
  private _in(article: Article): boolean {
    const wanted = this.section?.trim().toLowerCase();
    return !wanted || [article.section, ...article.tags].some((name) => name?.toLowerCase() == wanted);
  }

  protected override _has(feed: Feed): boolean {
    return feed.items.some((article) => this._in(article));
  }

  /** `limit` as a whole number from 1; default 10. */
  private _limit(): number {
    return whole(this.limit, 10);
  }

  /** Adds the stories of `articles` not seen before that pass the filter. */
  private _add(articles: Article[]): void {
    for (const article of articles) {
      if (this._ids.has(article.id)) continue;
      this._ids.add(article.id);
      if (this._in(article)) this._items.push(article);
    }
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // Back to the first page: what the data holds, `limit` stories shown.
    if (this._for !== this._result || changed.has('section') || changed.has('limit')) {
      const feed = (this._for = this._result)?.feed;
      this._pageError = this._focus = undefined;
      this._said = '';
      this._ids = new Set();
      this._pages = new Set([feed?.feedUrl]);
      this._items = [];
      this._add(feed?.items ?? []);
      this._next = feed?.nextUrl;
      this._shown = Math.min(this._limit(), this._items.length);
    }
  }

  protected override updated(): void {
    super.updated();
    // The link of that story, or of the first one after it that has a link.
    const focus = this._focus;
    if (focus) {
      this._links()[this._linked.findIndex((position, i) => i % 2 && (position as number) >= focus) >> 1]?.focus();
      this._focus = undefined;
    }
  }

  /** "Show more": the next `limit` stories, after loading next pages (five at most) until some pass the filter. */
  private _more = async (): Promise<void> => {
    if (this._paging) return;
    // Aborted when the element loads its data again or leaves the page.
    const { signal } = this._abort!;
    this._paging = true;
    this._pageError = undefined;
    this.requestUpdate();
    try {
      for (let page = 0; this._next && page < 5 && this._items.length <= this._shown; page++) {
        const url = this._next;
        const { feed } = await loadFeed(url, { signal });
        signal.throwIfAborted();
        this._pages.add(url).add(feed.feedUrl);
        this._add(feed.items);
        this._next = this._pages.has(feed.nextUrl) ? undefined : feed.nextUrl;
      }
      const from = this._shown;
      const count = Math.min(this._limit(), this._items.length - from);
      // Nothing new: the button goes away, and the focus stays in the list.
      this._focus = count > 0 ? from + 1 : from;
      if (count > 0) {
        this._shown += count;
        this._said = fill(this._text.newItems, { count }, this._lang);
        this._says++;
      }
    } catch (error) {
      if (!signal.aborted) {
        this._fail((this._pageError = asFeedError(error)), true);
      }
    }
    this._paging = false;
    this.requestUpdate();
  };

  private _list(count: number): string {
    return `${this.layout == 'list' ? 'rows' : ''} ${count > 12 ? 'long' : ''}`;
  }

  protected override _skeleton(): unknown {
    // The footer holds its room too: the "Show more" button would push the page down when it arrives.
    const card = html`<li class="item">${this._skeletonOf(this._card(placeholder, 1, this.headingLevel))}</li>`;
    return html`<ul part="list" class=${this._list(0)} role="list" aria-hidden="true">
        ${Array(Math.min(this._limit(), 6)).fill(card)}
      </ul>
      <div class="footer" aria-hidden="true"><span class="more"></span></div>`;
  }

  protected override _content(): unknown {
    const { _items: items, _shown: shown, _text: text, _paging: paging, _pageError: error } = this;
    const cards = items
      .slice(0, shown)
      .map((article, i) => html`<li part="item" class="item">${this._card(article, i + 1, this.headingLevel)}</li>`);
    return shown && html`<ul part="list" class=${this._list(shown)} role="list" aria-busy=${this.state == 'loading'}>
        ${cards}
      </ul>
      <div class="footer">
        ${shown < items.length || this._next
          ? html`<button part="more" class="more" type="button" aria-disabled=${!!paging} @click=${this._more}>
              ${paging ? text.loading : text.showMore}
            </button>`
          : ''}
        <div part="status" class="status" role="status" aria-live="polite">
          ${error ? errorMessage(text, error.code) : announce[this._says % 2](this._said)}
        </div>
      </div>`;
  }
}

define('news-feed', NewsFeed);

declare global {
  interface HTMLElementTagNameMap {
    'news-feed': NewsFeed;
  }
}
