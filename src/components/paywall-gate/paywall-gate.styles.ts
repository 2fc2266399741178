import { css } from 'lit';

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
  /* Room for the offer while the decision is pending (or the offer's elements load), so that its arrival moves nothing. */
  :host([state='pending']) [part~='offer'],
  [part~='offer'][data-reserve] {
    min-height: var(--paywall-gate-reserve, 100vh);
  }
  :host([state='locked']) [part~='offer'] {
    display: flex;
    flex-direction: column;
    gap: var(--_space);
    padding: calc(var(--_space) * 1.5) 0;
    background: var(--_ground);
    text-align: center;
    line-height: 1.4;
    animation: reveal 0.3s ease-out;
  }
  [part~='fade'] {
    position: absolute;
    bottom: 100%;
    inset-inline: 0;
    height: var(--paywall-gate-fade-height, 6rem);
    background: linear-gradient(to bottom, transparent, var(--_ground));
    pointer-events: none;
  }
  [part~='heading'] {
    font-size: var(--paywall-gate-heading-size, 1.5rem);
    font-weight: 800;
    line-height: 1.25;
  }
  [part~='subheading'],
  [part~='login'] {
    color: var(--_muted);
  }
  a {
    color: var(--_accent);
    font-weight: 700;
  }
  [part~='plans'] {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  [part~='plans'],
  [part~='benefits'] {
    text-align: start;
  }
  [part~='cta'] {
    align-self: center;
    padding: 0.875rem 1.5rem;
    border: 0;
    border-radius: var(--_radius);
    background: var(--paywall-gate-cta-color, var(--_accent));
    color: var(--_on-accent);
    font: inherit;
    font-weight: 700;
    text-decoration: none;
    cursor: pointer;
  }
  /* The announcement of an unlock: heard, not seen (clipped away, out of the flow). */
  [part~='status'] > span {
    position: absolute;
    clip-path: inset(50%);
  }
  @keyframes reveal {
    from {
      opacity: 0;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    :host([state='locked']) [part~='offer'] {
      animation: none;
    }
  }
`;
