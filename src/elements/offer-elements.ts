// Registers the offer's elements, `<plan-card>` and `<benefits-list>`. The gate loads this module
// when its offer needs them; the script-tag build loads it too when a page has them on its own.
import { BenefitsList } from '../components/benefits-list/benefits-list.js';
import { PlanCard } from '../components/plan-card/plan-card.js';
import { defineElement } from './define-element.js';

defineElement('plan-card', PlanCard);
defineElement('benefits-list', BenefitsList);

declare global {
  interface HTMLElementTagNameMap {
    'plan-card': PlanCard;
    'benefits-list': BenefitsList;
  }
}

// The offer's content and styles, for the gate that loaded this module.
export { offerContent } from '../components/paywall-gate/offer-content.js';
export { offerStyles as styles } from '../components/paywall-gate/offer.styles.js';
