import { formatMoney, isKnownCurrency, perMonthPrice } from '../format/money.js';
import { formatPeriod, parsePeriod, periodMonths } from '../format/period.js';
import { fillTemplate } from '../format/template.js';
import { safeUrl } from '../url/safe-url.js';
import { quote, type Problem } from '../util/warn.js';

/** One subscription plan, as `<plan-card>` attributes or a JSON config entry describe it. */
export interface Plan {
  name?: string;
  /** Total price in major units, e.g. `2700`. */
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

/** What a card shows, every string ready to render as text. Absent fields are not shown. */
export interface PlanView {
  name?: string;
  price?: string;
  period?: string;
  perMonth?: string;
  /** Absolute, allow-listed checkout URL. */
  href?: string;
  amount?: number;
}

export const DEFAULT_PER_MONTH = '{price}/month';

/** Reads a price from an attribute string or a number: positive and finite, else a problem. */
function parsePrice(raw: Plan['price']): number | string {
  if (raw === undefined || raw === null || (typeof raw === 'string' && !raw.trim())) {
    return 'is missing; the price is not shown.';
  }
  const amount = typeof raw === 'number' ? raw : Number(String(raw).trim());
  if (!Number.isFinite(amount)) return `${quote(raw)} is not a number; the price is not shown.`;
  if (amount <= 0) return `${quote(raw)} is not a positive amount; the price is not shown.`;
  return amount;
}

/** Validates a plan and prepares its text. Never throws: every fault becomes a problem and a gap. */
export function describePlan(plan: Plan, locale: string, base: string): { view: PlanView; problems: Problem[] } {
  const problems: Problem[] = [];
  const problem = (attribute: string, message: string) => problems.push({ attribute, message });
  const view: PlanView = {};

  const name = String(plan.name ?? '').trim();
  if (name) view.name = name;
  else problem('name', 'is missing; the card has no title.');

  let currency: string | undefined = String(plan.currency ?? '').trim().toUpperCase();
  if (!currency) {
    problem('currency', 'is missing; the price is shown without a currency.');
    currency = undefined;
  } else if (!/^[A-Z]{3}$/.test(currency) || !isKnownCurrency(currency)) {
    problem('currency', `${quote(plan.currency)} is not a known ISO 4217 code; the price is shown without a currency.`);
    currency = undefined;
  }

  const amount = parsePrice(plan.price);
  if (typeof amount === 'string') problem('price', amount);
  else {
    view.amount = amount;
    view.price = formatMoney(amount, currency, locale);
  }

  const period = parsePeriod(plan.period);
  if (plan.period !== undefined && plan.period !== null && !period) {
    problem('period', `${quote(plan.period)} is not a positive ISO 8601 duration such as P3M or P1Y; no duration is shown.`);
  } else if (!period) {
    problem('period', 'is missing; no duration is shown.');
  }
  if (period) {
    view.period = formatPeriod(period, locale);
    const months = periodMonths(period);
    if (months && view.amount !== undefined) {
      const monthly = formatMoney(perMonthPrice(view.amount, months, currency), currency, locale, Number.isInteger(view.amount));
      const template = plan.perMonthLabel ?? DEFAULT_PER_MONTH;
      view.perMonth = fillTemplate(template, { price: monthly });
      if (view.perMonth === undefined) {
        problem('per-month-label', `${quote(template)} has a placeholder other than {price}; the default is used.`);
        view.perMonth = fillTemplate(DEFAULT_PER_MONTH, { price: monthly });
      }
    }
  }

  if (plan.href !== undefined && plan.href !== null && String(plan.href).trim()) {
    view.href = safeUrl(String(plan.href), base);
    if (!view.href) {
      problem('href', `${quote(plan.href)} is refused: only http, https and relative URLs are followed.`);
    }
  }
  return { view, problems };
}
