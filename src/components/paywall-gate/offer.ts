import { html, nothing, type TemplateResult } from 'lit';
import type { Entitlement } from '../../entitlements/entitlement.js';
import { actionTemplate } from '../shared/action.js';
import type { OfferLinks } from './gate-settings.js';
import { meterMessage, type GateStrings } from './gate-strings.js';

/** Everything the gate's template shows, worked out before rendering. */
export interface GateView {
  /** The children are in: the article's slot shows. */
  ready: boolean;
  /** Locked with the article cut (or in hard mode): the offer shows. */
  offer: boolean;
  /** Locked, but with nothing cut: the article shows whole, without an offer. */
  hideOfferBox: boolean;
  /** The gate is unlocked. */
  unlocked: boolean;
  /** The live region is in the page already: its text may come (never in the same render, or it goes unheard). */
  live: boolean;
  regionLabel: string;
  headingLevel: number;
  heading: string;
  strings: GateStrings;
  loginUrl?: string;
  /** Whether the login line shows: a login link, or the page's own slotted line. */
  loginLine: boolean;
  subscribeUrl?: string;
  plans: readonly Element[];
  benefits?: Element;
  onLogin: (event: MouseEvent) => void;
  onCta: () => void;
}

/** What the offer is made of, as the gate reads it from its settings, children and decision. */
export interface OfferInputs {
  strings: GateStrings;
  links: OfferLinks;
  entitlement?: Entitlement | null;
  freeLimit?: number;
  /** The article's own heading, which names the gate's region. */
  articleTitle?: string;
  headingLevel: number;
  /** The page put its own login line in the `login` slot. */
  hasLoginSlot: boolean;
  plans: readonly Element[];
  benefits?: Element;
  onLogin: (event: MouseEvent) => void;
  onCta: () => void;
}

/** The offer's part of the view: everything but what depends on the cut. */
export type OfferView = Omit<GateView, 'ready' | 'offer' | 'hideOfferBox' | 'unlocked' | 'live'>;

/** Works out what the offer shows. A logged-in reader (the answer says so) is not asked to log in. */
export function offerView({ strings, links, entitlement, freeLimit, articleTitle, hasLoginSlot, ...rest }: OfferInputs): OfferView {
  const loginUrl = entitlement?.loggedIn === true ? undefined : links.login;
  return {
    ...rest,
    // Named after the article's own heading where it has one, so that several gates on a page differ.
    regionLabel: articleTitle ? `${strings.region}: ${articleTitle}` : strings.region,
    heading: meterMessage(strings, entitlement?.meter, freeLimit),
    strings,
    loginUrl,
    loginLine: !!loginUrl || hasLoginSlot,
    subscribeUrl: links.subscribe,
  };
}

/** The offer under the preview: the line under the heading, the login line, the plans, the benefits and the final call to action. */
export function offerTemplate(view: GateView): TemplateResult {
  const { strings, loginUrl, subscribeUrl } = view;
  const loginLink = loginUrl
    ? html`${strings.loginPrompt} <a part="login-link" href=${loginUrl} @click=${view.onLogin}>${strings.loginLabel}</a>`
    : nothing;
  return html`
    <p part="subheading"><slot name="subheading">${strings.subheading}</slot></p>
    <p part="login" ?hidden=${!view.loginLine}><slot name="login">${loginLink}</slot></p>
    <div part="plans" role="group" aria-label=${strings.plans}>
      <slot name="plans">${view.plans}</slot>
    </div>
    <div part="benefits"><slot name="benefits">${view.benefits ?? nothing}</slot></div>
    <slot name="cta"
      >${actionTemplate({ part: 'cta', href: subscribeUrl, label: strings.cta, onActivate: subscribeUrl ? undefined : view.onCta })}</slot
    >
  `;
}

/** What the live region says: the meter message when the offer shows, the unlock when it goes. */
function statusTemplate(view: GateView): TemplateResult | typeof nothing {
  if (!view.live) return nothing;
  if (view.offer) {
    return html`<div part="heading" role="heading" aria-level=${view.headingLevel}>
      <slot name="heading">${view.heading}</slot>
    </div>`;
  }
  return view.unlocked ? html`<span>${view.strings.unlocked}</span>` : nothing;
}

/** The gate: a labelled region with the article, and under it the offer (or the room kept for it while pending). */
export function gateTemplate(view: GateView): TemplateResult {
  return html`
    <section part="base" tabindex="-1" aria-label=${view.regionLabel}>
      <slot ?hidden=${!view.ready}></slot>
      <div part="offer" ?hidden=${view.hideOfferBox}>
        ${view.offer ? html`<div part="fade"></div>` : nothing}
        <div part="status" role="status">${statusTemplate(view)}</div>
        ${view.offer ? offerTemplate(view) : nothing}
      </div>
    </section>
  `;
}
