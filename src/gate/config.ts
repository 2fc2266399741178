import { PlanCard } from '../components/plan-card/plan-card.js';
import type { BenefitItem } from '../components/benefits-list/benefit-items.js';
import type { Plan } from '../plans/plan.js';
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
const camel = (key: string) => key.replace(/-([a-z])/g, (_match, letter: string) => letter.toUpperCase());
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown) => typeof value === 'string';
/** Plan values as `<plan-card>` takes them: `featured` a boolean, the rest text or a number. */
const isPlanValue = (value: unknown, field: string) =>
  field === 'featured' ? typeof value === 'boolean' : isText(value) || typeof value === 'number';

/**
 * Reads the gate's JSON configuration: `{"plans": [...], "benefits": {"heading", "items"},
 * "strings": {...}}`. Only known keys are copied, one by one, into fresh objects:
 * `__proto__`, `constructor` and every other key are reported and ignored, so no prototype can
 * change. Invalid JSON gives an empty configuration and one problem.
 */
export function parseConfig(text: string): { config: GateConfig; problems: Problem[] } {
  const problems: Problem[] = [];
  const ignore = (path: string): undefined => {
    problems.push(problem('config', path, 'is unknown or invalid', 'it is ignored'));
  };

  /** Copies the known keys of `source` whose values pass `valid`; undefined when it is absent or not an object. */
  const pick = (
    source: unknown,
    keys: string[],
    path: string,
    valid = (_value: unknown, _field: string) => true,
    name = (key: string) => key,
  ) => {
    if (source === undefined) return undefined;
    if (!isRecord(source)) return ignore(path);
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(source)) {
      const field = name(key);
      if (keys.includes(field) && valid(source[key], field)) out[field] = source[key];
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
  const { plans, benefits, strings } = pick(data, ['plans', 'benefits', 'strings'], 'config') ?? {};
  const config: GateConfig = {};
  if (Array.isArray(plans)) config.plans = plans.map((entry, i) => pick(entry, PLAN_KEYS, `plans[${i}]`, isPlanValue, camel)).filter((p) => p) as Plan[];
  else if (plans !== undefined) ignore('plans');
  config.benefits = pick(benefits, ['heading', 'items'], 'benefits', (v, field) => (field === 'items' ? Array.isArray(v) : isText(v)));
  config.strings = pick(strings, STRING_KEYS, 'strings', isText);
  return { config, problems };
}
