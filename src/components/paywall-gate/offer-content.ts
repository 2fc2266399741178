import { html, isServer, nothing, type TemplateResult } from 'lit';
import type { View } from '../../entitlements/client.js';
import type { Entitlement } from '../../entitlements/entitlement.js';
import type { Problem } from '../../util/warn.js';
import { actionTemplate } from '../shared/action.js';
import type { OfferLinks } from './gate-settings.js';
import { lockedHeading, mergeStrings, meterProblem } from './gate-strings.js';
import { subscribeHref } from './subscribe-link.js';

/**
 * The offer under the preview: the meter message, the line under it, the login line, the plans,
 * the benefits and the final call to action. Part of the offer's module, which the gate loads
 * when it first shows an offer.
 */

/** What the offer is made of, as the gate reads it from its settings, children and decision. */
export interface OfferInputs {
  /** The language's locale strings, the JSON `strings`, then the `strings` property: they win over the built-in strings in that order. */
  strings: unknown[];
  /** The nearest `lang`: the plural rules and numbers of the meter messages. */
  lang: string;
  links: OfferLinks;
  entitlement?: Entitlement | null;
  freeLimit?: number;
  headingLevel: number;
  /** The slots the page's children name (`login` for its own login line, say). */
  usedSlots: ReadonlySet<string>;
  /** A slot's content changed (the page's login line or benefits came or went). */
  onSlotChange: () => void;
  /**
   * Plan cards made from the JSON configuration (shown when the page slots none): elements in
   * the browser; templates on the server, which works out `links.subscribe` itself.
   */
  plans: readonly (HTMLElement | TemplateResult)[];
  /** The page's own plan cards, in the `plans` slot. */
  slottedPlans: readonly HTMLElement[];
  benefits?: Element | TemplateResult;
  view: View;
  onLogin: (event: MouseEvent) => void;
  onCta: () => void;
}

/** The offer's two places in the gate: its heading, in the live region, and the rest under it. */
export interface OfferContent {
  heading: TemplateResult;
  body: TemplateResult;
  problems: Problem[];
}

/**
 * The benefits fold behind their summary on a phone, and show without it on wider screens: CSS
 * decides, by the offer's width, where it can style a closed `<details>` open (`::details-content`).
 * Where it cannot, they start open, with their summary.
 */
const foldable = isServer || CSS.supports('selector(::details-content)');

/** The offer for a locked gate. A logged-in reader (the answer says so) is not asked to log in. */
export function offerContent(inputs: OfferInputs): OfferContent {
  const { links, entitlement, freeLimit } = inputs;
  const problems: Problem[] = [];
  const strings = mergeStrings(problems, ...inputs.strings);
  const meterIssue = meterProblem(entitlement?.meter, freeLimit);
  if (meterIssue) problems.push(meterIssue);
  const loginUrl = entitlement?.loggedIn === true ? undefined : links.login;
  const loginLink = loginUrl
    ? html`${strings.loginPrompt} <a part="login-link" href=${loginUrl} @click=${inputs.onLogin}>${strings.loginLabel}</a>`
    : nothing;
  // The featured plan's checkout, or `subscribe-url`; else a button that takes the reader to the plans.
  const cards = inputs.plans.filter((plan): plan is HTMLElement => 'hasAttribute' in plan);
  const href = subscribeHref(links.subscribe, inputs.slottedPlans.length > 0 ? inputs.slottedPlans : cards, inputs.view);
  const cta = actionTemplate({ part: 'cta', href, label: strings.cta, onActivate: href ? undefined : inputs.onCta });
  return {
    heading: html`<div part="heading" role="heading" aria-level=${inputs.headingLevel}>
      <slot name="heading">${lockedHeading(strings, entitlement, freeLimit, inputs.lang)}</slot>
    </div>`,
    body: html`
      <p part="subheading"><slot name="subheading">${strings.subheading}</slot></p>
      <p part="login" ?hidden=${!loginUrl && !inputs.usedSlots.has('login')}>
        <slot name="login" @slotchange=${inputs.onSlotChange}>${loginLink}</slot>
      </p>
      <div part="plans" role="group" aria-label=${strings.plans}>
        <slot name="plans">${inputs.plans}</slot>
      </div>
      <details part="benefits" ?open=${!foldable} ?hidden=${!inputs.benefits && !inputs.usedSlots.has('benefits')}>
        <summary part="benefits-summary">${strings.benefitsSummary}</summary>
        <slot name="benefits" @slotchange=${inputs.onSlotChange}>${inputs.benefits ?? nothing}</slot>
      </details>
      <slot name="cta">${cta}</slot>
    `,
    problems,
  };
}
