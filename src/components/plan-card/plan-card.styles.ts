import { css } from 'lit';

/**
 * A card is a grid of seven rows: name, price, period, per-month price, the default slot, the
 * call to action and the renewal note. Each part keeps its row when another is missing, so that
 * the gate can line the rows up across its cards (it makes each card a subgrid of its plans).
 * Rows have no gap of their own: a missing part takes no room. The badge sits on the card's top
 * edge, in room every card keeps, so a card with a badge lines up with one without.
 */
export const styles = css`
  :host {
    display: grid;
    grid-template-rows: repeat(7, auto);
    /* In a page's flex row of cards, each takes an equal share. */
    flex: 1 1 12rem;
    min-width: 0;
    padding-block-start: 0.75rem;
    line-height: 1.4;
  }
  [part~='card'] {
    position: relative;
    grid-row: 1 / -1;
    display: grid;
    grid-template-rows: subgrid;
    justify-items: center;
    padding: var(--plan-card-padding, calc(var(--_space) * 1.25));
    background: var(--plan-card-background, var(--_surface));
    border: 1px solid var(--plan-card-border-color, var(--_border));
    border-radius: var(--plan-card-radius, var(--_radius));
    text-align: center;
  }
  /* Featured: a ring outside the border and a shadow, so that nothing inside moves. */
  :host([featured]) [part~='card'] {
    border-color: var(--plan-card-featured-color, var(--_accent));
    box-shadow:
      0 0 0 2px var(--plan-card-featured-color, var(--_accent)),
      0 0.25rem 1rem rgb(0 0 0 / 0.15);
  }
  [part~='badge'] {
    position: absolute;
    inset-block-start: 0;
    inset-inline: 0;
    width: fit-content;
    max-width: calc(100% - 2rem);
    margin-inline: auto;
    translate: 0 -50%;
    padding: 0.125rem 0.75rem;
    border-radius: var(--plan-card-radius, var(--_radius));
    background: var(--plan-card-featured-color, var(--_accent));
    color: var(--_on-accent);
    font-size: 0.8125rem;
    font-weight: 700;
  }
  [part~='name'] {
    grid-row: 1;
    font-size: 1.125rem;
    font-weight: 700;
  }
  [part~='price'] {
    grid-row: 2;
    margin-block-start: 0.25rem;
    font-size: var(--plan-card-price-size, 2rem);
    font-weight: 800;
    line-height: 1.1;
  }
  [part~='period'] {
    grid-row: 3;
  }
  [part~='per-month'] {
    grid-row: 4;
    font-weight: 600;
  }
  slot:not([name]) {
    grid-row: 5;
    display: block;
  }
  [part~='period'],
  [part~='per-month'],
  [part~='note'] {
    color: var(--_muted);
  }
  [part~='cta'] {
    grid-row: 6;
    justify-self: stretch;
    margin-block: 0.75rem 0.5rem;
    padding: 0.75rem 0.5rem;
    border: 2px solid var(--plan-card-cta-color, var(--_accent));
    border-radius: var(--plan-card-radius, var(--_radius));
    background: transparent;
    color: var(--plan-card-cta-color, var(--_accent));
    font: inherit;
    font-weight: 700;
    text-align: center;
    text-decoration: none;
    cursor: pointer;
  }
  :host([featured]) [part~='cta'],
  [part~='cta']:hover {
    background: var(--plan-card-cta-color, var(--_accent));
    color: var(--_on-accent);
  }
  [part~='note'] {
    grid-row: 7;
    font-size: 0.8125rem;
  }
  /*
   * In a narrow offer (the nearest query container, which the gate's offer is): a compact row,
   * the name and period on the start side, the prices on the end side, the button under them.
   */
  @container (width <= 30rem) {
    [part~='card'] {
      grid-template-columns: 1fr auto;
      grid-template-rows: none;
      grid-template-areas: 'name price' 'period per-month' 'extra extra' 'cta cta' 'note note';
      column-gap: var(--_space);
      justify-items: start;
      align-items: baseline;
      padding: var(--plan-card-padding, var(--_space));
      text-align: start;
    }
    [part~='badge'] {
      margin-inline: var(--_space) auto;
    }
    [part~='name'] {
      grid-area: name;
    }
    [part~='price'] {
      grid-area: price;
      justify-self: end;
      margin: 0;
      font-size: var(--plan-card-price-size, 1.5rem);
    }
    [part~='period'] {
      grid-area: period;
    }
    [part~='per-month'] {
      grid-area: per-month;
      justify-self: end;
    }
    slot:not([name]) {
      grid-area: extra;
    }
    [part~='cta'] {
      grid-area: cta;
    }
    [part~='note'] {
      grid-area: note;
    }
  }
`;
