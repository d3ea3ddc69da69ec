import { html } from 'lit/html.js';
import { parseRfc3339 } from '../feed/normalize.js';
import type { Article, Author, Feed, NormalizeResult } from '../feed/types.js';
import { formatShortDate, type DateStyle } from '../format/date.js';
import { fill, fillParts, listParts } from '../format/strings.js';
import { cleanText } from '../format/text.js';
import { safeUrl } from '../format/url.js';
import { NewsElement, define, joined, placeholder } from './news-element.js';
import { css, type PropertyDeclarations, type PropertyValues } from './updating-element.js';

/** What the byline shows: the article with the attributes laid over it, and the image credit. */
type View = Article & { credit?: string };

/**
 * A byline: "By A, B and C" with avatars and author links, the published date and time with its zone's
 * abbreviation ("Mar 24, 2025, 7:46 AM CET"), "Updated …" when the story changed later, the section, the reading
 * time and the image credit, separated by " · ".
 *
 * Data, the first present wins: the `.article` property (one JSON Feed item); `.feed`, an inline
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
 * @cssprop [--news-byline-avatar-size=1.75em] - Diameter of the avatars; also the line's least height.
 * @cssprop [--news-byline-lines=2] - Lines of text the byline always takes, loading or not; longer text ends in an
 *   ellipsis.
 *
 * @fires news-load - The data has loaded. Detail: `{ feed, warnings }`.
 * @fires news-error - The data could not be shown; `not-found` when `item-id` is not in the feed.
 */
export class NewsByline extends NewsElement {
  /**
   * The byline always takes `--news-byline-lines` lines of text (2): shorter text keeps the room, longer text ends in
   * an ellipsis (its pieces are ordered from most to least important, and screen readers still hear all of it). The
   * skeleton takes the same lines, so nothing below the byline moves when the data arrives.
   */
  static override styles = [
    ...NewsElement.styles,
    css`
    :host {
      --_avatar: var(--news-byline-avatar-size, 1.75em);
      --_n: var(--news-byline-lines, 2);
      font-size: 0.875em;
      line-height: 1.5;
    }
    [part~='byline'] {
      display: flex;
      align-items: center;
      gap: 0.5em;
      min-block-size: var(--_avatar);
    }
    .avatars {
      display: flex;
    }
    img {
      flex: none;
      inline-size: var(--_avatar);
      block-size: var(--_avatar);
      border-radius: 50%;
      object-fit: cover;
      background: var(--_surface);
      box-shadow: 0 0 0 2px Canvas;
    }
    img + img {
      margin-inline-start: calc(var(--_avatar) * -0.3);
    }
    .text {
      min-block-size: calc(var(--_n) * 1lh);
    }
    time,
    [part~='reading-time'],
    [part~='credit'],
    [part~='separator'] {
      color: var(--_muted);
      white-space: nowrap;
    }
    [part~='author'],
    [part~='section'] {
      font-weight: 600;
    }
    [part~='section'] {
      color: var(--_accent);
    }
    `,
  ];
  static override properties: PropertyDeclarations = {
    article: { attribute: false },
    itemId: { attribute: 'item-id' },
    author: {},
    authorUrl: { attribute: 'author-url' },
    published: {},
    modified: { attribute: 'updated' },
    section: {},
    credit: {},
  };

  /** One JSON Feed item object (no `id` needed). Wins over `.feed` and `src`. */
  article?: Record<string, unknown>;

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

  /** Bylines show absolute dates unless the page asks for `relative` or `auto`. */
  override dateStyle: DateStyle = 'absolute';

  // Attributes are sources too: with no feed, they decide between `empty` and `ready`.
  protected override _sources = Object.keys(NewsByline.properties).concat('feed', 'src');
  protected override _untitled = true;
  private _authors?: Author[];
  private _published?: Date;
  private _modified?: Date;

