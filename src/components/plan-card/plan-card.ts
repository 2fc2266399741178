import { html, isServer, LitElement, nothing, type PropertyValues, type CSSResultGroup, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { canonicalLocale, inheritedLocale } from '../../format/locale.js';
import { describePlan, type Plan, type PlanView } from '../../plans/plan.js';
import type { Locale } from '../../locales/locale.js';
import { localeFor } from '../../locales/registry.js';
import { tokens } from '../../styles/tokens.js';
import { emit } from '../../util/emit.js';
import { headingLevel, numberAttribute, text, writtenValue } from '../../util/values.js';
import { problem, warnOnce } from '../../util/warn.js';
import { actionTemplate } from '../shared/action.js';
import { SlottedContentController } from '../shared/slotted-content-controller.js';
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

export const DEFAULT_CTA = 'Choose this plan';
export const DEFAULT_RENEWAL = 'The plan renews by itself until you cancel it.';

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
 * @csspart badge - The badge, on the card's top edge.
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
 * @cssprop [--plan-card-padding=calc(var(--paywall-spacing) * 1.25)] - Space inside the card.
 * @cssprop [--plan-card-price-size=2rem] - Font size of the total price.
 *
 * @fires {CustomEvent<PlanSelectDetail>} paywall-plan-select - The reader activated the call to action. Cancelable: cancelling stops the navigation to `href`.
 */
export class PlanCard extends LitElement implements Plan {
  static override styles: CSSResultGroup = [tokens, styles];

  /** The plan's name, e.g. "Annual". */
  @property() name?: string;
  /** Total price in major units, e.g. `2700`. */
  @property({ type: Number, converter: numberAttribute }) price?: number;
  /** ISO 4217 currency code, e.g. `INR`. */
  @property() currency?: string;
  /** ISO 8601 duration: `P3M`, `P1Y`, `P2Y`, `P1W`, `P1D`. */
  @property() period?: string;
  /** BCP 47 locale for numbers and words (and the default copy, from that language's locale: docs/languages.md); defaults to the nearest `lang`, else the browser's. */
  @property() locale?: string;
  /** Checkout URL (http, https or relative; on an allowed origin when the page has `<meta name="paywall-allowed-origins">`). Others are refused with a warning. */
  @property() href?: string;
  /** Highlights the card as the recommended plan. */
  @property({ type: Boolean, reflect: true }) featured = false;
  /** Short text shown above the name, e.g. "Best value". */
  @property() badge?: string;
  /** Label of the call to action. */
  @property({ attribute: 'cta-label' }) ctaLabel?: string;
  /** The note under the call to action about renewal. */
  @property({ attribute: 'renewal-note' }) renewalNote?: string;
  /** Template of the per-month line; `{price}` is replaced, e.g. `{price} a month`. */
  @property({ attribute: 'per-month-label' }) perMonthLabel?: string;
  /** Heading level (1-6) of the plan's name, to fit the page's outline. */
  @property({ type: Number, attribute: 'heading-level', converter: numberAttribute }) headingLevel = 3;

  private view: PlanView = {};
  /** The copy of the card's language, when not English and its locale is in. */
  private copy?: Locale;
  private readonly slotted = new SlottedContentController(this);

  /** A view the server rendered (paywall-elements/ssr) goes: the card renders the same in its place, before the next paint. */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    this.shadowRoot?.replaceChildren();
    return super.createRenderRoot();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const ownLocale = canonicalLocale(this.locale);
    const locale = ownLocale ?? inheritedLocale(this);
    this.copy = localeFor(locale, this);
    const plan = { ...this.fields(), price: writtenValue(this, 'price', this.price) as number | string };
    const words = { perMonth: this.copy?.plan?.perMonth, periods: this.copy?.periods };
    // On the server there is no page: relative links are kept as written, `{returnUrl}` as paywall-elements/ssr filled it.
    const { view, problems } = isServer
      ? describePlan(plan, locale, undefined, undefined, words)
      : describePlan(plan, locale, document.baseURI, location.href, words);
    if (this.locale && !ownLocale) problems.unshift(problem('locale', this.locale, 'is not a language tag', "the page's language is used"));
    this.view = view;
    warnOnce(this, problems);
  }

  /** The plan as its properties hold it. */
  private fields(): Plan {
    const { name, price, currency, period, locale, href, featured, badge, ctaLabel, renewalNote, perMonthLabel } = this;
    return { name, price, currency, period, locale, href, featured, badge, ctaLabel, renewalNote, perMonthLabel };
  }

  /** The plan's fields as the event reports them. */
  get plan(): PlanSelection {
    const { name, amount, currency, href } = this.view;
    return { name, price: amount, currency, period: text(this.period), href, featured: this.featured === true };
  }

  /** Moves focus to the call to action (which scrolls it into view), as the gate's own call to action does. */
  override focus(options?: FocusOptions): void {
    this.renderRoot.querySelector<HTMLElement>('[part~="cta"]')?.focus(options);
  }

  private handleSelect(event: MouseEvent): void {
    const proceed = emit<PlanSelectDetail>(this, 'paywall-plan-select', { plan: this.plan }, true);
    if (!proceed) event.preventDefault();
  }

  protected override render(): TemplateResult {
    const { name, price, period, perMonth, href } = this.view;
    const level = headingLevel(this.headingLevel, 3);
    const badge = text(this.badge);
    const named = name ? 'name' : undefined;
    return html`
      <article part="card" aria-labelledby=${named ?? nothing}>
        <p part="badge" ?hidden=${!badge && !this.slotted.has('badge')}><slot name="badge">${badge}</slot></p>
        ${name ? html`<div part="name" id="name" role="heading" aria-level=${level}>${name}</div>` : nothing}
        ${price ? html`<p part="price">${price}</p>` : nothing} ${period ? html`<p part="period">${period}</p>` : nothing}
        ${perMonth ? html`<p part="per-month">${perMonth}</p>` : nothing}
        <slot></slot>
        ${actionTemplate({
          part: 'cta',
          href,
          label: html`<slot name="cta">${text(this.ctaLabel) || this.copy?.plan?.cta || DEFAULT_CTA}</slot>`,
          describedBy: named,
          onActivate: (event) => this.handleSelect(event),
        })}
        <p part="note"><slot name="note">${text(this.renewalNote) || this.copy?.plan?.renewalNote || DEFAULT_RENEWAL}</slot></p>
      </article>
    `;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'paywall-plan-select': CustomEvent<PlanSelectDetail>;
  }
}
