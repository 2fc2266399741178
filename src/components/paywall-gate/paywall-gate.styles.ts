import { css } from 'lit';

/** The gate's own styles; the offer's come with the offer's module (offer.styles.ts). */
export const styles = css`
  /* The article inherits the page's text styles; only the offer takes the theme's. */
  :host {
    display: block;
    color: inherit;
    font-family: inherit;
    color-scheme: inherit;
    --_ground: var(--paywall-gate-background, var(--_bg));
  }
  [part~='offer'] {
    position: relative;
    color-scheme: var(--paywall-color-scheme, light dark);
    color: var(--_text);
    font-family: var(--paywall-font-family, system-ui, sans-serif);
  }
  /* Room for the offer while the decision is pending (or the offer's module loads), so that its arrival moves nothing. */
  :host([state='pending']) [part~='offer'],
  [part~='offer'][data-reserve] {
    min-height: var(--paywall-gate-reserve, 100vh);
  }
  /* The announcement of an unlock: heard, not seen (clipped away, out of the flow). */
  [part~='status'] > span {
    position: absolute;
    clip-path: inset(50%);
  }
`;
