import { html, nothing } from 'lit/html.js';
import { BaseElement, type PropertyValues } from '../../base/base-element.js';
import { canonicalLocale, inheritedLocale } from '../../format/locale.js';
import { describePlan, type PlanView } from '../../plans/plan.js';
import { tokens } from '../../styles/tokens.js';
import { emit } from '../../util/emit.js';
import { headingLevel, problem, text, warnOnce } from '../../util/warn.js';
import { styles } from './plan-card.styles.js';

/** The plan a reader chose, as `paywall-plan-select` reports it. */
export interface PlanSelection {
  name?: string;
  /** Total price in major units, when valid. */
  price?: number;
  currency?: string;
  period?: string;
  /** The checkout URL that will be followed, absolute; absent when none or refused. */
  href?: string;
  featured: boolean;
}

export interface PlanSelectDetail {
  plan: PlanSelection;
}

export const DEFAULT_CTA = 'Choose plan';
export const DEFAULT_RENEWAL = 'Auto-renews; cancel anytime.';

/**
 * @tag plan-card
 * @summary One subscription plan: name, total price, duration, per-month price, renewal note and a call to action.
 *
 * @slot - Extra content under the prices, such as what the plan adds.
 * @slot badge - Replaces the `badge` text.
 * @slot cta - Replaces the call-to-action label.
 * @slot note - Replaces the renewal note.
 *
 * @csspart card - The card's box.
 * @csspart badge - The badge above the name.
 * @csspart name - The plan's name.
 * @csspart price - The total price.
 * @csspart period - The duration, e.g. "1 Year".
 * @csspart per-month - The derived per-month price.
 * @csspart cta - The call to action: a link, or a button when there is no usable `href`.
 * @csspart note - The renewal note.
 *
 * @cssprop [--plan-card-background=var(--paywall-color-surface)] - Card background.
 * @cssprop [--plan-card-border-color=var(--paywall-color-border)] - Card border.
 * @cssprop [--plan-card-featured-color=var(--paywall-color-accent)] - Border and badge of a featured card.
 * @cssprop [--plan-card-cta-color=var(--paywall-color-accent)] - Call-to-action colour.
 * @cssprop [--plan-card-radius=var(--paywall-radius)] - Corner radius.
 * @cssprop [--plan-card-padding=1.25rem] - Space inside the card.
 * @cssprop [--plan-card-price-size=2rem] - Font size of the total price.
 *
 * @fires {CustomEvent<PlanSelectDetail>} paywall-plan-select - The reader activated the call to action. Cancelable: cancelling stops the navigation to `href`.
 */
export class PlanCard extends BaseElement {
  static override styles = [tokens, styles];

  // Declared as static properties rather than decorators: the same API, about 400 bytes
  // (gzipped) less in the script-tag bundle, which has to fit the whole library in 14 KB.
  static override properties = {
    name: {},
    price: {},
    currency: {},
    period: {},
    locale: {},
    href: {},
    featured: { type: Boolean },
    badge: {},
    ctaLabel: {},
    renewalNote: {},
    perMonthLabel: {},
    headingLevel: { type: Number },
  };

  /** The plan's name, e.g. "Annual". */
  declare name?: string;
  /** Total price in major units, e.g. `2700`. */
  declare price?: number | string;
  /** ISO 4217 currency code, e.g. `INR`. */
  declare currency?: string;
  /** ISO 8601 duration: `P3M`, `P1Y`, `P2Y`, `P1W`, `P1D`. */
  declare period?: string;
  /** BCP 47 locale for numbers and words; defaults to the nearest `lang`, else the browser's. */
  declare locale?: string;
  /** Checkout URL (http, https or relative; on an allowed origin when the page has `<meta name="paywall-allowed-origins">`). Others are refused with a warning. */
  declare href?: string;
  /** Highlights the card as the recommended plan. */
  featured = false;
  /** Short text shown above the name, e.g. "Best value". */
  declare badge?: string;
  /** Label of the call to action. */
  declare ctaLabel?: string;
  /** The note under the call to action about renewal. */
  declare renewalNote?: string;
  /** Template of the per-month line; `{price}` is replaced, e.g. `{price} a month`. */
  declare perMonthLabel?: string;
  /** Heading level (1-6) of the plan's name, to fit the page's outline. */
  headingLevel = 3;

  private _view: PlanView = {};

  protected override willUpdate(_changed: PropertyValues): void {
    // Reflected, for the styles of a featured card.
    this.toggleAttribute('featured', this.featured === true);
    const locale = canonicalLocale(this.locale);
    const { view, problems } = describePlan(this, locale ?? inheritedLocale(this), document.baseURI);
    if (this.locale && !locale) problems.unshift(problem('locale', this.locale, 'is not a language tag', "the page's language is used"));
    this._view = view;
    warnOnce(this, problems);
  }

  /** The plan's fields as the event reports them. */
  get plan(): PlanSelection {
    const { name, amount, currency, href } = this._view;
    return { name, price: amount, currency, period: text(this.period), href, featured: this.featured === true };
  }

  private _handleSelect(event: MouseEvent): void {
    if (!emit<PlanSelectDetail>(this, 'paywall-plan-select', { plan: this.plan }, true)) event.preventDefault();
  }

  protected override render() {
    const { name, price, period, perMonth, href } = this._view;
    const level = headingLevel(this.headingLevel, 3);
    const badge = text(this.badge);
    const label = html`<slot name="cta">${text(this.ctaLabel) || DEFAULT_CTA}</slot>`;
    const named = name ? 'name' : nothing;
    return html`
      <article part="card" aria-labelledby=${named}>
        <p part="badge" ?hidden=${!badge && !this.querySelector(':scope>[slot=badge]')}>
          <slot name="badge" @slotchange=${() => this.requestUpdate()}>${badge}</slot>
        </p>
        ${name ? html`<div part="name" id="name" role="heading" aria-level=${level}>${name}</div>` : nothing}
        ${price ? html`<p part="price" id="price">${price}</p>` : nothing}
        ${period ? html`<p part="period">${period}</p>` : nothing}
        ${perMonth ? html`<p part="per-month">${perMonth}</p>` : nothing}
        <slot></slot>
        ${href
          ? html`<a part="cta" href=${href} aria-describedby=${named} @click=${this._handleSelect}>${label}</a>`
          : html`<button part="cta" type="button" aria-describedby=${named} @click=${this._handleSelect}>${label}</button>`}
        <p part="note"><slot name="note">${text(this.renewalNote) || DEFAULT_RENEWAL}</slot></p>
      </article>
    `;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'paywall-plan-select': CustomEvent<PlanSelectDetail>;
  }
}
