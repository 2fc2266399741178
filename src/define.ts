import { PlanCard } from './components/plan-card/plan-card.js';
import { PaywallGate } from './components/paywall-gate/paywall-gate.js';
import { BenefitsList } from './components/benefits-list/benefits-list.js';

// Registers the library's tags. Guarded: a tag already defined, by an earlier copy of this
// script or by the page, is left as it is, so loading the library twice never throws.
// The cards first: the gate renders them.
if (!customElements.get('plan-card')) customElements.define('plan-card', PlanCard);
if (!customElements.get('benefits-list')) customElements.define('benefits-list', BenefitsList);
if (!customElements.get('paywall-gate')) customElements.define('paywall-gate', PaywallGate);

declare global {
  interface HTMLElementTagNameMap {
    'plan-card': PlanCard;
    'benefits-list': BenefitsList;
    'paywall-gate': PaywallGate;
  }
}
