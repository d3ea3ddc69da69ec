import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { JSON_FEED_VERSION_1_1, normalizeFeed } from '../feed/normalize.js';
import { FeedError, type Article, type Author, type Feed, type NormalizeResult } from '../feed/types.js';
import { safeUrl } from '../format/url.js';
import {
  cardHost,
  cardVariant,
  headingLevel,
  renderCard,
  renderCardSkeleton,
  watchBrokenImages,
  type CardHost,
  type CardOptions,
} from './card.js';
import { cardStyles } from './card.styles.js';
import { NewsElement, define } from './news-element.js';
import { newsCardStyles } from './news-card.styles.js';

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
 * @cssprop [--news-card-background=transparent] - Background of the card.
 * @cssprop [--news-card-padding=0] - Padding inside the card.
 * @cssprop [--news-card-gap=var(--news-space, 12px)] - Space between the image and the text.
 * @cssprop [--news-card-radius=0] - Corner radius of the card.
 * @cssprop [--news-card-media-size=min(40%, 18rem)] - Width of the image in the `horizontal` variant.
 * @cssprop [--news-image-ratio=16 / 9] - Aspect ratio of the image box.
 * @cssprop [--news-headline-size=1.25em] - Headline font size (`compact` and `horizontal` scale it down).
 * @cssprop [--news-card-hero-headline-size=clamp(1.5em, 0.9em + 2.6cqi, 2.5em)] - Headline font size of `hero`.
 * @cssprop [--news-headline-weight=700] - Headline font weight.
 * @cssprop [--news-card-headline-lines=4] - Headline lines shown before it is cut with an ellipsis (`hero`: 5).
 * @cssprop [--news-card-summary-lines=3] - Dek lines shown before it is cut with an ellipsis (`compact`: 2, `hero`: 4).
 * @cssprop [--news-card-summary-color] - Dek color; default: the text color at 84%.
 */
export class NewsCard extends NewsElement {
  static override styles = [NewsElement.styles, cardStyles, newsCardStyles];

  /**
   * One JSON Feed item object, or an already normalized `Article`. Wins over `.feed`, an inline feed and `src`.
   * Relative URLs resolve against the page.
   */
  @property({ attribute: false }) article?: Article | Record<string, unknown>;

  /** The `id` of the feed item to show; default: the first item. An id not in the feed is a `not-found` error. */
  @property({ attribute: 'item-id' }) itemId?: string;

  /** `standard`, `compact` (no image), `horizontal` (image beside the text where there is room) or `hero`. */
  @property() variant: 'standard' | 'compact' | 'horizontal' | 'hero' = 'standard';

  /** Level of the headline's heading element, 1–6, so that the card fits the page's outline; default 3. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 3;

  /** Hides the image and its placeholder. */
  @property({ attribute: 'no-image', type: Boolean }) noImage = false;

