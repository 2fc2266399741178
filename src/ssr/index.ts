// paywall-elements/ssr: server rendering in Node, with Lit SSR (`@lit-labs/ssr`, an optional peer
// dependency that only this entry needs). Importing it registers the three tags in Lit's server
// registry, as define.js does in a browser, so that Lit SSR renders them wherever they appear.
import '@lit-labs/ssr';
import '../define.js';
import type { Plan } from '../plans/plan-fields.js';
import type { Problem } from '../util/warn.js';
import { benefitItems, benefitsListTemplate, planCardTemplate, type BenefitsData, type CardPlacement } from './cards.js';
import { renderToString, warnOnce } from './markup.js';

export { renderGate, type GateRenderOptions } from './gate.js';
export { planCardTemplate, type BenefitsData, type CardPlacement } from './cards.js';
export type { AttributeValue } from './markup.js';

/** A `<plan-card>` as HTML, with its declarative shadow root: the plan as attributes, its checkout a real link. */
export function renderPlanCard(plan: Plan, placement: Omit<CardPlacement, 'exportparts'> = {}): string {
  return renderToString(planCardTemplate(plan, placement));
}

/**
 * A `<benefits-list>` as HTML, with its declarative shadow root; its items also as the markup
 * list in its light DOM, which the browser's list reads when it takes over.
 */
export function renderBenefitsList(data: BenefitsData, placement: Pick<CardPlacement, 'headingLevel'> = {}): string {
  const problems: Problem[] = [];
  const items = benefitItems(data, problems);
  warnOnce('benefits-list', problems);
  return renderToString(benefitsListTemplate(data.heading, items, placement));
}
