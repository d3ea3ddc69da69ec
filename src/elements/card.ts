/**
 * The article card that `news-card` and `news-feed` both render: media with credit, section kicker, headline link,
 * dek and a compact byline. A function, not an element, so that a feed of a thousand stories renders a thousand
 * templates in its own shadow root instead of a thousand nested elements.
 *
 * Per-card work is kept small: one template per card, values shared by every card computed once per render in a
 * {@link CardHost}, cached `Intl` formatting, and no listeners of its own (link clicks and image errors are
 * delegated by the element).
 */
import { nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { html, unsafeStatic, type StaticValue } from 'lit/static-html.js';
import type { Article } from '../feed/types.js';
import { formatForStyle, now, type DateStyle, type FormattedDate } from '../format/date.js';
import { fill, formatAuthors, type NewsStrings } from '../format/strings.js';

/** How a card is laid out. */
export type CardVariant = 'standard' | 'compact' | 'horizontal' | 'hero';

export const CARD_VARIANTS: readonly CardVariant[] = ['standard', 'compact', 'horizontal', 'hero'];

/** `value` when it is a card variant, else `fallback`. */
export function cardVariant(value: unknown, fallback: CardVariant = 'standard'): CardVariant {
  return CARD_VARIANTS.includes(value as CardVariant) ? (value as CardVariant) : fallback;
}

/** A heading level from 1 to 6; anything else (missing, `0`, `7`, `2.5`, `NaN`) is 3. */
export function headingLevel(value: unknown): number {
  const level = Number(value);
  return Number.isInteger(level) && level >= 1 && level <= 6 ? level : 3;
}

/** What a card needs from the element that renders it: built once per render with {@link cardHost}, shared by every card. */
export interface CardHost {
  /** The element's strings, in its language. */
  strings: NewsStrings;
  /** The element's language. */
  locale: string;
  /** The `target` of article links; undefined for the same tab. */
  target?: string;
  /** Whether article links open a new tab: they then get `rel="noopener noreferrer"` and say so to screen readers. */
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

/** The {@link CardHost} of an element. */
export function cardHost(options: CardHostOptions): CardHost {
  const { strings, locale, dateStyle, timeZone, brokenImages, onRelative } = options;
  const target = options.linkTarget || undefined;
  // Feeds repeat bylines and credits: each distinct one is formatted once per render.
  const bylines = new Map<string, string>();
  const credits = new Map<string, string>();
  return {
    strings,
    locale,
    target,
    newTab: !!target && target !== '_self' && target !== '_parent' && target !== '_top',
    brokenImages,
    date(date) {
      const formatted = cardDate(date, dateStyle, locale, timeZone);
      if (formatted.relative) onRelative();
      return formatted;
    },
    byline(article) {
      const authors = article.authors;
      let key = '';
      for (let i = 0; i < authors.length; i++) if (authors[i].name) key += authors[i].name + '\n';
      if (!key) return '';
      let text = bylines.get(key);
      if (text === undefined) {
        text = formatAuthors(key.slice(0, -1).split('\n'), locale, strings);
        bylines.set(key, text);
      }
      return text;
    },
    credit(credit) {
      let text = credits.get(credit);
      if (text === undefined) {
        text = fill(strings.imageCredit, { credit }, locale);
        credits.set(credit, text);
      }
      return text;
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
  const key = `${date.getTime()}|${style}|${locale}|${timeZone ?? ''}`;
  let formatted = dates.get(key);
  if (!formatted) {
    formatted = formatForStyle(date, { style, locale, timeZone, now: at });
    dates.set(key, formatted);
  }
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
  /** Wrap the card in `<li part="item">`, for a list. */
  item?: boolean;
}

const headingTags: StaticValue[] = [1, 2, 3, 4, 5, 6].map((level) => unsafeStatic(`h${level}`));
const cardOpen = Object.fromEntries(
  CARD_VARIANTS.map((variant) => [variant, unsafeStatic(`<article part="card" class="card ${variant}">`)]),
) as Record<CardVariant, StaticValue>;
const itemOpen = unsafeStatic('<li part="item" class="item">');
const itemClose = unsafeStatic('</li>');
const none = unsafeStatic('');
/** The media box's opening tag and the image's fixed attributes: with an image, as a placeholder, or hidden. */
const mediaWithImage = unsafeStatic('<figure part="media" class="media">');
const mediaPlaceholder = unsafeStatic('<figure part="media image-placeholder" class="media">');
const mediaHidden = unsafeStatic('<figure part="media" class="media" hidden>');

// One template per card, whatever it holds, so that a thousand cards clone a thousand templates and no more:
// optional text is hidden rather than left out, and what never changes within a card (its variant, heading level,
// list item, media box) is a static value, which lit/static-html turns into one prepared template per combination.
// The lint rules for ordinary bindings do not know static values.
/* eslint-disable lit/binding-positions, lit/no-invalid-html */
/**
 * One article as a card: `<article part="card">` with the media box (image and credit, or the placeholder when the
 * image is missing or broken), the section kicker, the headline (an `<hN>` holding the link), the dek and the byline
 * ("By A and B · 3 hours ago"). `position` (from 1) goes on the link for `news-article-click`; the element records
 * the article at that position.
 */
export function renderCard(host: CardHost, article: Article, position: number, options: CardOptions): TemplateResult {
  const strings = host.strings;
  const tag = headingTags[options.headingLevel - 1] ?? headingTags[2];
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

  return html`${options.item ? itemOpen : none}${cardOpen[options.variant]}
    ${image ? mediaWithImage : media ? mediaPlaceholder : mediaHidden}<img
        part=${ifDefined(image && 'image')}
        src=${ifDefined(image?.src)}
        alt=${image?.alt ?? ''}
        loading=${options.eager ? 'eager' : 'lazy'}
        .fetchPriority=${options.eager ? 'high' : 'auto'}
        decoding="async"
        ?hidden=${!image}
      /><figcaption part="credit" class="credit" ?hidden=${!credit}>${credit}</figcaption>
    </figure>
    <div class="body">
      <p part="section" class="section" ?hidden=${!article.section}>${article.section ?? ''}</p>
      <${tag} part="headline" class="headline" lang=${ifDefined(lang)}><a
          part="link"
          href=${ifDefined(href)}
          target=${ifDefined(href && host.target)}
          rel=${ifDefined(newTab ? 'noopener noreferrer' : undefined)}
          data-position=${position}
          >${article.headline}<span class="visually-hidden" ?hidden=${!newTab}>${newTab ? ` ${strings.newTab}` : ''}</span></a
        ></${tag}>
      <p part="summary" class="summary" lang=${ifDefined(lang)} ?hidden=${!article.summary}>${article.summary ?? ''}</p>
      <p part="byline" class="byline" ?hidden=${!by && !when}>
        <span class=${when ? 'by sep' : 'by'} ?hidden=${!by}>${by}</span> <time
          part="date"
          datetime=${date?.datetime ?? ''}
          title=${ifDefined(date?.relative ? date.absolute : undefined)}
          ?hidden=${!when}
          >${when}</time
        >
      </p>
    </div>
  </article>${options.item ? itemClose : none}`;
}
/* eslint-enable lit/binding-positions, lit/no-invalid-html */

/**
 * Records the `src` of every `part="image"` under `root` that fails to load, with one capturing listener (an
 * image's `error` does not bubble, but is seen on its way down), then calls `onBroken`.
 */
export function watchBrokenImages(root: Node, broken: Set<string>, onBroken: () => void): void {
  root.addEventListener(
    'error',
    (event) => {
      const img = event.target;
      if (!(img instanceof HTMLImageElement) || !img.part.contains('image')) return;
      const src = img.getAttribute('src');
      if (src === null || broken.has(src)) return;
      broken.add(src);
      onBroken();
    },
    true,
  );
}

/**
 * A card-shaped placeholder for the `loading` state: the same media box and, line for line, about the height of a
 * card (kicker, two headline lines, two dek lines, byline), so that nothing below moves when the stories arrive.
 */
export function renderCardSkeleton(options: CardOptions): TemplateResult {
  const media = options.image && options.variant !== 'compact';
  return html`<div part="skeleton" class="card ${options.variant} skeleton-card" aria-hidden="true">
    ${media ? html`<div class="media skeleton"></div>` : nothing}
    <div class="body">
      <span class="lines section"><span class="skeleton line short"></span></span>
      <span class="lines headline"><span class="skeleton line"></span><span class="skeleton line half"></span></span>
      <span class="lines summary"><span class="skeleton line"></span><span class="skeleton line"></span></span>
      <span class="lines byline"><span class="skeleton line short"></span></span>
    </div>
  </div>`;
}
