import { css } from 'lit';

/**
 * The offer's styles, which the gate adopts when it loads the offer's module. The offer is the
 * query container of its plans and benefits: narrower than 30rem (a phone), the plans become
 * compact rows with the featured plan first, and the benefits fold behind "What's included".
 */
export const offerStyles = css`
  /*
   * The fade: over the preview's last lines only, from the offer's top up, never above the gate,
   * and none over a preview of three lines or fewer, which keeps all its contrast. Where anchor
   * positioning is missing, there is no fade.
   */
  [part~='base'] {
    position: relative;
  }
  [part~='fade'] {
    display: none;
  }
  @supports (top: anchor(--paywall-offer top)) {
    [part~='offer'] {
      anchor-name: --paywall-offer;
    }
    [part~='fade'] {
      display: block;
      position: absolute;
      inset-inline: 0;
      top: max(3lh, anchor(--paywall-offer top) - var(--paywall-gate-fade-height, 6rem));
      bottom: anchor(--paywall-offer top);
      background: linear-gradient(to bottom, transparent, var(--_ground));
      pointer-events: none;
    }
  }
  :host([state='locked']) [part~='offer'] {
    container-type: inline-size;
    display: flex;
    flex-direction: column;
    gap: var(--_space);
    padding-block: calc(var(--_space) * 1.5);
    background: var(--_ground);
    line-height: 1.4;
    animation: reveal 0.3s ease-out;
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
  /*
   * Each card is a subgrid of seven of the plans' rows (see plan-card.styles.ts), so that names,
   * prices, periods and buttons line up across the cards. Its top padding keeps room for a badge.
   */
  [part~='plans'] {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 12.5rem), 1fr));
    column-gap: var(--_space);
    reading-flow: grid-order;
  }
  plan-card,
  ::slotted(plan-card) {
    grid-row: span 7;
    grid-template-rows: subgrid;
    padding-block-start: calc(var(--_space) * 1.25);
  }
  /* A lone plan does not stretch across the column. */
  plan-card:only-of-type,
  ::slotted(plan-card:only-of-type) {
    max-width: 20rem;
  }
  [part~='benefits'] {
    margin-block: calc(var(--_space) / 2);
  }
  [part~='benefits-summary'] {
    padding: 0.75rem var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    font-weight: 700;
    cursor: pointer;
  }
  [part~='benefits'][open] > [part~='benefits-summary'] {
    margin-block-end: var(--_space);
  }
  /* Wider than a phone, the benefits show without their summary, folded or not. */
  @supports selector(::details-content) {
    @container (width > 30rem) {
      [part~='benefits-summary'] {
        display: none;
      }
      [part~='benefits']::details-content {
        content-visibility: visible;
      }
    }
  }
  [part~='cta'] {
    align-self: start;
    margin-block-start: calc(var(--_space) / 2);
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
  @container (width <= 30rem) {
    [part~='heading'] {
      font-size: var(--paywall-gate-heading-size, 1.25rem);
    }
    [part~='plans'] {
      grid-template-columns: 1fr;
    }
    plan-card,
    ::slotted(plan-card) {
      grid-row: auto;
      grid-template-rows: none;
    }
    plan-card[featured],
    ::slotted(plan-card[featured]) {
      order: -1;
    }
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
  /* A server-rendered offer was there from the first paint: it does not fade in again. */
  :host([server-rendered]) [part~='offer'] {
    animation: none;
  }
`;
