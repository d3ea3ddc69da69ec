import { css } from 'lit';

/**
 * `news-byline`: one line of small text that wraps between its pieces, led by the authors' avatars. Author names
 * keep the page's text color; dates, reading time, credit and separators are muted (mixed from the page's color).
 * The line is at least one avatar tall, with or without avatars, and so is the skeleton: nothing moves when the
 * data arrives.
 */
export const bylineStyles = css`
  :host {
    --_avatar: var(--news-byline-avatar-size, 1.75em);
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
  .text {
    min-inline-size: 0;
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
  .bar.skeleton {
    inline-size: min(22em, 70%);
    block-size: 1em;
  }
`;
