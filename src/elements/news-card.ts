import type { Article, Feed } from '../feed/types.js';
import { NewsElement, cardStyles, define, placeholder } from './news-element.js';
import type { PropertyDeclarations } from './updating-element.js';

/**
 * One article as a card: image with credit, section kicker, headline link, dek and a compact byline
 * ("By A and B · 3 hours ago"). The data comes from `.article`, else `.feed`, an inline
 * `<script type="application/feed+json">` child or `src`; of a feed, the item `item-id` names, else the first.
 *
 * @tagname news-card
 * @summary One article: image with credit, section kicker, headline link, dek and byline.
 *
 * @fires news-load - The data has loaded. Detail: `{ feed, warnings }`.
 * @fires news-error - The card cannot be shown. Detail: `{ code, message, src, status?, path? }`; `code` is
 *   `not-found` when the feed has no item `item-id`.
 * @fires news-article-click - A reader followed the headline link. Detail: `{ article, position: 1 }`.
 *
 * @csspart card - The `<article>` around everything.
 * @csspart media - The image box (a `<figure>`), or the placeholder box.
 * @csspart image - The `<img>`.
 * @csspart image-placeholder - The box shown instead of a missing or broken image (also `media`).
 * @csspart credit - The image credit over the image ("Photo: Shutterstock").
 * @csspart section - The section kicker above the headline.
 * @csspart headline - The `<h1>`–`<h6>` of the headline.
 * @csspart link - The headline link; it covers the whole card.
 * @csspart summary - The dek.
 * @csspart byline - Authors and date.
 * @csspart date - The `<time>` in the byline.
 * @csspart message - The text shown in the `empty` and `error` states.
 * @csspart skeleton - The placeholder shown while loading.
 *
 * @cssprop [--news-card-padding=0] - Padding inside the card.
 * @cssprop [--news-card-gap=var(--news-space, 12px)] - Space between the image and the text.
 * @cssprop [--news-image-ratio=16 / 9] - Aspect ratio of the image box.
 * @cssprop [--news-headline-size=1.25em] - Headline font size (`compact` scales it down, `hero` up).
 * @cssprop [--news-card-headline-lines=4] - Headline lines shown before it is cut with an ellipsis.
 * @cssprop [--news-card-summary-lines=3] - Dek lines shown before it is cut with an ellipsis.
 *
 * Other looks (the card's background, corners, the dek's color…) are set on the parts: `news-card::part(card)`.
 */
export class NewsCard extends NewsElement {
  static override styles = [...NewsElement.styles, cardStyles()];
  static override properties: PropertyDeclarations = {
    article: { attribute: false },
    itemId: { attribute: 'item-id' },
    variant: { reflect: true },
    headingLevel: { attribute: 'heading-level', type: Number },
  };

  /** One JSON Feed item object (no `id` needed). Wins over `.feed`, an inline feed and `src`. Relative URLs resolve against the page. */
  article?: Record<string, unknown>;

  /** The `id` of the feed item to show; default: the first item. An id not in the feed is a `not-found` error. */
  itemId?: string;

  /**
   * `standard`, `compact` (no image), `horizontal` (image beside the text where there is room) or `hero`. Reflected
   * to the attribute, which the styles read.
   */
  variant: 'standard' | 'compact' | 'horizontal' | 'hero' = 'standard';

  /** Level of the headline's heading element, 1–6, so that the card fits the page's outline; default 3. */
  headingLevel = 3;

  protected override _skeleton(): unknown {
    return this._skeletonOf(this._show(placeholder));
  }

  protected override _content(feed: Feed): unknown {
    const article = this._item(feed);
    return article && this._show(article);
  }

  private _show(article: Article): unknown {
    return this._card(article, 1, this.headingLevel, this.variant);
  }
}

define('news-card', NewsCard);

declare global {
  interface HTMLElementTagNameMap {
    'news-card': NewsCard;
  }
}
