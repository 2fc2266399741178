import { formatMoney, isKnownCurrency, perMonthPrice } from '../format/money.js';
import { formatPeriod, parsePeriod, periodMonths } from '../format/period.js';
import { fillTemplate } from '../format/template.js';
import { checkedUrl } from '../url/safe-url.js';
import { problem, text, type Problem } from '../util/warn.js';

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
  /** The ISO 4217 code in use, when known. */
  currency?: string;
}

export const DEFAULT_PER_MONTH = '{price}/month';

/** Validates a plan and prepares its text. Never throws: every fault becomes a problem and a gap. */
export function describePlan(plan: Plan, locale: string, base: string): { view: PlanView; problems: Problem[] } {
  const problems: Problem[] = [];
  const view: PlanView = {};

  // Every field goes through text(): a number or an object set from JavaScript or JSON can
  // neither throw here nor render as anything but text.
  view.name = text(plan.name)?.trim() || undefined;
  if (!view.name) problems.push(problem('name', '', '', 'the card has no title'));

  let currency = text(plan.currency)?.trim().toUpperCase();
  if (!currency || !isKnownCurrency(currency)) {
    problems.push(problem('currency', plan.currency, 'is not a known ISO 4217 code', 'the price is shown without a currency'));
    currency = undefined;
  }

  // Plain decimals only: Number() would also take "0x10" or "1e3".
  const raw = text(plan.price);
  const amount = raw && /^\s*(\d+\.?\d*|\.\d+)\s*$/.test(raw) ? Number(raw) : NaN;
  if (amount > 0 && amount < Infinity) {
    view.amount = amount;
    view.price = formatMoney(amount, currency, locale);
  } else problems.push(problem('price', plan.price, 'is not a positive number', 'the price is not shown'));

  view.currency = currency;
  const period = parsePeriod(text(plan.period));
  if (!period) problems.push(problem('period', plan.period, 'is not an ISO 8601 duration such as P3M', 'no duration is shown'));
  else {
    view.period = formatPeriod(period, locale);
    const months = periodMonths(period);
    if (months && view.amount) {
      const monthly = perMonthPrice(amount, months, currency);
      const price = formatMoney(monthly, currency, locale, Number.isInteger(monthly) && Number.isInteger(amount));
      view.perMonth = fillTemplate(text(plan.perMonthLabel) ?? DEFAULT_PER_MONTH, { price });
      if (!view.perMonth) {
        problems.push(problem('per-month-label', plan.perMonthLabel, 'has a placeholder other than {price}', 'the default is used'));
        view.perMonth = fillTemplate(DEFAULT_PER_MONTH, { price });
      }
    }
  }

  view.href = checkedUrl(plan.href, base, 'href', 'the button goes nowhere', problems, true);
  return { view, problems };
}
