import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { normalizeItems, type BenefitItem } from '../components/benefits-list/benefit-items.js';
import '../elements/offer-elements.js';
import { fillUrl } from '../format/placeholders.js';
import type { Plan } from '../plans/plan-fields.js';
import { plainNumber, text } from '../util/values.js';
import type { Problem } from '../util/warn.js';

/** How a card or list sits in the page: its heading level, and the parts it forwards (inside a gate). */
export interface CardPlacement {
  headingLevel?: number;
  /** `exportparts`, for the cards a gate makes from its JSON. */
  exportparts?: string;
  /** The language of the page, for a card without a `locale` of its own: a server cannot inherit it (default `en`). */
  lang?: string;
  /** The page's address: it fills `{returnUrl}` and `{url}` in a plan's `href`, so that checkout brings the reader back. */
  url?: string;
}

/** A price as the card's attribute takes it: a number, or none (the card then says it is missing). */
const priceOf = (plan: Plan): number | undefined => (Number.isNaN(plainNumber(plan.price)) ? undefined : plainNumber(plan.price));

/**
 * A `<plan-card>` with the plan as attributes, as a page writes it: the browser's card reads the
 * same attributes when it takes over.
 */
export function planCardTemplate(plan: Plan, { headingLevel, exportparts, lang, url }: CardPlacement = {}): TemplateResult {
  const href = text(plan.href);
  return html`<plan-card
    exportparts=${ifDefined(exportparts)}
    name=${ifDefined(text(plan.name))}
    price=${ifDefined(priceOf(plan))}
    currency=${ifDefined(text(plan.currency))}
    period=${ifDefined(text(plan.period))}
    locale=${ifDefined(text(plan.locale ?? lang))}
    href=${ifDefined(href && url ? fillUrl(href, { returnUrl: url, url }) : href)}
    ?featured=${plan.featured === true}
    badge=${ifDefined(text(plan.badge))}
    cta-label=${ifDefined(text(plan.ctaLabel))}
    renewal-note=${ifDefined(text(plan.renewalNote))}
    per-month-label=${ifDefined(text(plan.perMonthLabel))}
    heading-level=${ifDefined(headingLevel)}
  ></plan-card>`;
}

/** What a benefits list shows: its heading and items. */
export interface BenefitsData {
  heading?: string;
  items?: readonly BenefitItem[];
}

/** The items checked as the list checks them (an icon must be http, https or relative); what is wrong goes to `problems`. */
export function benefitItems(data: BenefitsData, problems: Problem[]): BenefitItem[] {
  const checked = normalizeItems(data.items ?? [], undefined);
  problems.push(...checked.problems);
  return checked.items;
}

/**
 * The items as the markup list `<benefits-list>` reads (`<li><strong>Title</strong> Description</li>`):
 * in the list's light DOM, so that the browser's list takes over with the same items.
 */
function markupList(items: readonly BenefitItem[]): TemplateResult {
  return html`<ul>
    ${items.map(
      ({ title, description, icon }) =>
        html`<li>${icon ? html`<img src=${icon} alt="" />` : nothing}<strong>${title}</strong> ${description ?? ''}</li>`,
    )}
  </ul>`;
}

/**
 * A `<benefits-list>` with checked items (`benefitItems`), given as data for the server's view;
 * with `markup`, also as the markup list the browser's list reads.
 */
export function benefitsListTemplate(
  heading: string | undefined,
  items: BenefitItem[],
  { headingLevel, exportparts }: CardPlacement = {},
  markup = true,
): TemplateResult {
  return html`<benefits-list
    exportparts=${ifDefined(exportparts)}
    heading=${ifDefined(text(heading))}
    heading-level=${ifDefined(headingLevel)}
    .items=${items}
    >${markup ? markupList(items) : nothing}</benefits-list
  >`;
}
