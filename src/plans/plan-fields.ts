/** One subscription plan, as `<plan-card>` attributes or a JSON config entry describe it. */
export interface Plan {
  name?: string;
  /** Total price in major units, e.g. `2700` (JSON may give it as text in plain decimal notation, `"2700"`). */
  price?: number | string;
  /** ISO 4217 code, e.g. `INR`. */
  currency?: string;
  /** ISO 8601 duration, e.g. `P3M`, `P1Y`, `P1W`. */
  period?: string;
  locale?: string;
  /** Checkout URL: http(s) or relative. */
  href?: string;
  featured?: boolean;
  badge?: string;
  ctaLabel?: string;
  renewalNote?: string;
  /** Template for the per-month line; `{price}` is replaced. */
  perMonthLabel?: string;
}

/** Every field of a plan: `<plan-card>`'s properties, and the keys a JSON plan may have (or their kebab-case attribute names). */
export const PLAN_FIELDS = [
  'name',
  'price',
  'currency',
  'period',
  'locale',
  'href',
  'featured',
  'badge',
  'ctaLabel',
  'renewalNote',
  'perMonthLabel',
] as const satisfies readonly (keyof Plan)[];
