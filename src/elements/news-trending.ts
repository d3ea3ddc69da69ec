import { html, type TemplateResult } from 'lit/html.js';
import type { Article, Feed } from '../feed/types.js';
import { formatShortDate } from '../format/date.js';
import { NewsElement, define, heading, joined, placeholder, whole } from './news-element.js';
import { css, type PropertyDeclarations } from './updating-element.js';

/**
 * A numbered list of the top stories: stories with `_news.rank` first (1 is the top), then the rest in feed order.
 * Each entry shows its number, the headline as a link, the section and the time ("3 hours ago").
 *
 * Screen readers hear the order from the `<ol>` itself; the big numerals are decorative (`aria-hidden`), so the
 * position is not announced twice.
 *
 * @tagname news-trending
 * @summary A numbered "Trending Now" list of the top stories.
 *
 * @slot heading - Replaces the heading's text (e.g. a link to a "most read" page). Put inline content here: it is
 *   placed inside the heading element, whose level `heading-level` sets.
 *
 * @csspart heading - The heading (`h2` by default).
 * @csspart list - The `<ol>`.
 * @csspart item - One entry (`<li>`).
 * @csspart rank - The entry's number.
 * @csspart link - The headline's link.
 * @csspart headline - The headline text.
 * @csspart section - The story's section, before the time.
 * @csspart separator - The " · " between section and time (hidden from screen readers).
 * @csspart date - The time (`<time>`).
 * @csspart message - The text shown in the `empty` and `error` states.
 * @csspart skeleton - The placeholder rows shown while loading.
 *
 * @cssprop [--news-trending-headline-lines=2] - Lines every headline takes; a longer one ends in an ellipsis.
 *
 * Other looks (the numbers' color and size, the heading's rule…) are set on the parts: `news-trending::part(rank)`.
 *
 * @fires news-load - The feed has loaded. Detail: `{ feed, warnings }`.
 * @fires news-error - The feed could not be shown. Detail: `{ code, message, src, status?, path? }`.
 * @fires news-article-click - A reader followed a headline. Detail: `{ article, position }` (position from 1).
 */
export class NewsTrending extends NewsElement {
  /**
   * Every entry has the same height, whatever its text: the headline always takes `--news-trending-headline-lines`
   * lines (2; a longer one ends in an ellipsis) and the section and time one line. Skeleton rows are entries with
   * placeholder text, so the list keeps its height when the stories arrive: nothing below it moves.
   */
  static override styles = [
    ...NewsElement.styles,
    css`
    [part~='heading'] {
      margin-block-end: 0.75em;
      padding-block-start: 0.5em;
      border-block-start: 3px solid var(--_accent);
      font-family: var(--_font);
      font-size: 0.875em;
      font-weight: 800;
      text-transform: uppercase;
    }
    ol {
      padding: 0;
      list-style: none;
    }
    .item {
      display: flex;
      gap: 0.75em;
    }
    .item + .item {
      margin-block-start: var(--_space);
      padding-block-start: var(--_space);
      border-block-start: var(--_border);
    }
    .rank {
      flex: none;
      min-inline-size: 1.1em;
      block-size: 1em;
      font-family: var(--_font);
      font-size: 2em;
      font-weight: 800;
      line-height: 1;
      color: var(--_accent);
      text-align: center;
    }
    [part~='link'] {
      display: block;
      inline-size: fit-content;
    }
    .headline {
      --_n: var(--news-trending-headline-lines, 2);
      min-block-size: calc(var(--_n) * 1lh);
      font-family: var(--_font);
      font-weight: 700;
      line-height: 1.3;
    }
    .meta {
      display: block;
      min-block-size: 1lh;
      margin-block-start: 0.25em;
      font-size: 0.8em;
      color: var(--_muted);
      white-space: nowrap;
      overflow: hidden;
      text-overflow: ellipsis;
    }
    [part~='section'] {
      font-weight: 600;
      color: var(--_accent);
    }
    `,
  ];
  static override properties: PropertyDeclarations = {
    limit: { type: Number },
    heading: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  /** How many stories to show (whole number from 1); anything else means 5. */
  limit = 5;

  /** The heading's text; default "Trending Now" in the element's language (`strings.trendingHeading`). */
  heading?: string;

  /** The heading's level, 1 to 6. */
  headingLevel = 2;

  /** `limit` as a whole number from 1. */
  private get _count(): number {
    return whole(this.limit, 5);
  }

  private _heading(): unknown {
    const text = html`<slot name="heading">${this.heading?.trim() || this._text.trendingHeading}</slot>`;
    return heading(this.headingLevel, 2, 'heading', text);
  }

  protected override _skeleton(): unknown {
    return [this._heading(), this._skeletonOf(this._list(Array(Math.min(this._count, 50)).fill(placeholder)))];
  }

  protected override _message(): unknown {
    return [this._heading(), super._message()];
  }

  protected override _content(feed: Feed): unknown {
    // Ranked stories first (`_news.rank` ascending; the sort is stable, so ties keep feed order), then the rest.
    const ranked = feed.items.filter((item) => item.rank).sort((a, b) => a.rank! - b.rank!);
    const stories = ranked.concat(feed.items.filter((item) => !item.rank)).slice(0, this._count);
    return stories.length && [this._heading(), this._list(stories)];
  }

  private _list(stories: Article[]): TemplateResult {
    const items = stories.map(
      (article, i) => html`<li part="item" class="item">
        <span part="rank" class="rank" aria-hidden="true">${i + 1}</span>
        <div>
          ${this._link(article, i + 1, html`<span part="headline" class="headline">${article.headline}</span>`)}
          <span class="meta"
            >${joined([
              article.section && html`<span part="section">${article.section}</span>`,
              this._time(article.published, 'date', formatShortDate),
            ])}</span
          >
        </div>
      </li>`,
    );
    // role="list": WebKit drops the list role from an unstyled (list-style: none) list.
    return html`<ol part="list" role="list">${items}</ol>`;
  }
}

define('news-trending', NewsTrending);

declare global {
  interface HTMLElementTagNameMap {
    'news-trending': NewsTrending;
  }
}
