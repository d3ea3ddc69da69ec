import { css } from 'lit';

/**
 * `news-byline`: small text that wraps between its pieces, led by the authors' avatars. Author names keep the page's
 * text color; dates, reading time, credit and separators are muted (mixed from the page's color).
 *
 * The byline always takes `--news-byline-lines` lines of text (2): shorter text keeps the room, longer text ends in an
 * ellipsis (its pieces are ordered from most to least important, and screen readers still hear all of it). The
 * skeleton takes the same lines, so nothing below the byline moves when the data arrives, however long it is.
 */
export const bylineStyles = css`
  :host {
    --_avatar: var(--news-byline-avatar-size, 1.75em);
    --_lines: var(--news-byline-lines, 2);
    font-size: var(--news-byline-font-size, 0.875em);
    line-height: 1.5;
  }
  [part~='byline'],
  .line {
    display: flex;
    align-items: center;
    gap: 0.5em;
    min-block-size: var(--_avatar);
    margin: 0;
  }
  .avatars {
    display: flex;
    flex: none;
  }
  [part~='avatar'] {
    display: block;
    inline-size: var(--_avatar);
    block-size: var(--_avatar);
    border-radius: 50%;
    object-fit: cover;
    background: var(--_surface);
    box-shadow: 0 0 0 2px var(--news-byline-avatar-ring, Canvas);
  }
  [part~='avatar'] + [part~='avatar'] {
    margin-inline-start: calc(var(--_avatar) * -0.3);
  }
  .text,
  .bars {
    min-inline-size: 0;
    min-block-size: calc(var(--_lines) * 1lh);
  }
  .text {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: var(--_lines);
    overflow: hidden;
    overflow-wrap: anywhere;
  }
  [part~='published'],
  [part~='updated'],
  [part~='reading-time'],
  [part~='credit'],
  [part~='separator'] {
    color: var(--_muted);
  }
  [part~='author'] {
    font-weight: 600;
  }
  [part~='published'],
  [part~='updated'],
  [part~='reading-time'] {
    white-space: nowrap;
  }
  [part~='section'] {
    font-weight: 600;
    color: var(--news-byline-section-color, var(--_accent));
  }
  .line .skeleton {
    flex: none;
  }
  .avatar.skeleton {
    inline-size: var(--_avatar);
    block-size: var(--_avatar);
    border-radius: 50%;
  }
  .bars {
    display: block;
    flex: 1 1 auto;
  }
  .bar.skeleton {
    display: block;
    inline-size: min(22em, 90%);
    block-size: 1lh;
    padding-block: 0.25lh;
    background-clip: content-box;
  }
  .bar.short {
    inline-size: min(12em, 50%);
  }
`;
