// A publisher's TypeScript, compiled against the installed package: the classes and their
// types from the root, the tags registered by define.js and typed in HTMLElementTagNameMap.
import { BenefitsList, PaywallGate, PlanCard, createEntitlementClient, type GateDecisionDetail, type Sanitizer } from 'paywall-elements';
import 'paywall-elements/define.js';

const gate: PaywallGate = document.createElement('paywall-gate');
gate.previewLength = 2;
gate.entitlement = { granted: false, meter: { used: 3, limit: 3, remaining: 0 } };
gate.addEventListener('paywall-unlock', (event) => {
  const detail: GateDecisionDetail = event.detail;
  console.log(detail.reason);
});
const sanitize: Sanitizer = (html) => html;
gate.sanitize = sanitize;
export const card: PlanCard = document.createElement('plan-card');
export const list: BenefitsList = document.createElement('benefits-list');
export class SitePlanCard extends PlanCard {}
export const client = createEntitlementClient({ endpoint: '/api/entitlements?article={articleId}' });

// @ts-expect-error previewLength is a number
gate.previewLength = 'two';
// @ts-expect-error the unlock event's detail has no `granted`
gate.addEventListener('paywall-unlock', (event) => event.detail.granted);
