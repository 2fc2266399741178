import { html, nothing } from 'lit/html.js';
import { BaseElement, type PropertyValues } from '../../base/base-element.js';
import { tokens } from '../../styles/tokens.js';
import { headingLevel, text, warnOnce } from '../../util/warn.js';
import { itemsFromMarkup, normalizeItems, type BenefitItem } from './benefit-items.js';
import { styles } from './benefits-list.styles.js';

/**
 * @tag benefits-list
 * @summary What a subscription includes: a heading and titled items with one-line descriptions.
 *
 * Items come from the `items` property or, when it is unset, from a plain list in the element's
 * markup, which reads well before the script runs:
 * `<ul><li><strong>Title</strong> One-line description</li></ul>`.
 *
 * @slot heading - Replaces the `heading` text.
 *
 * @csspart base - The box around heading and list.
 * @csspart heading - The heading.
 * @csspart list - The list of items.
 * @csspart item - One item.
 * @csspart icon - An item's icon (the default check mark or its image).
 * @csspart title - An item's title.
 * @csspart description - An item's description.
 *
 * @cssprop [--benefits-list-background=transparent] - Background; dark by default in dark mode.
 * @cssprop [--benefits-list-padding=0] - Space inside the list's box (1rem in dark mode).
 * @cssprop [--benefits-list-columns=2] - Columns when the list is at least 36rem wide.
 * @cssprop [--benefits-list-gap=var(--paywall-spacing)] - Space between rows.
 * @cssprop [--benefits-list-icon-color=var(--paywall-color-accent)] - Colour of the default check mark.
 * @cssprop [--benefits-list-heading-size=1.25rem] - Font size of the heading.
 */
export class BenefitsList extends BaseElement {
  static override styles = [tokens, styles];

  static override properties = {
    heading: {},
    headingLevel: { type: Number },
    items: { attribute: false },
  };

  /** The heading above the items. */
  declare heading?: string;
  /** Heading level (1-6), to fit the page's outline. */
  headingLevel = 2;
  /** Items as data; when set, the markup list is ignored. */
  declare items?: BenefitItem[];

  private _shown: BenefitItem[] = [];
  private readonly _observer = new MutationObserver(() => this.requestUpdate());

  override connectedCallback(): void {
    super.connectedCallback();
    this._observer.observe(this, { childList: true, subtree: true, characterData: true, attributes: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._observer.disconnect();
  }

  protected override willUpdate(_changed: PropertyValues): void {
    const fromMarkup = this.items === undefined || this.items === null;
    const { items, problems } = normalizeItems(fromMarkup ? itemsFromMarkup(this) : this.items, document.baseURI, fromMarkup ? 'list markup' : 'items');
    this._shown = items;
    warnOnce(this, problems);
  }

  protected override render() {
    const level = headingLevel(this.headingLevel, 2);
    const heading = text(this.heading);
    const hasHeading = !!heading?.trim() || !!this.querySelector(':scope>[slot=heading]');
    // Not a landmark: a page may hold several lists (one per gate) with the same heading.
    return html`
      <div part="base">
        <div part="heading" role="heading" aria-level=${level} ?hidden=${!hasHeading}>
          <slot name="heading">${heading}</slot>
        </div>
        <ul part="list">
          ${this._shown.map(
            ({ title, description, icon }) => html`
              <li part="item">
                ${icon
                  ? html`<img part="icon" src=${icon} alt="">`
                  : html`<svg part="icon" viewBox="0 0 24 24" aria-hidden="true"><path d="M9.5 16.2 5.3 12l-1.4 1.4 5.6 5.6 11-11-1.4-1.4z" fill="currentColor"/></svg>`}
                <span>
                  <span part="title">${title}</span>
                  ${description ? html`<span part="description">${description}</span>` : nothing}
                </span>
              </li>
            `,
          )}
        </ul>
      </div>
    `;
  }
}
