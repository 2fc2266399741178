import type { Meter } from '../../entitlements/entitlement.js';
import { fillMessage, fillPlaceholders, placeholderKeys } from '../../format/placeholders.js';
import { wholeNumber } from '../../util/values.js';
import { problem, type Problem } from '../../util/warn.js';
import { CORE_STRINGS } from './core-strings.js';

/** Every visible string of the gate; each can be replaced (JSON `strings`, the `strings` property, or a slot). */
export interface GateStrings {
  /** The heading when the free articles are used up. Placeholders: `{used}`, `{limit}`, `{remaining}`, `{freeLimit}` (or `{{free_limit}}`, and so on). */
  heading: string;
  /** The heading when the article is for subscribers only, while free articles are left for others. Same placeholders. */
  headingSubscribersOnly: string;
  /** The heading when the entitlement endpoint could not be asked. */
  headingUnavailable: string;
  /** The heading when no meter is known (or a number a heading needs is unknown). */
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
  /** The summary the benefits fold behind on a phone. */
  benefitsSummary: string;
  /** The notice on a free read while the meter allows. Same placeholders as `heading`. */
  notice: string;
  /** The notice's link to subscribe. */
  noticeLink: string;
  /** Accessible name of the button that dismisses the notice. */
  noticeDismiss: string;
}

export const DEFAULT_STRINGS: GateStrings = {
  heading: 'You have read {used} of your {limit} free articles this month.',
  headingSubscribersOnly:
    'This story is for subscribers only. You still have {remaining} of {limit} free articles this month for other stories.',
  headingUnavailable: 'We could not check your access just now.',
  headingFallback: 'This story is for subscribers.',
  subheading: 'A subscription opens every story we publish.',
  loginPrompt: 'Already a subscriber?',
  loginLabel: 'Log in',
  cta: 'Subscribe to continue reading',
  ...CORE_STRINGS,
  plans: 'Subscription plans',
  benefitsSummary: 'What’s included',
  notice: '{remaining} of {limit} free articles left this month.',
  noticeLink: 'Subscribe for all of them',
  noticeDismiss: 'Dismiss',
};

export const STRING_KEYS = Object.keys(DEFAULT_STRINGS) as (keyof GateStrings)[];

/** The strings that take the meter's numbers; every other string must read as it is written. */
const METER_KEYS: readonly (keyof GateStrings)[] = ['heading', 'headingSubscribersOnly', 'headingUnavailable', 'headingFallback', 'notice'];
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

/** Whether a meter's counts fit together: used and left within a limit above 0, and adding up to it. */
export function meterAddsUp({ used, limit, remaining }: Meter): boolean {
  if (limit === undefined) return true;
  const within = limit > 0 && (used === undefined || used <= limit) && (remaining === undefined || (remaining >= 0 && remaining <= limit));
  return within && (used === undefined || remaining === undefined || used + remaining === limit);
}

/** The reason a failure policy gives: the endpoint could not be asked. */
const FAILURE_REASON = 'FAILURE';

/**
 * The locked heading, by why the gate locked: the endpoint could not be asked; the article is for
 * subscribers while free articles are left; or the free articles are used up (the heading reads
 * when its numbers are known). Otherwise, and never with a raw `{…}`, the fallback.
 */
export function lockedHeading(
  strings: GateStrings,
  entitlement: { reason?: string; meter?: Meter } | null | undefined,
  freeLimit?: number,
): string {
  const values = meterValues(entitlement?.meter, freeLimit);
  const remaining = values.remaining;
  let template = strings.heading;
  if (entitlement?.reason === FAILURE_REASON) template = strings.headingUnavailable;
  else if (remaining !== undefined && remaining > 0) template = strings.headingSubscribersOnly;
  return fillMessage(template, values) ?? fillMessage(strings.headingFallback, {}) ?? DEFAULT_STRINGS.headingFallback;
}

/** The notice on a free read while the meter allows, or `undefined` when its numbers are unknown. */
export function noticeMessage(strings: GateStrings, meter: Meter | undefined, freeLimit?: number): string | undefined {
  return fillMessage(strings.notice, meterValues(meter, freeLimit)) ?? fillMessage(DEFAULT_STRINGS.notice, meterValues(meter, freeLimit));
}

/** A problem when the decision's meter does not add up (the message then reads without numbers). */
export function meterProblem(meter: Meter | undefined, freeLimit: number | undefined): Problem | undefined {
  if (!meter || meterAddsUp({ ...meter, limit: wholeNumber(meter.limit) ?? freeLimit })) return undefined;
  return problem('entitlement', JSON.stringify(meter), 'is a meter that does not add up', 'the message is shown without numbers');
}
