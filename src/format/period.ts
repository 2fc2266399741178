import type { PeriodUnit, PluralForms } from '../locales/locale.js';
import { pluralForm } from '../locales/plural.js';
import { fillMessage } from './placeholders.js';

/** A subscription period: the date part of an ISO 8601 duration. */
export interface Period {
  years: number;
  months: number;
  weeks: number;
  days: number;
}

const DURATION = /^P(?:(\d{1,4})Y)?(?:(\d{1,4})M)?(?:(\d{1,4})W)?(?:(\d{1,5})D)?$/;

/** Parses `P3M`, `P1Y`, `P2Y`, `P1W`, `P1D`, `P1Y6M`; `undefined` for anything else or a zero length. */
export function parsePeriod(value: string | null | undefined): Period | undefined {
  const match = DURATION.exec((value ?? '').trim().toUpperCase());
  if (!match) return undefined;
  const [years, months, weeks, days] = match.slice(1).map((n) => Number(n ?? 0));
  return years + months + weeks + days ? { years, months, weeks, days } : undefined;
}

/** Whole months in the period, or `undefined` for passes counted in weeks or days. */
export function periodMonths(period: Period): number | undefined {
  if (period.weeks || period.days) return undefined;
  return period.years * 12 + period.months;
}

/** Period words by unit, for browsers without `Intl.DurationFormat` (a locale's `periods`). */
export type PeriodWords = { [Unit in PeriodUnit]?: PluralForms };

/** `Intl.DurationFormat` (not in TypeScript's ES2022 library), where the browser has it. */
type DurationFormatter = new (locale: string, options: { style: 'long' }) => { format(duration: Record<string, number>): string };
const DurationFormat = (Intl as { DurationFormat?: DurationFormatter }).DurationFormat;

/**
 * An amount of one unit in words: by `Intl.DurationFormat` where the browser has it; else by the
 * language's table of period words (its plural form for the amount, `{n}` the number as the
 * language writes it); else by `Intl.NumberFormat`'s unit style. `durations`: `null` to go without (tests).
 */
export function unitWords(
  amount: number,
  unit: PeriodUnit,
  locale: string,
  words?: PeriodWords,
  durations: DurationFormatter | null | undefined = DurationFormat,
): string {
  if (durations) return new durations(locale, { style: 'long' }).format({ [`${unit}s`]: amount });
  const forms = words?.[unit];
  const form = forms && pluralForm(forms, amount, locale);
  const n = new Intl.NumberFormat(locale).format(amount);
  return (form && fillMessage(form, { n })) ?? new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(amount);
}

/** Upper-cases the first letter of the unit word, which starts no other word: `3 Months`, `1 Year`, as plan labels read. */
const label = (words: string, locale: string): string => words.replace(/(?<!\p{L})\p{Ll}/u, (letter) => letter.toLocaleUpperCase(locale));

/** A localized duration with correct plurals: `3 Months`, `1 Year`, `2 Years`, `1 Year 6 Months`. */
export function formatPeriod(period: Period, locale: string, words?: PeriodWords): string {
  const units: [PeriodUnit, number][] = [
    ['year', period.years],
    ['month', period.months],
    ['week', period.weeks],
    ['day', period.days],
  ];
  const labels = units.filter(([, n]) => n > 0).map(([unit, n]) => label(unitWords(n, unit, locale, words), locale));
  return labels.join(' ');
}
