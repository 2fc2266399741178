import type { Meter } from '../../entitlements/entitlement.js';
import { fillMessage, fillPlaceholders, placeholderKeys } from '../../format/placeholders.js';
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
/** The numbers a meter string may name. */
const METER_PLACEHOLDERS = ['used', 'limit', 'remaining', 'freeLimit'];

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
      const unknown = METER_KEYS.includes(key)
        ? placeholderKeys(value).some((name) => !METER_PLACEHOLDERS.includes(name))
        : hasPlaceholder(value);
      if (!unknown) strings[key] = value;
      else problems.push(problem(`strings.${key}`, value, 'has a placeholder that nothing fills', 'the default is used'));
    }
  }
  return strings;
}

/**
 * The values a message may use: counts that add up. None when they do not (more used than the
 * limit, a limit of 0, more left than the limit): the message then reads without numbers.
 */
export function meterValues(meter: Meter | undefined, freeLimit: number | undefined): Record<string, number | undefined> {
  const used = wholeNumber(meter?.used);
  const limit = wholeNumber(meter?.limit) ?? freeLimit;
  const remaining = wholeNumber(meter?.remaining) ?? (used !== undefined && limit !== undefined ? limit - used : undefined);
  if (!meterAddsUp({ used, limit, remaining })) return {};
  return { used, limit, remaining, freeLimit: limit };
}

/** Whether a meter's counts fit together: used and left within a limit above 0. */
export function meterAddsUp({ used, limit, remaining }: Meter): boolean {
  if (limit === undefined) return true;
  return limit > 0 && (used === undefined || used <= limit) && (remaining === undefined || (remaining >= 0 && remaining <= limit));
}

/** The meter message, or its fallback wording when a number is unknown: never a raw `{…}`. */
export function meterMessage(strings: GateStrings, meter: Meter | undefined, freeLimit: number | undefined): string {
  return (
    fillMessage(strings.heading, meterValues(meter, freeLimit)) ??
    fillMessage(strings.headingFallback, {}) ??
    DEFAULT_STRINGS.headingFallback
  );
}

/** A problem when the decision's meter does not add up (the message then reads without numbers). */
export function meterProblem(meter: Meter | undefined, freeLimit: number | undefined): Problem | undefined {
  if (!meter || meterAddsUp({ ...meter, limit: wholeNumber(meter.limit) ?? freeLimit })) return undefined;
  return problem('entitlement', JSON.stringify(meter), 'is a meter that does not add up', 'the message is shown without numbers');
}
