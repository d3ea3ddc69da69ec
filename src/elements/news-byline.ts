import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { resolveFeed } from '../feed/loader.js';
import { parseRfc3339 } from '../feed/normalize.js';
import { FeedError, type Article, type Author, type Feed, type NormalizeResult } from '../feed/types.js';
import { formatForStyle, timeZoneAbbreviation, type DateStyle } from '../format/date.js';
import { dateTimeFormat } from '../format/intl-cache.js';
import { fill, fillParts, listParts, type NewsStrings } from '../format/strings.js';
import { cleanText } from '../format/text.js';
import { safeUrl } from '../format/url.js';
import { defined, feedOf, opensNewTab, readArticle, separator, textOf, wholeFromOne } from './card.js';
import { NewsElement, define } from './news-element.js';
import { bylineStyles } from './news-byline.styles.js';

/** At most this many avatars are shown; every author is still named. */
const MAX_AVATARS = 3;
/** "Updated" is shown only when the change is at least this much later than publication (CMS saves on publish). */
const UPDATE_THRESHOLD_MS = 60_000;

/** The attributes that make up the byline when there is no feed. */
const ATTRIBUTE_DATA = ['author', 'authorUrl', 'published', 'modified', 'section', 'credit', 'readingTime'];

/** What the byline shows, after the attributes have been laid over the article. */
interface BylineView {
  authors: readonly Author[];
  published?: Date;
  modified?: Date;
  section?: string;
  readingTime?: number;
  credit?: string;
}

/** Names from the `author` attribute: separated by `;` when there is one, else by `,`. */
function splitNames(value: string): string[] {
  return value
    .split(value.includes(';') ? ';' : ',')
    .map(cleanText)
    .filter(Boolean);
}

/** Calendar day of `date` in `timeZone`. */
function dayOf(date: Date, timeZone: string | undefined): string {
  return dateTimeFormat('en-US', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone }).format(date);
}

function warn(message: string): void {
  console.warn(`news-widgets: <news-byline> ${message}`);
}

/**
 * A byline: "By A, B and C" with avatars and author links, the published date and time with its zone's
 * abbreviation ("Mar 24, 2025, 7:46 AM CET"), "Updated …" when the story changed later, the section, the reading
 * time and the image credit, separated by " · ".
 *
 * Data, the first present wins: the `.article` property (one JSON Feed item, or an `Article`); `.feed`, an inline
 * feed script or `src`, with `item-id` choosing the item (else the first; an unknown id is the `not-found` error);
 * else the attributes alone (`author`, `published`…), with no request: the element is then `ready` as soon as it
 * has something to show. With a feed, each attribute that is set replaces that one field of the item.
 *
 * Dates are absolute by default, as news bylines are; `date-style="auto"` or `"relative"` gives "3 hours ago".
 *
 * @tagname news-byline
 * @summary "By A, B and C · Mar 24, 2025, 7:46 AM CET · World": who wrote a story, and when.
 *
 * @csspart byline - The line that holds everything.
 * @csspart avatar - An author's picture (up to three; they overlap).
 * @csspart authors - "By A, B and C".
 * @csspart author - One author's name: a link when the author has a URL.
 * @csspart published - The publication time (`<time>`).
 * @csspart updated - "Updated …", with its `<time>` inside.
 * @csspart section - The story's section.
 * @csspart reading-time - "4 min read".
 * @csspart credit - The image credit, "Photo: …".
 * @csspart separator - The " · " between two pieces (hidden from screen readers).
 * @csspart message - The text shown in the `empty` and `error` states.
 * @csspart skeleton - The placeholder line shown while loading.
 *
 * @cssprop [--news-byline-font-size=0.875em] - Text size.
 * @cssprop [--news-byline-avatar-size=1.75em] - Diameter of the avatars; also the line's least height.
 * @cssprop [--news-byline-lines=2] - Lines of text the byline always takes, loading or not; longer text ends in an
 *   ellipsis.
 * @cssprop [--news-byline-avatar-ring=Canvas] - The ring that separates overlapping avatars: the page's background.
 * @cssprop [--news-byline-section-color=var(--news-accent)] - Color of the section.
 *
 * @fires news-load - The data has loaded. Detail: `{ feed, warnings }`.
 * @fires news-error - The data could not be shown; `not-found` when `item-id` is not in the feed.
 */
export class NewsByline extends NewsElement {
  static override styles = [NewsElement.styles, bylineStyles];
  static override properties = {
    article: { attribute: false },
    itemId: { attribute: 'item-id' },
    author: {},
    authorUrl: { attribute: 'author-url' },
    published: {},
    modified: { attribute: 'updated' },
    section: {},
    credit: {},
    readingTime: { type: Number, attribute: 'reading-time' },
  };