  /** Image URLs that failed to load; their card shows the placeholder instead. */
  private readonly _brokenImages = new Set<string>();

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    watchBrokenImages(root, this._brokenImages, () => this.requestUpdate());
    return root;
  }

  protected override isSourceChange(changed: PropertyValues): boolean {
    return super.isSourceChange(changed) || changed.has('article') || changed.has('itemId');
  }

  protected override async resolveData(signal: AbortSignal): Promise<NormalizeResult | undefined> {
    if (this.article !== undefined && this.article !== null) return readArticle(this.article, this.baseURI);
    return super.resolveData(signal);
  }

  protected override checkData(result: NormalizeResult): FeedError | undefined {
    const id = this._wantedId();
    if (id === undefined || result.feed.items.some((item) => item.id === id)) return undefined;
    const where = result.feed.feedUrl ? `The feed at ${result.feed.feedUrl}` : 'The feed';
    return new FeedError('not-found', `${where} has no item with the id "${id}".`, { src: result.feed.feedUrl });
  }

  /** The item id to look for: `item-id`, unless `.article` gives the article itself. */
  private _wantedId(): string | undefined {
    if (this.article !== undefined && this.article !== null) return undefined;
    return this.itemId || undefined;
  }

  private _options(): CardOptions {
    const variant = cardVariant(this.variant);
    return {
      variant,
      headingLevel: headingLevel(this.headingLevel),
      image: !this.noImage,
      // A lead story is usually the largest image above the fold: load it first.
      eager: variant === 'hero',
    };
  }

  private _cardHost(): CardHost {
    return cardHost({
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
  }

  protected override renderSkeleton(): TemplateResult {
    // Loading again (a new item-id, src or .article): the story shown stays until the new one arrives.
    const shown = this.result ? this.renderContent(this.result.feed) : nothing;
    if (shown !== nothing) return shown;
    return html`<span class="visually-hidden">${this.text.loading}</span>${renderCardSkeleton(this._options())}`;
  }

  protected override renderContent(feed: Feed): TemplateResult | typeof nothing {
    const id = this._wantedId();
    const article = id === undefined ? feed.items[0] : feed.items.find((item) => item.id === id);
    if (!article) return nothing;
    this.linkedArticles[0] = article;
    return renderCard(this._cardHost(), article, 1, this._options());
  }
}

/** An `.article` value as a one-item feed: a normalized `Article` as it is (URLs checked), else a JSON Feed item. */
function readArticle(value: unknown, base: string): NormalizeResult {
  const feed: Feed = { version: JSON_FEED_VERSION_1_1, title: '', authors: [], items: [] };
  if (isArticle(value)) {
    feed.items.push(safeArticle(value, base));
    return { feed, warnings: [] };
  }
  // An item given by hand needs no id: the normalizer would drop it for that.
  const item =
    typeof value === 'object' && value !== null && !Array.isArray(value) && (value as { id?: unknown }).id == null
      ? { ...value, id: 'article' }
      : value;
  const { feed: read, warnings } = normalizeFeed({ version: JSON_FEED_VERSION_1_1, title: '', items: [item] }, { url: base });
  const itemWarnings = warnings.filter((warning) => warning.path !== 'title');
  if (read.items.length === 0) {
    const first = itemWarnings[0];
    const why = first ? first.message.replace(/^Item [^:]*: /, '') : 'it is not a JSON Feed item.';
    throw new FeedError('invalid', `The article property could not be shown: ${why}`, {
      path: first ? first.path.replace(/^items\[0\]\.?/, '') : '',
    });
  }
  read.title = '';
  return { feed: read, warnings: itemWarnings };
}

/** A normalized article (a string `headline` and an `authors` array), as opposed to a raw JSON Feed item. */
function isArticle(value: unknown): value is Article {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<Article>;
  return typeof candidate.headline === 'string' && Array.isArray(candidate.authors);
}

/** A copy of an article from the page with only safe URLs, as the normalizer would have left them. */
function safeArticle(article: Article, base: string): Article {
  const copy: Article = { ...article, authors: [], tags: Array.isArray(article.tags) ? article.tags : [] };
  const url = safeUrl(article.url, base);
  if (url === undefined) delete copy.url;
  else copy.url = url;
  const src = article.image ? safeUrl(article.image.src, base) : undefined;
  if (src === undefined) delete copy.image;
  else copy.image = { ...article.image, src, alt: typeof article.image?.alt === 'string' ? article.image.alt : '' };
  for (const author of article.authors) {
    if (typeof author !== 'object' || author === null) continue;
    const safe: Author = {};
    if (typeof author.name === 'string') safe.name = author.name;
    const authorUrl = safeUrl(author.url, base);
    if (authorUrl !== undefined) safe.url = authorUrl;
    const avatar = safeUrl(author.avatar, base);
    if (avatar !== undefined) safe.avatar = avatar;
    copy.authors.push(safe);
  }
  return copy;
}

define('news-card', NewsCard);

declare global {
  interface HTMLElementTagNameMap {
    'news-card': NewsCard;
  }
}
