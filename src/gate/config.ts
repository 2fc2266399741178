import { PlanCard } from '../components/plan-card/plan-card.js';
import type { BenefitItem } from '../components/benefits-list/benefit-items.js';
import type { Plan } from '../plans/plan.js';
import { camel } from '../util/case.js';
import { problem, type Problem } from '../util/warn.js';
import { STRING_KEYS, type GateStrings } from './strings.js';

/** What a `<script type="application/json">` child of the gate configures. */
export interface GateConfig {
  plans?: Plan[];
  benefits?: { heading?: string; items?: BenefitItem[] };
  strings?: Partial<GateStrings>;
}

/** Plan fields: `<plan-card>`'s properties; JSON may also use the attribute names (`cta-label`). */
const PLAN_KEYS = Object.keys(PlanCard.properties);
const isText = (value: unknown) => typeof value === 'string';
/** Plan values as `<plan-card>` takes them: `featured` a boolean, the rest text or a number. */
const isPlanValue = (value: unknown, field: string) =>
  PLAN_KEYS.includes(field) && (field === 'featured' ? typeof value === 'boolean' : isText(value) || typeof value === 'number');

/**
 * Reads the gate's JSON configuration: `{"plans": [...], "benefits": {"heading", "items"},
 * "strings": {...}}`. Only known keys are copied, one by one, into fresh objects:
 * `__proto__`, `constructor` and every other key are reported and ignored, so no prototype can
 * change. Invalid JSON gives an empty configuration and one problem.
 */
export function parseConfig(text: string): { config: GateConfig; problems: Problem[] } {
  const problems: Problem[] = [];
  const ignore = (path: string) => problems.push(problem('config', path, 'is unknown or invalid', 'it is ignored'));

  /** The keys of a plain object that `valid` accepts (by name in camel case), copied; `undefined` when there is none. */
  const pick = (source: unknown, path: string, valid: (value: unknown, field: string) => unknown): Record<string, unknown> | undefined => {
    if (source === undefined) return undefined;
    if (typeof source !== 'object' || !source || Array.isArray(source)) return void ignore(path);
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(source)) {
      if (valid(value, camel(key))) out[camel(key)] = value;
      else ignore(`${path}.${key}`);
    }
    return out;
  };

  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { config: {}, problems: [{ attribute: 'config', message: `is not valid JSON (${(error as Error).message}); the defaults are used.` }] };
  }
  const { plans, benefits, strings } = pick(data, 'config', (_value, field) => /^(plans|benefits|strings)$/.test(field)) ?? {};
  if (plans !== undefined && !Array.isArray(plans)) ignore('plans');
  return {
    config: {
      plans: Array.isArray(plans) ? (plans.map((entry, i) => pick(entry, `plans[${i}]`, isPlanValue)).filter((plan) => plan) as Plan[]) : undefined,
      benefits: pick(benefits, 'benefits', (value, field) => (field === 'items' ? Array.isArray(value) : field === 'heading' && isText(value))),
      strings: pick(strings, 'strings', (value, field) => STRING_KEYS.includes(field as keyof GateStrings) && isText(value)),
    },
    problems,
  };
}
