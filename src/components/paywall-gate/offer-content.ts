import { html, nothing, type TemplateResult } from 'lit';
import type { Entitlement } from '../../entitlements/entitlement.js';
import type { Problem } from '../../util/warn.js';
import { actionTemplate } from '../shared/action.js';
import type { OfferLinks } from './gate-settings.js';
import { meterMessage, meterProblem, type GateStrings } from './gate-strings.js';

/**
 * The offer under the preview: the meter message, the line under it, the login line, the plans,
 * the benefits and the final call to action. Part of the offer's module, which the gate loads
 * when it first shows an offer.
 */

/** What the offer is made of, as the gate reads it from its settings, children and decision. */
export interface OfferInputs {
  strings: GateStrings;
  links: OfferLinks;
  entitlement?: Entitlement | null;
  freeLimit?: number;
  headingLevel: number;
  /** The page put its own login line in the `login` slot. */
  hasLoginSlot: boolean;
  /** A slot's content changed (the page's login line came or went). */
  onSlotChange: () => void;
  /** The plan cards made from the JSON (elements in the browser, templates on the server). */
  plans: readonly (Element | TemplateResult)[];
  benefits?: Element | TemplateResult;
  onLogin: (event: MouseEvent) => void;
  onCta: () => void;
}

/** The offer's two places in the gate: its heading, in the live region, and the rest under it. */
export interface OfferContent {
  heading: TemplateResult;
  body: TemplateResult;
  problems: Problem[];
}

/** The offer for a locked gate. A logged-in reader (the answer says so) is not asked to log in. */
export function offerContent(inputs: OfferInputs): OfferContent {
  const { strings, links, entitlement, freeLimit } = inputs;
  const problems: Problem[] = [];
  const meterIssue = meterProblem(entitlement?.meter, freeLimit);
  if (meterIssue) problems.push(meterIssue);
  const loginUrl = entitlement?.loggedIn === true ? undefined : links.login;
  const loginLink = loginUrl
    ? html`${strings.loginPrompt} <a part="login-link" href=${loginUrl} @click=${inputs.onLogin}>${strings.loginLabel}</a>`
    : nothing;
  const cta = actionTemplate({
    part: 'cta',
    href: links.subscribe,
    label: strings.cta,
    onActivate: links.subscribe ? undefined : inputs.onCta,
  });
  return {
    heading: html`<div part="heading" role="heading" aria-level=${inputs.headingLevel}>
      <slot name="heading">${meterMessage(strings, entitlement?.meter, freeLimit)}</slot>
    </div>`,
    body: html`
      <p part="subheading"><slot name="subheading">${strings.subheading}</slot></p>
      <p part="login" ?hidden=${!loginUrl && !inputs.hasLoginSlot}>
        <slot name="login" @slotchange=${inputs.onSlotChange}>${loginLink}</slot>
      </p>
      <div part="plans" role="group" aria-label=${strings.plans}>
        <slot name="plans">${inputs.plans}</slot>
      </div>
      <div part="benefits"><slot name="benefits">${inputs.benefits ?? nothing}</slot></div>
      <slot name="cta">${cta}</slot>
    `,
    problems,
  };
}
