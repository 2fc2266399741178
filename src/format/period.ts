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

/** Upper-cases the first letter of the unit word, which starts no other word: `3 Months`, `1 Year`, as plan labels read. */
const label = (amount: number, unit: string, locale: string): string =>
  new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' })
    .format(amount)
    .replace(/(?<!\p{L})\p{Ll}/u, (letter) => letter.toLocaleUpperCase(locale));

/** A localized duration with correct plurals: `3 Months`, `1 Year`, `2 Years`, `1 Year 6 Months`. */
export function formatPeriod(period: Period, locale: string): string {
  const units: [string, number][] = [
    ['year', period.years],
    ['month', period.months],
    ['week', period.weeks],
    ['day', period.days],
  ];
  const labels = units.filter(([, n]) => n > 0).map(([unit, n]) => label(n, unit, locale));
  return labels.join(' ');
}