  /** One article: a JSON Feed item object, or an `Article` from this package. Wins over `.feed` and `src`. */
  article?: Article | Record<string, unknown>;

  /** The `id` of the feed item to show; default: the first item. */
  itemId?: string;

  /**
   * The author's name; several names are separated by commas, or by semicolons when a name holds a comma
   * ("Martin Luther King, Jr.; Jane Doe"). Replaces the feed's authors.
   */
  author?: string;

  /** The author's page; for several authors, one URL each in the same order, separated by spaces. Only with `author`. */
  authorUrl?: string;

  /** Publication time, RFC 3339 (`2025-03-24T07:46:00+01:00`). An invalid value is ignored with a console warning. */
  published?: string;

  /** Time of the last change, RFC 3339; attribute `updated`. Shown as "Updated …" when later than `published`. */
  modified?: string;

  /** The story's section ("World"). */
  section?: string;

  /** Who the story's image is credited to ("Shutterstock"); shown as "Photo: Shutterstock". */
  credit?: string;

  /** Minutes to read the story; shown as "4 min read". */
  readingTime?: number;

  /** Bylines show absolute dates unless the page asks for `relative` or `auto`; any other value means absolute. */
  override dateStyle: DateStyle = 'absolute';

  /** True while the data comes from the attributes alone. */
  private _fromAttributes = false;
  private _authors?: Author[];
  private _published?: Date;
  private _modified?: Date;

  protected override isSourceChange(changed: PropertyValues): boolean {
    if (super.isSourceChange(changed) || changed.has('article') || changed.has('itemId')) return true;
    return this._fromAttributes && ATTRIBUTE_DATA.some((key) => changed.has(key));
  }

  protected override async resolveData(signal: AbortSignal): Promise<NormalizeResult | undefined> {
    this._fromAttributes = false;
    if (this.article != null) return readArticle(this.article, this.baseURI, true);
    const result = await resolveFeed({ host: this, feed: this.feed, src: this.src, signal });
    if (result) return result;
    this._fromAttributes = true;
    const article = defined<Article>({
      id: 'byline',
      headline: '',
      authors: this._authors ?? [],
      tags: [],
      published: this._published,
      modified: this._modified,
      section: textOf(this.section),
      readingTime: wholeFromOne(this.readingTime),
    });
    return { feed: feedOf(article), warnings: [] };
  }

  protected override checkData(result: NormalizeResult): FeedError | undefined {
    const id = this.itemId;
    if (this._fromAttributes || !id || this._selected(result.feed)) return undefined;
    const where = result.feed.feedUrl ? `the feed at ${result.feed.feedUrl}` : 'the feed';
    return new FeedError('not-found', `The item "${id}" is not in ${where}.`, { src: result.feed.feedUrl });
  }

  protected override hasContent(result: NormalizeResult): boolean {
    const article = this._selected(result.feed);
    if (!article) return false;
    const { authors, ...rest } = this._view(article);
    return authors.some((author) => author.name) || Object.values(rest).some(Boolean);
  }

  protected override willUpdate(changed: PropertyValues): void {
    // Parsed once per change (a warning per bad value), before the base class decides whether to load.
    if (changed.has('author') || changed.has('authorUrl')) this._authors = this._parseAuthors();
    if (changed.has('published')) this._published = this._parseDate(this.published, 'published');
    if (changed.has('modified')) this._modified = this._parseDate(this.modified, 'updated');
    super.willUpdate(changed);
  }

  private _parseDate(value: string | undefined, attribute: string): Date | undefined {
    const trimmed = value?.trim();
    if (!trimmed) return undefined;
    const date = parseRfc3339(trimmed);
    if (!date) warn(`${attribute}="${value}" is not an RFC 3339 date; it was ignored.`);
    return date;
  }

  private _parseAuthors(): Author[] | undefined {
    const names = this.author ? splitNames(this.author) : [];
    if (names.length === 0) return undefined;
    const urls = this.authorUrl?.trim().split(/\s+/) ?? [];
    return names.map((name, i) => {
      const author: Author = { name };
      if (!urls[i]) return author;
      const url = safeUrl(urls[i], this.baseURI);
      if (url) author.url = url;
      else warn(`author-url "${urls[i]}" is not an http(s) or relative URL; it was dropped.`);
      return author;
    });
  }

  /** The item `item-id` names, else the first. */
  private _selected(feed: Feed): Article | undefined {
    const id = this.itemId;
    return this._fromAttributes || !id ? feed.items[0] : feed.items.find((item) => item.id === id);
  }

