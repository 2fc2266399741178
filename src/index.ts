// Classes and types only: importing this module registers nothing (see ./define.js).
export { PaywallGate, type GateDecisionDetail, type GateErrorDetail, type GateLoginDetail } from './components/paywall-gate/paywall-gate.js';
export { PlanCard, type PlanSelection, type PlanSelectDetail } from './components/plan-card/plan-card.js';
export { BenefitsList } from './components/benefits-list/benefits-list.js';
export type { BenefitItem } from './components/benefits-list/benefit-items.js';
export type { Entitlement, GateState, Meter } from './entitlements/entitlement.js';
export type { Adapter, EntitlementContext } from './entitlements/decide.js';
export type { FailureReason } from './entitlements/request.js';
export type { GateConfig } from './gate/config.js';
export type { GateStrings } from './gate/strings.js';
export type { Plan } from './plans/plan.js';
export type { PreviewUnit } from './truncate/truncate.js';