  protected override willUpdate(changed: PropertyValues): void {
    // Parsed once per change (a warning per bad value), before the base class decides whether to load.
    if (changed.has('author') || changed.has('authorUrl')) {
      const names = this.author?.split(this.author.includes(';') ? ';' : ',').map(cleanText).filter(Boolean);
      const urls = this.authorUrl?.trim().split(/\s+/) ?? [];
      this._authors = names?.length
        ? names.map((name, i) => {
            const url = urls[i] && safeUrl(urls[i], this.baseURI);
            if (urls[i] && !url) this._warn(`author-url "${urls[i]}" dropped: not http(s) or relative`);
            return url ? { name, url } : { name };
          })
        : undefined;
    }
    if (changed.has('published')) this._published = this._date(this.published, 'published');
    if (changed.has('modified')) this._modified = this._date(this.modified, 'updated');
    super.willUpdate(changed);
  }

  private _date(value: string | undefined, attribute: string): Date | undefined {
    const trimmed = value?.trim();
    const date = trimmed ? parseRfc3339(trimmed) : undefined;
    if (trimmed && !date) this._warn(`${attribute}="${value}" ignored: not RFC 3339`);
    return date;
  }

  protected override async _data(signal: AbortSignal): Promise<NormalizeResult | undefined> {
    // With no data at all, the byline is made of the attributes alone.
    const byline = this._view({ id: this.itemId ?? 'byline', headline: '', authors: [], tags: [] });
    return (await super._data(signal)) ?? { feed: { version: '', title: '', authors: [], items: [byline] }, warnings: [] };
  }

  /** The attributes laid over the article, field by field. */
  private _view(article: Article): View {
    return {
      ...article,
      authors: this._authors ?? article.authors,
      published: this._published ?? article.published,
      modified: this._modified ?? article.modified,
      section: cleanText(this.section!) || article.section,
      credit: cleanText(this.credit!) || article.image?.credit,
    };
  }

  /** Without the attribute: absolute. */
  protected override get _style(): DateStyle {
    return this.dateStyle ?? 'absolute';
  }

  protected override _skeleton(): unknown {
    return this._skeletonOf(this._byline(placeholder));
  }

  protected override _content(feed: Feed): unknown {
    const item = this._item(feed);
    return item && this._byline(this._view(item));
  }

  private _byline({ authors, published, modified, section, readingTime, credit }: View): unknown {
    const text = this._text;
    const lang = this._lang;
    const named = authors.filter((author) => author.name);
    let index = 0;
    // "By A, B and C", each name its own element.
    const names = listParts(
      named.map((author) => author.name!),
      lang,
    ).map((part) => {
      if (part.type != 'element') return part.value;
      const { name, url } = named[index++];
      return url ? this._a('author', url, name) : html`<span part="author">${name}</span>`;
    });
    // "Updated …" when the change is a minute or more later; on the day of publication the time alone does.
    const updated =
      modified &&
      !(published && +modified - +published < 60_000) &&
      this._time(modified, '', (date, options) => {
        const time = formatShortDate(date, { ...options, now: date });
        return published && time == formatShortDate(date, { ...options, now: published }) ? time : '';
      });
    const avatars = authors
      .filter((author) => author.avatar)
      .slice(0, 3)
      .map((author) => html`<img part="avatar" src=${author.avatar!} alt="" loading="lazy" decoding="async" />`);
    const pieces = joined([
      named.length && html`<span part="authors">${fillParts(text.by, { authors: names })}</span>`,
      this._time(published, 'published'),
      updated && html`<span part="updated">${fillParts(text.updated, { date: updated })}</span>`,
      section && html`<span part="section">${section}</span>`,
      readingTime && html`<span part="reading-time">${fill(text.readingTime, { minutes: readingTime }, lang)}</span>`,
      credit && html`<span part="credit">${fill(text.imageCredit, { credit }, lang)}</span>`,
    ]);
    return (
      pieces.length &&
      html`<div part="byline">
        ${avatars.length ? html`<span class="avatars">${avatars}</span>` : ''}
        <span class="text">${pieces}</span>
      </div>`
    );
  }
}

define('news-byline', NewsByline);

declare global {
  interface HTMLElementTagNameMap {
    'news-byline': NewsByline;
  }
}
