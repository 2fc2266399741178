import { BenefitsList } from './components/benefits-list/benefits-list.js';
import { PlanCard } from './components/plan-card/plan-card.js';

// Registers the library's tags. Guarded: a tag already defined, by an earlier copy of this
// script or by the page, is left as it is, so loading the library twice never throws.
if (!customElements.get('plan-card')) customElements.define('plan-card', PlanCard);
if (!customElements.get('benefits-list')) customElements.define('benefits-list', BenefitsList);

declare global {
  interface HTMLElementTagNameMap {
    'plan-card': PlanCard;
    'benefits-list': BenefitsList;
  }
}
