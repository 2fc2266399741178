import { formatMoney, isKnownCurrency, perMonthPrice } from '../format/money.js';
import { formatPeriod, parsePeriod, periodMonths, type PeriodWords } from '../format/period.js';
import { fillMessage, fillUrl } from '../format/placeholders.js';
import { checkedUrl } from '../url/safe-url.js';
import { plainNumber, text } from '../util/values.js';
import { problem, type Problem } from '../util/warn.js';
import type { Plan } from './plan-fields.js';

export { PLAN_FIELDS, type Plan } from './plan-fields.js';

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

/** The language's words for a plan: its per-month line and its period words (a locale's). */
export interface PlanWords {
  perMonth?: string;
  periods?: PeriodWords;
}

/** The currency code, upper-cased, when this browser knows it. */
function knownCurrency(plan: Plan, problems: Problem[]): string | undefined {
  const code = text(plan.currency)?.trim().toUpperCase();
  if (code && isKnownCurrency(code)) return code;
  problems.push(problem('currency', plan.currency, 'is not a known ISO 4217 code', 'the price is shown without a currency'));
  return undefined;
}

/** The per-month line, from the publisher's label, else the language's, else the default. */
function perMonthLine(plan: Plan, price: string, problems: Problem[], languageLine?: string): string | undefined {
  const fallback = (languageLine && fillMessage(languageLine, { price })) ?? fillMessage(DEFAULT_PER_MONTH, { price });
  const label = text(plan.perMonthLabel);
  if (label === undefined) return fallback;
  const line = fillMessage(label, { price });
  if (line) return line;
  problems.push(problem('per-month-label', plan.perMonthLabel, 'has a placeholder other than {price}', 'the default is used'));
  return fallback;
}

/**
 * Validates a plan and prepares its text. Never throws: every fault becomes a problem and a gap.
 * Every field goes through `text()`: a number or an object set from JavaScript or JSON can
 * neither throw here nor render as anything but text.
 */
export function describePlan(
  plan: Plan,
  locale: string,
  base: string | undefined,
  page = base,
  words: PlanWords = {},
): { view: PlanView; problems: Problem[] } {
  const problems: Problem[] = [];
  const view: PlanView = {};

  view.name = text(plan.name)?.trim() || undefined;
  if (!view.name) problems.push(problem('name', '', '', 'the card has no title'));

  const currency = knownCurrency(plan, problems);
  view.currency = currency;

  const amount = plainNumber(plan.price);
  if (amount > 0 && amount < Infinity) {
    view.amount = amount;
    view.price = formatMoney(amount, currency, locale);
  } else problems.push(problem('price', plan.price, 'is not a positive number', 'the price is not shown'));

  const period = parsePeriod(text(plan.period));
  if (period) {
    view.period = formatPeriod(period, locale, words.periods);
    const months = periodMonths(period);
    if (months && view.amount) {
      const monthly = perMonthPrice(amount, months, currency);
      view.perMonth = perMonthLine(
        plan,
        formatMoney(monthly, currency, locale, Number.isInteger(monthly) && Number.isInteger(amount)),
        problems,
        words.perMonth,
      );
    }
  } else problems.push(problem('period', plan.period, 'is not an ISO 8601 duration such as P3M', 'no duration is shown'));

  // A checkout that brings the reader back to the story: `{returnUrl}` (or `{url}`) is this page.
  const href = text(plan.href);
  view.href = checkedUrl(
    href === undefined ? plan.href : fillUrl(href, { returnUrl: page, url: page }),
    base,
    'href',
    'the button goes nowhere',
    problems,
    true,
  );
  return { view, problems };
}
