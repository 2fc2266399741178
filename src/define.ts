import { PlanCard } from './components/plan-card/plan-card.js';
import { PaywallGate } from './components/paywall-gate/paywall-gate.js';
import { BenefitsList } from './components/benefits-list/benefits-list.js';

// Registers the library's tags. Guarded: a tag already defined, by an earlier copy of this
// script or by the page, is left as it is, so loading the library twice never throws.
// The cards first: the gate renders them.
const tags: [string, CustomElementConstructor][] = [
  ['plan-card', PlanCard],
  ['benefits-list', BenefitsList],
  ['paywall-gate', PaywallGate],
];
for (const [tag, type] of tags) if (!customElements.get(tag)) customElements.define(tag, type);

declare global {
  interface HTMLElementTagNameMap {
    'plan-card': PlanCard;
    'benefits-list': BenefitsList;
    'paywall-gate': PaywallGate;
  }
}
