import { BenefitsList } from './components/benefits-list/benefits-list.js';
import { PlanCard } from './components/plan-card/plan-card.js';

/**
 * Registers the library's tags. Guarded: a tag already defined, by an earlier copy of this
 * script or by the page, is left as it is, so loading the library twice never throws.
 */
const tags: [string, CustomElementConstructor][] = [
  ['plan-card', PlanCard],
  ['benefits-list', BenefitsList],
];
for (const [tag, element] of tags) {
  if (!customElements.get(tag)) customElements.define(tag, element);
}

declare global {
  interface HTMLElementTagNameMap {
    'plan-card': PlanCard;
    'benefits-list': BenefitsList;
  }
}
