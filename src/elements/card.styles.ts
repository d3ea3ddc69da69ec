import { css } from 'lit';

/**
 * The card of `card.ts`, shared by `news-card` and `news-feed`. (Notes live here, not in the CSS, which ships as is.)
 *
 * - Optional pieces of a card are hidden, not left out (see `card.ts`): `[hidden]` wins over every display rule.
 * - The media box has a fixed ratio, so nothing moves when the image arrives, fails or is missing.
 * - The names and the date of the byline each wrap as a whole where they can: "By A and B ·" over the date.
 * - The headline link covers the whole card (`::after`), so its focus ring goes around the card.
 * - `compact`: no image, a smaller headline, a shorter dek. `horizontal`: the image beside the text where there is
 *   room, above it where there is not. `hero`: the lead story, image across the full width, a large headline.
 * - The loading placeholder draws each line as tall as the text it stands for.
 *
 * Layout that depends on the card's width (the `horizontal` variant side by side, the `hero` headline size) reads
 * the nearest `news-card` size container: the element that holds the card declares it.
 * Public `--news-*` properties are only read here, never declared.
 */
export const cardStyles = css`
  [hidden] {
    display: none !important;
  }
  .card {
    position: relative;
    display: flex;
    flex-direction: column;
    gap: var(--news-card-gap, var(--_space));
    block-size: 100%;
    padding: var(--news-card-padding, 0);
    background: var(--news-card-background, transparent);
    border-radius: var(--news-card-radius, 0);
    overflow-wrap: anywhere;
  }

  .media {
    position: relative;
    flex: none;
    margin: 0;
    aspect-ratio: var(--news-image-ratio, 16 / 9);
    overflow: hidden;
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .media img {
    display: block;
    inline-size: 100%;
    block-size: 100%;
    object-fit: cover;
  }
  .credit {
    position: absolute;
    inset-block-end: 0;
    inset-inline-end: 0;
    max-inline-size: 100%;
    padding: 0.2em 0.6em;
    border-start-start-radius: var(--_radius);
    background: rgb(0 0 0 / 0.62);
    color: #fff;
    font-size: 0.6875em;
    line-height: 1.4;
    letter-spacing: 0.01em;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }

  .body {
    display: flex;
    flex-direction: column;
    gap: 0.4em;
    min-inline-size: 0;
  }
  .section {
    margin: 0;
    color: var(--_accent);
    font-size: 0.75em;
    font-weight: 700;
    line-height: 1.2;
    letter-spacing: 0.07em;
    text-transform: uppercase;
  }
  .headline {
    margin: 0;
    font-family: var(--_headline-font);
    font-size: var(--news-headline-size, 1.25em);
    font-weight: var(--news-headline-weight, 700);
    line-height: 1.22;
    letter-spacing: -0.005em;
    text-wrap: pretty;
  }
  .summary {
    margin: 0;
    color: var(--news-card-summary-color, color-mix(in srgb, currentColor 84%, transparent));
    font-size: 0.9375em;
    line-height: 1.45;
  }
  .headline,
  .summary {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: var(--news-card-headline-lines, 4);
    overflow: hidden;
  }
  .summary {
    -webkit-line-clamp: var(--news-card-summary-lines, 3);
  }
  .byline {
    margin: 0;
    color: var(--_muted);
    font-size: 0.8125em;
    line-height: 1.4;
  }
  .by,
  .byline time {
    display: inline-block;
  }
  .by.sep::after {
    content: '·' / '';
    margin-inline-start: 0.45em;
  }

  .headline a[href]::after {
    content: '';
    position: absolute;
    inset: 0;
    z-index: 1;
    border-radius: var(--news-card-radius, 0);
  }
  .headline a:focus-visible {
    outline: none;
  }
  .headline a:focus-visible::after {
    outline: 2px solid var(--_focus);
    outline-offset: 3px;
  }
  .headline a {
    text-decoration-thickness: 1px;
  }

  .compact {
    gap: 0;
  }
  .compact .headline {
    font-size: calc(var(--news-headline-size, 1.25em) * 0.85);
  }
  .compact .summary {
    -webkit-line-clamp: var(--news-card-summary-lines, 2);
  }

  .horizontal .headline {
    font-size: calc(var(--news-headline-size, 1.25em) * 0.9);
  }
  @container news-card (inline-size >= 28rem) {
    .horizontal {
      flex-direction: row;
      align-items: flex-start;
    }
    .horizontal .media {
      flex: 0 0 var(--news-card-media-size, min(40%, 18rem));
    }
    .horizontal .body {
      flex: 1 1 0;
    }
  }

  .hero .headline {
    font-size: var(--news-card-hero-headline-size, clamp(1.5em, 0.9em + 2.6cqi, 2.5em));
    line-height: 1.12;
    letter-spacing: -0.015em;
    -webkit-line-clamp: var(--news-card-headline-lines, 5);
  }
  .hero .summary {
    font-size: 1.0625em;
    -webkit-line-clamp: var(--news-card-summary-lines, 4);
  }
  .hero .section {
    font-size: 0.8125em;
  }
  .hero .body {
    gap: 0.5em;
  }

  .skeleton-card .lines {
    display: block;
    overflow: visible;
    color: inherit;
  }
  .skeleton-card .line {
    display: block;
    block-size: 1lh;
    padding-block: 0.18em;
    background-clip: content-box;
    border-radius: 4px;
  }
  .skeleton-card .short,
  .skeleton-card .byline .line {
    inline-size: 35%;
  }
  .skeleton-card .summary .line:nth-child(2) {
    inline-size: 80%;
  }
  /* The text of a card of average length at its width: a headline of about 70 characters, a dek of about 170 and a
     byline of about 40 take more lines in a narrow card. Half lines split the difference between the two counts a
     headline of that length takes, so that the page moves half a line at most either way when the text arrives. */
  .skeleton-card .headline,
  .skeleton-card .summary,
  .skeleton-card .byline {
    overflow: hidden;
  }
  .skeleton-card .headline {
    block-size: calc(var(--_skeleton-headline, 2) * 1lh);
  }
  .skeleton-card .summary {
    block-size: calc(var(--_skeleton-summary, 2) * 1lh);
  }
  .skeleton-card .byline {
    block-size: calc(var(--_skeleton-byline, 1) * 1lh);
  }
  @container news-card (inline-size < 24em) {
    .skeleton-card {
      --_skeleton-headline: 2.5;
      --_skeleton-summary: 3;
    }
  }
  @container news-card (inline-size < 19em) {
    .skeleton-card {
      --_skeleton-headline: 3;
      --_skeleton-byline: 1.5;
    }
  }
  @container news-card (inline-size < 15.5em) {
    .skeleton-card {
      --_skeleton-headline: 3.5;
    }
  }
  @container news-card (inline-size >= 44em) {
    .skeleton-card.standard {
      --_skeleton-headline: 1;
    }
  }

  @media (prefers-reduced-motion: no-preference) {
    .media img {
      transition: transform 0.4s ease;
    }
    .card:hover .media img {
      transform: scale(1.03);
    }
  }
  @media (forced-colors: active) {
    .media {
      border: 1px solid CanvasText;
    }
    .credit {
      background: Canvas;
      color: CanvasText;
    }
    .section {
      color: CanvasText;
    }
    .headline a:focus-visible::after {
      outline-color: Highlight;
    }
  }
`;
