import { css } from 'lit';

/** The offer's styles, which the gate adopts when it loads the offer's module. */
export const offerStyles = css`
  :host([state='locked']) [part~='offer'] {
    display: flex;
    flex-direction: column;
    gap: var(--_space);
    padding: calc(var(--_space) * 1.5) 0;
    background: var(--_ground);
    text-align: center;
    line-height: 1.4;
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
  /* The offer fades in; a server-rendered one does not, as it was there from the first paint. */
  @media (prefers-reduced-motion: no-preference) {
    :host([state='locked']:not([server-rendered])) [part~='offer'] {
      animation: reveal 0.3s ease-out;
    }
  }
  @keyframes reveal {
    from {
      opacity: 0;
    }
  }
`;
