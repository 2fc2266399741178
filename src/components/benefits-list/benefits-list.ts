import { html, isServer, LitElement, nothing, type PropertyValues, type CSSResultGroup, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { tokens } from '../../styles/tokens.js';
import { headingLevel, numberAttribute, text } from '../../util/values.js';
import { warnOnce } from '../../util/warn.js';
import { SlottedContentController } from '../shared/slotted-content-controller.js';
import { itemsFromMarkup, normalizeItems, type BenefitItem } from './benefit-items.js';
import { styles } from './benefits-list.styles.js';

/** The default item icon: a check mark. */
const checkMark = html`<svg part="icon" viewBox="0 0 24 24" aria-hidden="true">
  <path d="M9.5 16.2 5.3 12l-1.4 1.4 5.6 5.6 11-11-1.4-1.4z" fill="currentColor" />
</svg>`;

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
 * @cssprop [--benefits-list-background=transparent] - Background: transparent, or `--paywall-color-background` when the page sets it; dark by default in dark mode.
 * @cssprop [--benefits-list-padding=0] - Space inside the list's box (`--paywall-spacing` in dark mode).
 * @cssprop [--benefits-list-columns=2] - Columns when the list is at least 36rem wide.
 * @cssprop [--benefits-list-gap=var(--paywall-spacing)] - Space between rows.
 * @cssprop [--benefits-list-icon-color=var(--paywall-color-accent)] - Colour of the default check mark.
 * @cssprop [--benefits-list-heading-size=1.25rem] - Font size of the heading.
 */
export class BenefitsList extends LitElement {
  static override styles: CSSResultGroup = [tokens, styles];

  /** The heading above the items. */
  @property() heading?: string;
  /** Heading level (1-6), to fit the page's outline. */
  @property({ type: Number, attribute: 'heading-level', converter: numberAttribute }) headingLevel = 2;
  /** Items as data; when set, the markup list is ignored. */
  @property({ attribute: false }) items?: BenefitItem[] | null;

  private shown: BenefitItem[] = [];
  private readonly slotted = new SlottedContentController(this);
  /** The markup list is read again whenever it changes (made when connected: a server has no MutationObserver). */
  private markupObserver?: MutationObserver;

  /** On the server (Lit SSR), which cannot read the element's markup: its list shows through a slot. */
  private get markupOnServer(): boolean {
    return isServer && (this.items === undefined || this.items === null);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.markupObserver ??= new MutationObserver(() => this.requestUpdate());
    this.markupObserver.observe(this, { childList: true, subtree: true, characterData: true, attributes: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.markupObserver?.disconnect();
  }

  /** A view the server rendered (paywall-elements/ssr) goes: the list renders the same in its place, before the next paint. */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    this.shadowRoot?.replaceChildren();
    return super.createRenderRoot();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.markupOnServer) return;
    const fromMarkup = this.items === undefined || this.items === null;
    const source = fromMarkup ? itemsFromMarkup(this) : this.items;
    const { items, problems } = normalizeItems(source, isServer ? undefined : document.baseURI, fromMarkup ? 'list markup' : 'items');
    this.shown = items;
    warnOnce(this, problems);
  }

  private listTemplate(): TemplateResult {
    return html`
      <ul part="list">
        ${this.shown.map(
          ({ title, description, icon }) => html`
            <li part="item">
              ${icon ? html`<img part="icon" src=${icon} alt="" />` : checkMark}
              <span>
                <span part="title">${title}</span>
                ${description ? html`<span part="description">${description}</span>` : nothing}
              </span>
            </li>
          `,
        )}
      </ul>
    `;
  }

  protected override render(): TemplateResult {
    const heading = text(this.heading);
    const hasHeading = !!heading?.trim() || this.slotted.has('heading');
    // Not a landmark: a page may hold several lists (one per gate) with the same heading.
    return html`
      <div part="base">
        <div part="heading" role="heading" aria-level=${headingLevel(this.headingLevel, 2)} ?hidden=${!hasHeading}>
          <slot name="heading">${heading}</slot>
        </div>
        ${this.markupOnServer ? html`<slot></slot>` : this.listTemplate()}
      </div>
    `;
  }
}
