import type { Meter } from '../../entitlements/entitlement.js';
import { fillMessage, fillPlaceholders } from '../../format/placeholders.js';
import { wholeNumber } from '../../util/values.js';
import { problem, type Problem } from '../../util/warn.js';

/** Every visible string of the gate; each can be replaced (JSON `strings`, the `strings` property, or a slot). */
export interface GateStrings {
  /** The meter message. Placeholders: `{used}`, `{limit}`, `{remaining}`, `{freeLimit}` (or `{{free_limit}}`, and so on). */
  heading: string;
  /** The meter message when a number it needs is unknown. */
  headingFallback: string;
  subheading: string;
  loginPrompt: string;
  loginLabel: string;
  cta: string;
  /** Announced when the article unlocks. */
  unlocked: string;
  /** Accessible name of the gate's region, before the article's own heading. */
  region: string;
  /** Accessible name of the group of plans. */
  plans: string;
}

export const DEFAULT_STRINGS: GateStrings = {
  heading: 'You have read {used} of your {limit} free articles this month.',
  headingFallback: 'This story is for subscribers.',
  subheading: 'A subscription opens every story we publish.',
  loginPrompt: 'Already a subscriber?',
  loginLabel: 'Log in',
  cta: 'Subscribe to continue reading',
  unlocked: 'Full access. The story continues below.',
  region: 'Story',
  plans: 'Subscription plans',
};

export const STRING_KEYS = Object.keys(DEFAULT_STRINGS) as (keyof GateStrings)[];

/** The strings that take the meter's numbers; every other string must read as it is written. */
const METER_KEYS: readonly (keyof GateStrings)[] = ['heading', 'headingFallback'];

/** Whether a text holds a placeholder (`{name}`, `{{name}}`): other braces are text like any other. */
const hasPlaceholder = (text: string): boolean => fillPlaceholders(text, () => undefined).unfilled > 0;

/**
 * Built-in strings, then the JSON `strings`, then the `strings` property; only texts count. A
 * string with a placeholder that nothing fills (`Go {somewhere}`) keeps the default, with a
 * problem, so that no raw `{…}` reaches a reader.
 */
export function mergeStrings(problems: Problem[], ...overrides: unknown[]): GateStrings {
  const strings = { ...DEFAULT_STRINGS };
  for (const override of overrides) {
    if (typeof override !== 'object' || override === null) continue;
    for (const key of STRING_KEYS) {
      const value = Object.hasOwn(override, key) ? (override as Record<string, unknown>)[key] : undefined;
      if (typeof value !== 'string') continue;
      if (METER_KEYS.includes(key) || !hasPlaceholder(value)) strings[key] = value;
      else problems.push(problem(`strings.${key}`, value, 'has a placeholder that nothing fills', 'the default is used'));
    }
  }
  return strings;
}

/** The values a message may use: only finite, non-negative counts; the rest stay unknown. */
export function meterValues(meter: Meter | undefined, freeLimit: number | undefined): Record<string, number | undefined> {
  const used = wholeNumber(meter?.used);
  const limit = wholeNumber(meter?.limit) ?? freeLimit;
  // Else what is left of the limit: unknown when either number is missing, or the limit is passed.
  const remaining =
    wholeNumber(meter?.remaining) ?? (used !== undefined && limit !== undefined && limit >= used ? limit - used : undefined);
  return { used, limit, remaining, freeLimit: limit };
}

/** The meter message, or its fallback wording when a number is unknown: never a raw `{…}`. */
export function meterMessage(strings: GateStrings, meter: Meter | undefined, freeLimit: number | undefined): string {
  return (
    fillMessage(strings.heading, meterValues(meter, freeLimit)) ??
    fillMessage(strings.headingFallback, {}) ??
    DEFAULT_STRINGS.headingFallback
  );
}
