import { css } from 'lit';

/**
 * `news-trending`: a heading over a numbered list. Each entry is a grid of the rank (big accent numerals) and the
 * story (headline, then section and time on one small line).
 *
 * Every entry has the same height, whatever its text: the headline always takes `--news-trending-headline-lines`
 * lines (2; a longer one ends in an ellipsis) and the section and time one line. Skeleton rows are built from the
 * same line boxes, so the list keeps its height to the pixel when the stories arrive: nothing below it moves.
 */
export const trendingStyles = css`
  :host {
    --_gap: var(--news-trending-gap, var(--_space));
    --_rank-color: var(--news-trending-rank-color, var(--_accent));
    --_rank-size: var(--news-trending-rank-size, 2em);
    --_headline-size: var(--news-trending-headline-size, 1em);
    --_headline-line: 1.3;
    --_headline-lines: var(--news-trending-headline-lines, 2);
    --_meta-size: 0.8125em;
    --_meta-line: 1.4;
  }
  [part~='heading'] {
    margin: 0 0 calc(var(--_gap) * 0.75);
    padding-block-start: 0.5em;
    border-block-start: 3px solid var(--news-trending-heading-rule, var(--_accent));
    font-family: var(--_headline-font);
    font-size: var(--news-trending-heading-size, 0.875em);
    font-weight: 800;
    line-height: 1.3;
    letter-spacing: 0.06em;
    text-transform: uppercase;
  }
  [part~='list'] {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .item {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr);
    column-gap: 0.75em;
    align-items: start;
    padding-block: var(--_gap);
    border-block-start: 1px solid var(--_border);
  }
  .item:first-child {
    padding-block-start: 0;
    border-block-start: 0;
  }
  .item:last-child {
    padding-block-end: 0;
  }
  [part~='rank'],
  .rank {
    min-inline-size: 1.1em;
    font-family: var(--_headline-font);
    font-size: var(--_rank-size);
    font-weight: 800;
    line-height: 1;
    font-variant-numeric: tabular-nums lining-nums;
    color: var(--_rank-color);
    text-align: center;
  }
  [part~='link'] {
    /* A block around the headline block, so that the focus ring goes around the headline. */
    display: block;
    inline-size: fit-content;
    max-inline-size: 100%;
  }
  [part~='headline'] {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: var(--_headline-lines);
    overflow: hidden;
    min-block-size: calc(var(--_headline-line) * 1em * var(--_headline-lines));
    font-family: var(--_headline-font);
    font-size: var(--_headline-size);
    font-weight: 700;
    line-height: var(--_headline-line);
    overflow-wrap: anywhere;
  }
  .meta {
    display: block;
    margin-block-start: 0.25em;
    font-size: var(--_meta-size);
    line-height: var(--_meta-line);
    color: var(--_muted);
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  [part~='section'] {
    font-weight: 600;
    color: var(--news-trending-section-color, var(--_accent));
  }
  [part~='date'] {
    white-space: nowrap;
  }

  /* Skeleton rows: a block the rank's size, the headline's lines and a meta line, each bar drawn inside a box with
     the real line height (and the meta line's margin) so that a row is exactly as tall as an entry. */
  .lines {
    display: block;
    min-block-size: calc(var(--_headline-line) * var(--_headline-size) * var(--_headline-lines));
  }
  .rank.skeleton {
    color: inherit;
    inline-size: 1.1em;
    block-size: 1em;
    background-clip: content-box;
  }
  .bar {
    display: block;
    font-family: var(--_headline-font);
    font-size: var(--_headline-size);
    block-size: calc(var(--_headline-line) * 1em);
    padding-block: 0.2em;
    background-clip: content-box;
  }
  .bar.short {
    inline-size: 70%;
  }
  .bar.meta {
    font-family: inherit;
    margin-block-start: 0.25em;
    inline-size: 35%;
    font-size: var(--_meta-size);
    block-size: calc(var(--_meta-line) * 1em);
    border-radius: var(--_radius);
  }
  @media (forced-colors: active) {
    [part~='rank'] {
      color: CanvasText;
    }
    [part~='heading'] {
      border-block-start-color: CanvasText;
    }
  }
`;
