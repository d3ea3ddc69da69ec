import { html, nothing, type TemplateResult } from 'lit';
import type { Article, Feed } from '../feed/types.js';
import { formatForStyle, formatShortDate, now } from '../format/date.js';
import { resolveStrings, type NewsStrings } from '../format/strings.js';
import { headingLevel, renderHeading, separator } from './card.js';
import { NewsElement, define } from './news-element.js';
import { trendingStyles } from './news-trending.styles.js';

const DEFAULT_LIMIT = 5;
/** Most skeleton rows drawn while loading, whatever `limit` says. */
const MAX_SKELETON_ROWS = 50;

/** Ranked stories first (`_news.rank` ascending, ties in feed order), then the others in feed order. */
function topStories(items: readonly Article[]): Article[] {
  const ranked: Article[] = [];
  const rest: Article[] = [];
  for (const item of items) (item.rank === undefined ? rest : ranked).push(item);
  // Array.prototype.sort is stable: equal ranks keep their feed order.
  ranked.sort(byRank);
  return ranked.concat(rest);
}

function byRank(a: Article, b: Article): number {
  return (a.rank as number) - (b.rank as number);
}

/** One skeleton row; the same template object is rendered `limit` times. */
const skeletonRow = html`<div class="item">
  <span class="rank skeleton"></span>
  <span><span class="lines"><span class="bar skeleton"></span><span class="bar short skeleton"></span></span><span class="bar meta skeleton"></span></span>
</div>`;

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
 * @cssprop [--news-trending-gap=var(--news-space, 12px)] - Space between entries.
 * @cssprop [--news-trending-rank-color=var(--news-accent)] - Color of the numbers.
 * @cssprop [--news-trending-rank-size=2em] - Size of the numbers.
 * @cssprop [--news-trending-headline-size=1em] - Size of the headlines.
 * @cssprop [--news-trending-headline-lines=2] - Lines every headline takes; a longer one ends in an ellipsis.
 * @cssprop [--news-trending-heading-size=0.875em] - Size of the heading.
 * @cssprop [--news-trending-heading-rule=var(--news-accent)] - Color of the rule above the heading.
 * @cssprop [--news-trending-section-color=var(--news-accent)] - Color of the section labels.
 *
 * @fires news-load - The feed has loaded. Detail: `{ feed, warnings }`.
 * @fires news-error - The feed could not be shown. Detail: `{ code, message, src, status?, path? }`.
 * @fires news-article-click - A reader followed a headline. Detail: `{ article, position }` (position from 1).
 */
export class NewsTrending extends NewsElement {
  static override styles = [NewsElement.styles, trendingStyles];
  static override properties = {
    limit: { type: Number },
    heading: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    noHeading: { type: Boolean, attribute: 'no-heading' },
  };

  /** How many stories to show (whole number from 1); anything else means 5. */
  limit = 5;

  /** The heading's text; default "Trending Now" in the element's language (`strings.trendingHeading`). */
  heading?: string;

  /** The heading's level, 1 to 6. */
  headingLevel = 2;

  /** Hides the heading, e.g. when the page puts its own above the element. */
  noHeading = false;

  private _orderedFor?: Feed;
  private _ordered: Article[] = [];

  /** `limit` as a whole number from 1. */
  private get _count(): number {
    const n = Math.floor(this.limit);
    return Number.isFinite(n) && n >= 1 ? n : DEFAULT_LIMIT;
  }

  private _renderHeading(text: NewsStrings): TemplateResult | typeof nothing {
    if (this.noHeading) return nothing;
    const content = html`<slot name="heading">${this.heading?.trim() || text.trendingHeading}</slot>`;
    return renderHeading(headingLevel(Math.floor(this.headingLevel), 2), 'heading', content);
  }

  /** Relative within a day by default ("3 hours ago"); otherwise the compact form ("Mar 24", "7:46 AM CET"). */
  private _renderDate(date: Date | undefined, locale: string, timeZone: string | undefined, at: number): unknown {
    if (!date) return nothing;
    const formatted = formatForStyle(date, { style: this.dateStyle, locale, timeZone, now: at });
    if (!formatted.text) return nothing;
    let text = formatted.text;
    if (formatted.relative) this.usesRelativeTime = true;
    else text = formatShortDate(date, { locale, timeZone, now: at });
    return html`<time part="date" datetime=${formatted.datetime} title=${formatted.absolute}>${text}</time>`;
  }

  private _renderItem(article: Article, position: number, locale: string, timeZone: string | undefined, at: number): TemplateResult {
    const headline = html`<span part="headline">${article.headline}</span>`;
    const date = this._renderDate(article.published, locale, timeZone, at);
    const section = article.section ? html`<span part="section">${article.section}</span>` : nothing;
    const between = section !== nothing && date !== nothing ? separator : nothing;
    const meta = section === nothing && date === nothing ? nothing : html`<span class="meta">${section}${between}${date}</span>`;
    return html`<li part="item" class="item">
      <span part="rank" aria-hidden="true">${position}</span>
      <div>${this.renderLink(article, position, headline)} ${meta}</div>
    </li>`;
  }

  protected override renderSkeleton(): TemplateResult {
    const rows: TemplateResult[] = [];
    const count = Math.min(this._count, MAX_SKELETON_ROWS);
    for (let i = 0; i < count; i++) rows.push(skeletonRow);
    const text = this.text;
    return html`${this._renderHeading(text)}<span class="visually-hidden">${text.loading}</span>
      <div part="skeleton" aria-hidden="true">${rows}</div>`;
  }

  protected override renderMessage(): TemplateResult {
    return html`${this._renderHeading(this.text)}${super.renderMessage()}`;
  }

  protected override renderContent(feed: Feed): TemplateResult {
    if (this._orderedFor !== feed) {
      this._orderedFor = feed;
      this._ordered = topStories(feed.items);
    }
    const stories = this._ordered.slice(0, this._count);
    const locale = this.locale;
    const timeZone = this.zone;
    const at = now();
    const items: TemplateResult[] = [];
    for (let i = 0; i < stories.length; i++) items.push(this._renderItem(stories[i], i + 1, locale, timeZone, at));
    // role="list": WebKit drops the list role from an unstyled (list-style: none) list.
    return html`${this._renderHeading(resolveStrings(locale, this.strings))}<ol part="list" role="list">${items}</ol>`;
  }
}

define('news-trending', NewsTrending);

declare global {
  interface HTMLElementTagNameMap {
    'news-trending': NewsTrending;
  }
}
