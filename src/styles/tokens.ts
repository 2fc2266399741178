import { css } from 'lit';

/**
 * The global theme tokens (`--paywall-*`), resolved once per component into private
 * `--_*` properties. `light-dark()` follows the reader's colour scheme unless the page
 * pins one with `--paywall-color-scheme`. Both palettes pass WCAG AA.
 */
export const tokens = css`
  :host {
    color-scheme: var(--paywall-color-scheme, light dark);
    --_accent: var(--paywall-color-accent, light-dark(#0a58ca, #8ab4f8));
    --_on-accent: var(--paywall-color-on-accent, light-dark(#fff, #0b1320));
    --_text: var(--paywall-color-text, light-dark(#1b1d21, #eceff3));
    --_muted: var(--paywall-color-muted, light-dark(#50565f, #b2b8c2));
    --_bg: var(--paywall-color-background, light-dark(#fff, #121417));
    --_surface: var(--paywall-color-surface, light-dark(#f5f7fa, #1d2025));
    --_border: var(--paywall-color-border, light-dark(#c9ced6, #434952));
    --_radius: var(--paywall-radius, 0.5rem);
    --_space: var(--paywall-spacing, 1rem);
    font-family: var(--paywall-font-family, system-ui, sans-serif);
    color: var(--_text);
    box-sizing: border-box;
  }
  * {
    box-sizing: inherit;
  }
  /* One focus ring for every link and button, in the text's colour: it stands out from the accent-outlined buttons. */
  :focus-visible {
    outline: 3px solid var(--paywall-focus-color, var(--_text));
    outline-offset: 2px;
  }
  [hidden] {
    display: none !important;
  }
  p {
    margin: 0;
  }
`;
