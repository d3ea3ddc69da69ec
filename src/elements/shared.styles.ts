import { css } from 'lit';

/**
 * Styles every element shares: the host box, design tokens read through fallbacks, links, focus, the message
 * and the loading skeleton.
 *
 * Colors follow the page: text inherits the page's own color (an unset `--news-color-text` leaves `color`
 * inherited), muted text and surfaces are mixed from `currentColor`, and the accent uses `light-dark()`, which
 * follows the page's `color-scheme`. A page that declares `color-scheme: light dark` therefore gets dark widgets
 * under `prefers-color-scheme: dark`, and a light page is never given light text.
 * Public `--news-*` properties are only read, never declared here, so values set by the page always win.
 */
export const sharedStyles = css`
  :host {
    --_muted: var(--news-color-muted, color-mix(in srgb, currentColor 68%, transparent));
    --_surface: var(--news-color-surface, color-mix(in srgb, currentColor 8%, transparent));
    --_border: var(--news-color-border, color-mix(in srgb, currentColor 18%, transparent));
    --_accent: var(--news-accent, light-dark(#b3122e, #ff7a8a));
    --_radius: var(--news-radius, 6px);
    --_space: var(--news-space, 12px);
    --_headline-font: var(--news-headline-font, var(--news-font, inherit));
    --_focus: var(--news-focus-color, light-dark(#0a58ca, #8ab4ff));
    display: block;
    box-sizing: border-box;
    color: var(--news-color-text);
    font-family: var(--news-font, inherit);
    line-height: 1.4;
    min-inline-size: 0;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  a {
    color: inherit;
    text-decoration: none;
  }
  a:hover {
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  a:focus-visible,
  button:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
    border-radius: 2px;
  }
  [part~='message'] {
    margin: 0;
    padding: var(--_space);
    color: var(--_muted);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    font-size: 0.9375em;
  }
  .skeleton {
    display: block;
    background: var(--_surface);
    border-radius: var(--_radius);
  }
  @keyframes news-pulse {
    50% {
      opacity: 0.55;
    }
  }
  @media (prefers-reduced-motion: no-preference) {
    .skeleton {
      animation: news-pulse 1.6s ease-in-out infinite;
    }
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media (forced-colors: active) {
    .skeleton {
      border: 1px solid CanvasText;
    }
    a:focus-visible,
    button:focus-visible {
      outline-color: Highlight;
    }
  }
`;
