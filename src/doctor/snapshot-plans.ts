import { parseConfig } from '../components/paywall-gate/gate-config.js';
import { canonicalLocale, inheritedLocale } from '../format/locale.js';
import { placeholderKeys } from '../format/placeholders.js';
import type { Plan } from '../plans/plan-fields.js';
import { plainNumber, text } from '../util/values.js';
import { gateLabel } from './page-text.js';
import type { PlanGroup, PlanSnapshot } from './types.js';

/** A `<plan-card>`: its properties once upgraded, its attributes before. */
type Card = Element & Plan;

/** A checkout link made absolute, as the card follows it. */
function absolute(href: unknown): string | undefined {
  const written = text(href);
  if (!written) return undefined;
  try {
    return new URL(written, document.baseURI).href;
  } catch {
    return undefined;
  }
}

/** A fixed per-month label (one without `{price}`), which the card shows as written. */
const fixedLabel = (label: unknown): string | undefined => {
  const written = text(label);
  return written && /\d/.test(written) && !placeholderKeys(written).includes('price') ? written : undefined;
};

/** A plan as a card shows it: the figures from its properties, the per-month line from its rendered part. */
function cardPlan(card: Card): PlanSnapshot {
  const field = (name: keyof Plan, attribute = name as string) => card[name] ?? card.getAttribute(attribute) ?? undefined;
  const price = plainNumber(field('price'));
  return {
    name: text(field('name')),
    price: Number.isFinite(price) ? price : undefined,
    currency: text(field('currency')),
    period: text(field('period')),
    featured: card.featured === true || card.hasAttribute('featured'),
    href: absolute(field('href')),
    perMonth:
      card.shadowRoot?.querySelector('[part~="per-month"]')?.textContent?.trim() || fixedLabel(field('perMonthLabel', 'per-month-label')),
    locale: canonicalLocale(text(field('locale'))) ?? inheritedLocale(card),
  };
}

/** A plan from a gate's JSON, for an offer not shown now. */
function jsonPlan(plan: Plan, gate: Element): PlanSnapshot {
  const price = plainNumber(plan.price);
  return {
    name: text(plan.name),
    price: Number.isFinite(price) ? price : undefined,
    currency: text(plan.currency),
    period: text(plan.period),
    featured: plan.featured === true,
    href: absolute(plan.href),
    perMonth: fixedLabel(plan.perMonthLabel),
    locale: canonicalLocale(text(plan.locale)) ?? inheritedLocale(gate),
  };
}

/** A gate's plans: its own cards win over the JSON ones; shown ones are read from the cards. */
function gatePlans(gate: Element): PlanSnapshot[] {
  const own = [...gate.querySelectorAll<Card>(':scope > plan-card')];
  if (own.length > 0) return own.map(cardPlan);
  const shown = [...(gate.shadowRoot?.querySelectorAll<Card>('plan-card') ?? [])];
  if (shown.length > 0) return shown.map(cardPlan);
  const json = gate.querySelector(':scope > script[type="application/json"]')?.textContent;
  return json ? (parseConfig(json).config.plans ?? []).map((plan) => jsonPlan(plan, gate)) : [];
}

/** How a group of cards is named: by its parent's id, or else its tag and classes. */
function placeOf(parent: Element | null): string {
  if (!parent) return 'the page';
  if (parent.id) return `#${parent.id}`;
  return `<${parent.localName}${[...parent.classList].map((name) => `.${name}`).join('')}>`;
}

/** The page's groups of plans: each gate's offer, and cards outside gates grouped by their parent. */
export function readPlans(doc: Document): PlanGroup[] {
  const gates = [...doc.querySelectorAll('paywall-gate')];
  const groups: PlanGroup[] = gates.map((gate, i) => ({ where: `the offer of ${gateLabel(gate, i)}`, plans: gatePlans(gate) }));
  const byParent = new Map<Element | null, Card[]>();
  for (const card of doc.querySelectorAll<Card>('plan-card')) {
    if (card.closest('paywall-gate')) continue;
    byParent.set(card.parentElement, [...(byParent.get(card.parentElement) ?? []), card]);
  }
  for (const [parent, cards] of byParent) groups.push({ where: placeOf(parent), plans: cards.map(cardPlan) });
  return groups.filter((group) => group.plans.length > 0);
}