  /** The attributes laid over the article, field by field. */
  private _view(article: Article): BylineView {
    return {
      authors: this._authors ?? article.authors,
      published: this._published ?? article.published,
      modified: this._modified ?? article.modified,
      section: textOf(this.section) ?? article.section,
      readingTime: wholeFromOne(this.readingTime) ?? article.readingTime,
      credit: textOf(this.credit) ?? article.image?.credit,
    };
  }

  // Rendering ----------------------------------------------------------------------------------------------------

  /** `date-style`, where a missing or unknown value means absolute. */
  private get _dateStyle(): DateStyle {
    return this.dateStyle === 'relative' || this.dateStyle === 'auto' ? this.dateStyle : 'absolute';
  }

  private _renderAuthor(author: Author, name: string, text: NewsStrings): TemplateResult {
    if (!author.url) return html`<span part="author">${name}</span>`;
    const target = this.linkTarget || undefined;
    const newTab = opensNewTab(target);
    return html`<a part="author" href=${author.url} target=${target ?? nothing} rel=${newTab ? 'noopener noreferrer' : nothing}
      >${name}${newTab ? html`<span class="visually-hidden"> ${text.newTab}</span>` : nothing}</a
    >`;
  }

  /** "By A, B and C" with each name rendered as its own element. */
  private _renderAuthors(authors: readonly Author[], text: NewsStrings, locale: string): unknown {
    const named = authors.filter((author) => author.name);
    if (!named.length) return nothing;
    let index = 0;
    const list = listParts(
      named.map((author) => author.name as string),
      locale,
    ).map((part) => (part.type === 'element' ? this._renderAuthor(named[index++], part.value, text) : part.value));
    return html`<span part="authors">${fillParts(text.by, { authors: list })}</span>`;
  }

  /** "Updated …": the time alone when it is the same day as publication and dates are absolute. */
  private _renderUpdated({ published, modified }: BylineView, text: NewsStrings, locale: string): unknown {
    if (!modified || (published && modified.getTime() - published.getTime() < UPDATE_THRESHOLD_MS)) return nothing;
    const timeZone = this.zone;
    const formatted = formatForStyle(modified, { style: this._dateStyle, locale, timeZone });
    if (!formatted.text) return nothing;
    let shown = formatted.text;
    if (formatted.relative) {
      this.usesRelativeTime = true;
    } else if (published && dayOf(published, timeZone) === dayOf(modified, timeZone)) {
      shown = `${dateTimeFormat(locale, { timeStyle: 'short', timeZone }).format(modified)} ${timeZoneAbbreviation(modified, timeZone, locale)}`;
    }
    const time = html`<time datetime=${formatted.datetime} title=${formatted.absolute}>${shown}</time>`;
    return html`<span part="updated">${fillParts(text.updated, { date: time })}</span>`;
  }

  protected override renderSkeleton(): TemplateResult {
    return html`<span class="visually-hidden">${this.text.loading}</span>
      <div class="line" part="skeleton" aria-hidden="true">
        <span class="avatar skeleton"></span><span class="bars"><span class="bar skeleton"></span><span class="bar short skeleton"></span></span>
      </div>`;
  }

  protected override renderContent(feed: Feed): TemplateResult | typeof nothing {
    const article = this._selected(feed);
    if (!article) return nothing;
    const view = this._view(article);
    const locale = this.locale;
    const text = this.text;
    const avatars = view.authors
      .filter((author) => author.avatar)
      .slice(0, MAX_AVATARS)
      .map((author) => html`<img part="avatar" src=${author.avatar!} alt="" loading="lazy" decoding="async" />`);
    const pieces = [
      this._renderAuthors(view.authors, text, locale),
      this.renderTime(view.published, 'published', this._dateStyle, locale),
      this._renderUpdated(view, text, locale),
      view.section ? html`<span part="section">${view.section}</span>` : nothing,
      view.readingTime
        ? html`<span part="reading-time">${fill(text.readingTime, { minutes: view.readingTime }, locale)}</span>`
        : nothing,
      view.credit ? html`<span part="credit">${fill(text.imageCredit, { credit: view.credit }, locale)}</span>` : nothing,
    ];
    const line: unknown[] = [];
    for (const piece of pieces) {
      if (piece === nothing) continue;
      if (line.length) line.push(separator);
      line.push(piece);
    }
    const shownAvatars = avatars.length ? html`<span class="avatars">${avatars}</span>` : nothing;
    return html`<div part="byline">${shownAvatars}<span class="text">${line}</span></div>`;
  }
}

define('news-byline', NewsByline);

declare global {
  interface HTMLElementTagNameMap {
    'news-byline': NewsByline;
  }
}
