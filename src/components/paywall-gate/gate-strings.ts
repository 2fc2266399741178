import type { Meter } from '../../entitlements/entitlement.js';
import { fillMessage, fillPlaceholders, placeholderKeys } from '../../format/placeholders.js';
import { wholeNumber } from '../../util/values.js';
import { problem, type Problem } from '../../util/warn.js';
import type { MeterCount, Message } from '../../locales/locale.js';
import { messageTexts, pluralForms, pluralText } from '../../locales/plural.js';
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

/** The meter messages, which may come in plural forms, and the count each follows unless its forms name another. */
const PLURAL_COUNTS = { heading: 'used', headingSubscribersOnly: 'remaining', notice: 'remaining' } satisfies Partial<
  Record<keyof GateStrings, MeterCount>
>;
type PluralKey = keyof typeof PLURAL_COUNTS;

/** The gate's copy as merged: the meter messages may be in plural forms (from a locale, or the `strings` property). */
export type GateCopy = Omit<GateStrings, PluralKey> & { [Key in PluralKey]: Message };

/** A value of the copy for a key: text, or for a meter message plural forms too; `undefined` for anything else. */
export const messageOf = (key: keyof GateStrings, value: unknown): Message | undefined =>
  typeof value === 'string' ? value : Object.hasOwn(PLURAL_COUNTS, key) ? pluralForms(value) : undefined;

/** The strings that take the meter's numbers; every other string must read as it is written. */
const METER_KEYS: readonly (keyof GateStrings)[] = ['heading', 'headingSubscribersOnly', 'headingUnavailable', 'headingFallback', 'notice'];
/** The numbers a meter string may name. */
const METER_PLACEHOLDERS = ['used', 'limit', 'remaining', 'freeLimit'];

/** Whether a text holds a placeholder (`{name}`, `{{name}}`): other braces are text like any other. */
const hasPlaceholder = (text: string): boolean => fillPlaceholders(text, () => undefined).unfilled > 0;

/** Whether a text has a placeholder nothing fills: a meter message may name the meter's numbers, other strings none. */
const hasUnknownPlaceholder = (key: keyof GateStrings, text: string): boolean =>
  METER_KEYS.includes(key) ? placeholderKeys(text).some((name) => !METER_PLACEHOLDERS.includes(name)) : hasPlaceholder(text);

/**
 * Built-in strings, then each layer in turn: the language's locale, the JSON `strings`, the
 * `strings` property. Texts count, and for the meter messages plural forms. A string with a
 * placeholder that nothing fills (`Go {somewhere}`) keeps what came before, with a problem, so
 * that no raw `{…}` reaches a reader.
 */
export function mergeStrings(problems: Problem[], ...overrides: unknown[]): GateCopy {
  const strings: Record<string, Message> = { ...DEFAULT_STRINGS };
  for (const override of overrides) {
    if (typeof override !== 'object' || override === null) continue;
    for (const key of STRING_KEYS) {
      const value = Object.hasOwn(override, key) ? (override as Record<string, unknown>)[key] : undefined;
      const message = messageOf(key, value);
      if (message === undefined) continue;
      const written = messageTexts(message).find((text) => hasUnknownPlaceholder(key, text));
      if (written === undefined) strings[key] = message;
      else problems.push(problem(`strings.${key}`, written, 'has a placeholder that nothing fills', 'the default is used'));
    }
  }
  return strings as GateCopy;
}

/** A meter message for the meter's numbers: its plural form, filled with the numbers as the language writes them. */
function meterMessage(strings: GateCopy, key: PluralKey | 'headingUnavailable', values: Record<string, number | undefined>, lang: string) {
  const message = key === 'headingUnavailable' ? strings[key] : pluralText(strings[key], values, PLURAL_COUNTS[key], lang);
  const numbers = new Intl.NumberFormat(lang);
  const shown = Object.fromEntries(Object.entries(values).map(([name, n]) => [name, n === undefined ? n : numbers.format(n)]));
  return fillMessage(message, shown);
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
  strings: GateCopy,
  entitlement: { reason?: string; meter?: Meter } | null | undefined,
  freeLimit: number | undefined,
  lang: string,
): string {
  const values = meterValues(entitlement?.meter, freeLimit);
  const remaining = values.remaining;
  let key: PluralKey | 'headingUnavailable' = 'heading';
  if (entitlement?.reason === FAILURE_REASON) key = 'headingUnavailable';
  else if (remaining !== undefined && remaining > 0) key = 'headingSubscribersOnly';
  return meterMessage(strings, key, values, lang) ?? fillMessage(strings.headingFallback, {}) ?? DEFAULT_STRINGS.headingFallback;
}

/** The notice on a free read while the meter allows, or `undefined` when its numbers are unknown. */
export function noticeMessage(
  strings: GateCopy,
  meter: Meter | undefined,
  freeLimit: number | undefined,
  lang: string,
): string | undefined {
  const values = meterValues(meter, freeLimit);
  return (
    meterMessage(strings, 'notice', values, lang) ?? meterMessage({ ...strings, notice: DEFAULT_STRINGS.notice }, 'notice', values, lang)
  );
}

/** A problem when the decision's meter does not add up (the message then reads without numbers). */
export function meterProblem(meter: Meter | undefined, freeLimit: number | undefined): Problem | undefined {
  if (!meter || meterAddsUp({ ...meter, limit: wholeNumber(meter.limit) ?? freeLimit })) return undefined;
  return problem('entitlement', JSON.stringify(meter), 'is a meter that does not add up', 'the message is shown without numbers');
}
