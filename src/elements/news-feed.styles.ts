import { css } from 'lit';

/**
 * What `news-feed` adds to the shared and card styles: the grid or list, and the "Show more" footer.
 *
 * - Each item is a `news-card` size container: a card sizes itself to its cell (a horizontal card stacks in a
 *   narrow one).
 * - `list` layout (`.rows`): one column of cards with rules between them.
 * - Long lists (`.long`): cards off screen skip layout and paint (`content-visibility: auto`), holding their last
 *   or an estimated height; `overflow-clip-margin` leaves room for the focus ring that paint containment would cut.
 * - While loading, a placeholder pill holds the room of the "Show more" button (`.more.skeleton`).
 */
export const newsFeedStyles = css`
  :host {
    --_gap: var(--news-feed-gap, calc(var(--news-space, 12px) * 2));
  }
  .list {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--news-feed-min-column, 16rem)), 1fr));
    gap: var(--news-feed-row-gap, var(--_gap)) var(--news-feed-column-gap, var(--_gap));
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .item {
    container: news-card / inline-size;
    min-inline-size: 0;
  }

  .list.rows {
    grid-template-columns: minmax(0, 1fr);
    row-gap: 0;
  }
  .rows .item {
    padding-block: calc(var(--_gap) / 2);
    border-block-start: 1px solid var(--_border);
  }
  .rows .item:first-child {
    padding-block-start: 0;
    border-block-start: 0;
  }

  .long .item {
    content-visibility: auto;
    contain-intrinsic-size: auto var(--news-feed-item-size, 22rem);
    overflow-clip-margin: 6px;
  }
  .rows.long .item {
    contain-intrinsic-size: auto var(--news-feed-item-size, 10rem);
  }

  .footer {
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: calc(var(--_space) / 2);
  }
  .more {
    margin-block-start: var(--_gap);
    min-block-size: 2.75em;
    padding: 0.5em 1.75em;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: transparent;
    color: inherit;
    font: inherit;
    font-size: 0.9375em;
    font-weight: 600;
    cursor: pointer;
  }
  .more.skeleton {
    inline-size: 9em;
    border-color: transparent;
    background: var(--_surface);
  }
  .more:hover {
    background: var(--_surface);
  }
  .more[aria-disabled='true'] {
    cursor: progress;
    color: var(--_muted);
  }
  .status {
    margin: 0;
    color: var(--_muted);
    font-size: 0.875em;
    text-align: center;
  }
  .status.error {
    color: inherit;
  }
  @media (forced-colors: active) {
    .more {
      border-color: ButtonText;
    }
  }
`;
