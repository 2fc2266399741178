import type { GateCopy } from '../components/paywall-gate/gate-strings.js';

/** A meter count a plural message may follow. */
export type MeterCount = 'used' | 'limit' | 'remaining';

/**
 * A message in its plural forms, by the categories of `Intl.PluralRules` for the language
 * (`zero`, `one`, `two`, `few`, `many`, `other`); `other` is required and is the fallback.
 * `count` names the number that picks the form (each message has a default: see docs/languages.md).
 */
export type PluralForms = { [Category in Intl.LDMLPluralRule]?: string } & { other: string; count?: MeterCount };

/** A message: plain text, or plural forms (meter messages only). */
export type Message = string | PluralForms;

/** The period units a plan's duration is made of. */
export type PeriodUnit = 'year' | 'month' | 'week' | 'day';

/**
 * One language's default copy. A locale module (`paywall-elements/locales/hi.js`) exports one
 * as its default; `registerLocale()` makes it the copy of every element whose nearest `lang`
 * is that language. The page's own strings (JSON `strings`, the `strings` property, attributes,
 * slots) still win over it.
 */
export interface Locale {
  /** A BCP 47 tag: a language (`hi`), or a language and region (`fr-CA`), which wins over the language alone. */
  lang: string;
  /** The gate's copy: any key of `GateStrings`; `heading`, `headingSubscribersOnly` and `notice` may have plural forms. */
  strings: Partial<GateCopy>;
  /** `<plan-card>`'s copy: the call to action, the renewal note, the per-month line (`{price}` is replaced). */
  plan?: { cta?: string; renewalNote?: string; perMonth?: string };
  /** Period words for browsers without `Intl.DurationFormat`: plural forms by unit, `{n}` is the number. */
  periods?: { [Unit in PeriodUnit]?: PluralForms };
}
