// React components for the tags, made with @lit/react, for React 18 (React 19 renders custom
// elements itself: see docs/frameworks.md). Properties are set as properties, and the events
// are camel-case props: `<PaywallGate previewLength={2} onPaywallUnlock={…}>`. Importing this
// module registers the tags.
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import '../define.js';
import { BenefitsList as BenefitsListElement, PaywallGate as PaywallGateElement, PlanCard as PlanCardElement } from '../index.js';

/** An event prop's name, typed with the event the element fires (declared in HTMLElementEventMap). */
const event = <Name extends keyof HTMLElementEventMap>(name: Name) => name as EventName<HTMLElementEventMap[Name]>;

/** `<paywall-gate>`: `onPaywallLock`, `onPaywallUnlock`, `onPaywallLogin`, `onPaywallError`. */
export const PaywallGate = createComponent({
  react: React,
  tagName: 'paywall-gate',
  elementClass: PaywallGateElement,
  displayName: 'PaywallGate',
  events: {
    onPaywallLock: event('paywall-lock'),
    onPaywallUnlock: event('paywall-unlock'),
    onPaywallLogin: event('paywall-login'),
    onPaywallError: event('paywall-error'),
  },
});

/** `<plan-card>`: `onPaywallPlanSelect`. */
export const PlanCard = createComponent({
  react: React,
  tagName: 'plan-card',
  elementClass: PlanCardElement,
  displayName: 'PlanCard',
  events: { onPaywallPlanSelect: event('paywall-plan-select') },
});

/** `<benefits-list>`. */
export const BenefitsList = createComponent({
  react: React,
  tagName: 'benefits-list',
  elementClass: BenefitsListElement,
  displayName: 'BenefitsList',
});
