import type { Meter } from '../entitlements/entitlement.js';
import { count } from '../entitlements/entitlement.js';
import { fillTemplate } from '../format/template.js';

/** Every visible string of the gate; each can be replaced (JSON `strings`, the `strings` property, or a slot). */
export interface GateStrings {
  /** The meter message. Placeholders: `{used}`, `{limit}`, `{remaining}`, `{freeLimit}`. */
  heading: string;
  /** The meter message when a number it needs is unknown. */
  headingFallback: string;
  subheading: string;
  loginPrompt: string;
  loginLabel: string;
  cta: string;
  /** Announced when the article unlocks. */
  unlocked: string;
  /** Accessible name of the gate's region. */
  region: string;
  /** Accessible name of the group of plans. */
  plans: string;
}

export const DEFAULT_STRINGS: GateStrings = {
  heading: 'You have read {used} of your {limit} free articles this month.',
  headingFallback: 'This story is for subscribers.',
  subheading: 'Unlimited access to everything we publish.',
  loginPrompt: 'Already a subscriber?',
  loginLabel: 'Log in',
  cta: 'Subscribe to continue reading',
  unlocked: 'Unlocked: the story continues.',
  region: 'Story',
  plans: 'Subscription plans',
};

export const STRING_KEYS = Object.keys(DEFAULT_STRINGS) as (keyof GateStrings)[];

/** The values a message may use: only finite, non-negative counts; the rest stay unknown. */
export function meterValues(meter: Meter | undefined, freeLimit: number | undefined): Record<string, number | undefined> {
  const used = count(meter?.used);
  const limit = count(meter?.limit) ?? freeLimit;
  // Else what is left of the limit: NaN, so unknown, when either number is missing.
  const remaining = count(meter?.remaining) ?? count(Number(limit) - Number(used));
  return { used, limit, remaining, freeLimit: limit };
}

/** The meter message, or its fallback wording when a number is unknown: never a raw `{…}`. */
export function meterMessage(strings: GateStrings, meter: Meter | undefined, freeLimit: number | undefined): string {
  return fillTemplate(strings.heading, meterValues(meter, freeLimit)) ?? fillTemplate(strings.headingFallback, {}) ?? DEFAULT_STRINGS.headingFallback;
}
