import { css } from 'lit';

export const styles = css`
  :host {
    display: flex;
    flex: 1 1 12rem;
    min-width: 0;
    line-height: 1.4;
  }
  [part~='card'] {
    flex: 1;
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: calc(var(--_space) / 2);
    padding: var(--plan-card-padding, calc(var(--_space) * 1.25));
    background: var(--plan-card-background, var(--_surface));
    border: 1px solid var(--plan-card-border-color, var(--_border));
    border-radius: var(--plan-card-radius, var(--_radius));
    text-align: center;
  }
  :host([featured]) [part~='card'] {
    border: 2px solid var(--plan-card-featured-color, var(--_accent));
    box-shadow: 0 0.25rem 1rem rgb(0 0 0 / 0.15);
  }
  [part~='badge'] {
    padding: 0.125rem 0.75rem;
    border-radius: 1rem;
    background: var(--plan-card-featured-color, var(--_accent));
    color: var(--_on-accent);
    font-size: 0.8125rem;
    font-weight: 700;
  }
  [part~='name'] {
    font-size: 1.125rem;
    font-weight: 700;
  }
  [part~='price'] {
    font-size: var(--plan-card-price-size, 2rem);
    font-weight: 800;
    line-height: 1.1;
  }
  [part~='period'],
  [part~='per-month'],
  [part~='note'] {
    color: var(--_muted);
  }
  [part~='per-month'] {
    font-weight: 600;
  }
  [part~='cta'] {
    align-self: stretch;
    margin-top: auto;
    padding: 0.75rem 1rem;
    border: 2px solid var(--plan-card-cta-color, var(--_accent));
    border-radius: var(--plan-card-radius, var(--_radius));
    background: transparent;
    color: var(--plan-card-cta-color, var(--_accent));
    font: inherit;
    font-weight: 700;
    text-decoration: none;
    cursor: pointer;
  }
  :host([featured]) [part~='cta'],
  [part~='cta']:hover {
    background: var(--plan-card-cta-color, var(--_accent));
    color: var(--_on-accent);
  }
  [part~='note'] {
    font-size: 0.8125rem;
  }
`;
