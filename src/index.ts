// Classes and types only: importing this module registers nothing (see ./define.js).
export {
  PaywallGate,
  type GateDecisionDetail,
  type GateErrorDetail,
  type GateLoginDetail,
} from './components/paywall-gate/paywall-gate.js';
export { PlanCard, type PlanSelection, type PlanSelectDetail } from './components/plan-card/plan-card.js';
export { BenefitsList } from './components/benefits-list/benefits-list.js';
export type { BenefitItem } from './components/benefits-list/benefit-items.js';
export type { GateConfig } from './components/paywall-gate/gate-config.js';
export type { GateCopy, GateStrings } from './components/paywall-gate/gate-strings.js';
export { registerLocale } from './locales/registry.js';
export type { Locale, Message, MeterCount, PeriodUnit, PluralForms } from './locales/locale.js';
export type { Sanitizer } from './components/paywall-gate/hard-mode.js';
export {
  createEntitlementClient,
  type ClientOptions,
  type Decision,
  type EntitlementClient,
  type Failure,
  type FailureSource,
  type View,
} from './entitlements/client.js';
export { createAnswerStore, type AnswerStore } from './entitlements/answer-store.js';
export type { Entitlement, GateState, Meter } from './entitlements/entitlement.js';
export { createSafeStorage, type SafeStorage, type StorageArea } from './entitlements/safe-storage.js';
export type { FailureReason } from './entitlements/http.js';
export type { AnswerPaths } from './entitlements/normalize.js';
export type { Adapter, EntitlementContext } from './entitlements/sources.js';
export type { Plan } from './plans/plan.js';
export type { PreviewUnit } from './truncate/truncate.js';
