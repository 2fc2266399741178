import type { Finding, PageSnapshot, PlanGroup, PlanSnapshot } from '../types.js';
import { findingMaker, quoted } from './finding.js';

const finding = findingMaker('plans');

/**
 * Months in an ISO 8601 period (`P3M`, `P1Y`, `P1Y6M`), or `undefined` for weeks, days or
 * anything else. Written out here, not imported from format/period.ts: that module lives in the
 * offer's file of the script-tag build, and sharing it would split that file in two.
 */
function monthsIn(period: string | undefined): number | undefined {
  const match = /^P(?:(\d+)Y)?(?:(\d+)M)?$/.exec((period ?? '').trim().toUpperCase());
  const months = match ? Number(match[1] ?? 0) * 12 + Number(match[2] ?? 0) : 0;
  return months > 0 ? months : undefined;
}

/** The first amount in a text as the locale writes it (its digits, group and decimal signs): `₹2,700/month` is 2700. */
export function amountIn(text: string, locale: string): number | undefined {
  const parts = new Intl.NumberFormat(locale).formatToParts(12345.6);
  const group = parts.find((part) => part.type === 'group')?.value ?? ',';
  const decimal = parts.find((part) => part.type === 'decimal')?.value ?? '.';
  const digits = [...new Intl.NumberFormat(locale, { useGrouping: false }).format(1234567890)];
  const latin = [...text].map((char) => (digits.includes(char) ? String((digits.indexOf(char) + 1) % 10) : char)).join('');
  const written = /\d(?:[\d\s]|[.,'’\u066b\u066c])*/u.exec(latin)?.[0];
  if (!written) return undefined;
  const plain = written.replace(/[\s']/g, '').split(group).join('').replace(decimal, '.').replace(/\D+$/, '');
  const amount = Number(plain);
  return Number.isFinite(amount) ? amount : undefined;
}

/** A per-month line that does not follow from the plan's price and period (rounded down to whole units, or to cents). */
function perMonthFinding(plan: PlanSnapshot, where: string): Finding | undefined {
  const months = monthsIn(plan.period);
  if (!plan.perMonth || !months || !plan.price) return undefined;
  const shown = amountIn(plan.perMonth, plan.locale);
  if (shown === undefined) return undefined;
  const exact = plan.price / months;
  const tolerance = Number.isInteger(shown) ? 1 : 0.01 + 1e-9;
  if (Math.abs(shown - exact) < tolerance) return undefined;
  return finding(
    'error',
    `The plan ${quoted(plan.name ?? '(no name)')} in ${where} shows ${quoted(plan.perMonth)} a month, but ${plan.price} over ${months} months is ${exact.toFixed(2)}.`,
    'Leave the per-month figure to the card (per-month-label with {price}, or no label at all): it works it out from price and period.',
  );
}

/** Values that appear more than once, as written. */
function repeated(values: (string | undefined)[]): string[] {
  const seen = new Map<string, string>();
  const twice = new Set<string>();
  for (const value of values) {
    const key = value?.trim().toLowerCase();
    if (!key) continue;
    if (seen.has(key)) twice.add(seen.get(key)!);
    else seen.set(key, value!.trim());
  }
  return [...twice];
}

function groupFindings({ where, plans }: PlanGroup, https: boolean): Finding[] {
  const findings: Finding[] = [];
  for (const name of repeated(plans.map((plan) => plan.name)))
    findings.push(finding('warning', `Two plans in ${where} are both called ${quoted(name)}.`, 'Give each plan a name of its own.'));
  for (const period of repeated(plans.map((plan) => plan.period)))
    findings.push(
      finding(
        'warning',
        `Two plans in ${where} run for the same period, ${period}.`,
        'Give each plan its own period, or say in its name how the two differ.',
      ),
    );
  if (plans.length >= 3 && !plans.some((plan) => plan.featured))
    findings.push(
      finding(
        'warning',
        `None of the ${plans.length} plans in ${where} is featured.`,
        'Mark the plan you recommend with featured (and a badge).',
      ),
    );
  for (const plan of plans) {
    const perMonth = perMonthFinding(plan, where);
    if (perMonth) findings.push(perMonth);
    if (https && plan.href?.startsWith('http:'))
      findings.push(
        finding(
          'error',
          `The plan ${quoted(plan.name ?? '(no name)')} in ${where} checks out over plain http: ${plan.href}`,
          'Link the checkout over https.',
        ),
      );
  }
  return findings;
}

/** Each group of plans: figures that add up, names and periods told apart, one featured, secure checkout links. */
export function checkPlans(page: PageSnapshot): Finding[] {
  const https = page.url.startsWith('https:');
  return page.plans.flatMap((group) => groupFindings(group, https));
}
