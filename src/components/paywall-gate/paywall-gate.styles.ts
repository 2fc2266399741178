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
  /* A slow answer: after half a second, a quiet block in the kept room says the offer is coming. */
  :host([state='pending']) [part~='offer']::before {
    content: '';
    display: block;
    height: 12rem;
    border-radius: var(--_radius);
    background: var(--_surface);
    animation: wait 0.3s 0.5s both;
  }
  @keyframes wait {
    from {
      opacity: 0;
    }
  }
  /* The announcement of an unlock: heard, not seen (clipped away, out of the flow). */
  [part~='status'] > span {
    position: absolute;
    clip-path: inset(50%);
  }
`;
