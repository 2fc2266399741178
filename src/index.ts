// Classes and types only: importing this module registers nothing (see ./define.js).
export { PlanCard, type PlanSelection, type PlanSelectDetail } from './components/plan-card/plan-card.js';
export { BenefitsList } from './components/benefits-list/benefits-list.js';
export type { BenefitItem } from './components/benefits-list/benefit-items.js';
export type { Plan } from './plans/plan.js';
