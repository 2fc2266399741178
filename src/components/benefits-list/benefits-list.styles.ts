import { css } from 'lit';

export const styles = css`
  /* Transparent on a light page; in dark mode it paints its own ground, since the page may not. */
  :host {
    display: block;
    container-type: inline-size;
    line-height: 1.4;
    padding: var(--benefits-list-padding, 0);
    border-radius: var(--_radius);
    background: var(--benefits-list-background, var(--paywall-color-background, light-dark(transparent, #121417)));
  }
  @media (prefers-color-scheme: dark) {
    :host {
      padding: var(--benefits-list-padding, var(--_space));
    }
  }
  [part~='heading'] {
    margin: 0 0 var(--_space);
    font-size: var(--benefits-list-heading-size, 1.25rem);
    font-weight: 700;
  }
  ul {
    display: grid;
    gap: var(--benefits-list-gap, var(--_space)) calc(var(--_space) * 2);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  @container (min-width: 36rem) {
    ul {
      grid-template-columns: repeat(var(--benefits-list-columns, 2), minmax(0, 1fr));
    }
  }
  li {
    display: flex;
    gap: calc(var(--_space) * 0.75);
    align-items: flex-start;
  }
  [part~='icon'] {
    flex: none;
    width: 1.5rem;
    height: 1.5rem;
    color: var(--benefits-list-icon-color, var(--_accent));
    object-fit: contain;
  }
  [part~='title'] {
    display: block;
    font-weight: 700;
  }
  [part~='description'] {
    display: block;
    color: var(--_muted);
  }
`;
