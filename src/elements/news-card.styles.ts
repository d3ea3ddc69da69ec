import { css } from 'lit';

/**
 * What `news-card` adds to the shared and card styles: the host is the card's size container. A size container
 * has no width of its own, so the host never collapses in a shrink-to-fit box (a flex row, a float).
 */
export const newsCardStyles = css`
  :host {
    container: news-card / inline-size;
    min-inline-size: min(100%, 16rem);
  }
`;
