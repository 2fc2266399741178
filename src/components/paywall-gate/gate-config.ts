import type { BenefitItem } from '../benefits-list/benefit-items.js';
import { PLAN_FIELDS, type Plan } from '../../plans/plan-fields.js';
import { camel } from '../../util/case.js';
import { problem, type Problem } from '../../util/warn.js';
import { messageOf, STRING_KEYS, type GateCopy, type GateStrings } from './gate-strings.js';

/** What a `<script type="application/json">` child of the gate configures. */
export interface GateConfig {
  plans?: Plan[];
  benefits?: { heading?: string; items?: BenefitItem[] };
  /** Text, and for the meter messages (`heading`, `headingSubscribersOnly`, `notice`) plural forms too. */
  strings?: Partial<GateCopy>;
}

const PLAN_KEYS: readonly string[] = PLAN_FIELDS;
const isText = (value: unknown) => typeof value === 'string';

/** Plan values as `<plan-card>` takes them: `featured` a boolean, the rest text or a number. */
function isPlanValue(value: unknown, field: string): boolean {
  if (!PLAN_KEYS.includes(field)) return false;
  return field === 'featured' ? typeof value === 'boolean' : isText(value) || typeof value === 'number';
}

const isBenefitsValue = (value: unknown, field: string) =>
  field === 'items' ? Array.isArray(value) : field === 'heading' && isText(value);
const isStringValue = (value: unknown, field: string) =>
  STRING_KEYS.includes(field as keyof GateStrings) && messageOf(field as keyof GateStrings, value) !== undefined;
const isSection = (_value: unknown, field: string) => field === 'plans' || field === 'benefits' || field === 'strings';

type Validator = (value: unknown, field: string) => boolean;

/**
 * Reads the gate's JSON configuration: `{"plans": [...], "benefits": {"heading", "items"},
 * "strings": {...}}`. Only known keys are copied, one by one, into fresh objects:
 * `__proto__`, `constructor` and every other key are reported and ignored, so no prototype can
 * change. Keys may be written in camelCase or kebab-case (`cta-label`). Invalid JSON gives an
 * empty configuration and one problem.
 */
export function parseConfig(json: string): { config: GateConfig; problems: Problem[] } {
  const problems: Problem[] = [];
  const ignore = (path: string) => problems.push(problem('config', path, 'is unknown or invalid', 'it is ignored'));

  /** The keys of a plain object that `valid` accepts (by name in camel case), copied; `undefined` when there is none. */
  const pick = (source: unknown, path: string, valid: Validator): Record<string, unknown> | undefined => {
    if (source === undefined) return undefined;
    if (typeof source !== 'object' || source === null || Array.isArray(source)) {
      ignore(path);
      return undefined;
    }
    const picked: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(source)) {
      if (valid(value, camel(key))) picked[camel(key)] = value;
      else ignore(`${path}.${key}`);
    }
    return picked;
  };

  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    return {
      config: {},
      problems: [{ attribute: 'config', message: `is not valid JSON (${(error as Error).message}); the defaults are used.` }],
    };
  }
  const { plans, benefits, strings } = pick(data, 'config', isSection) ?? {};
  if (plans !== undefined && !Array.isArray(plans)) ignore('plans');
  const planList = Array.isArray(plans) ? plans.map((entry, i) => pick(entry, `plans[${i}]`, isPlanValue)) : undefined;
  return {
    config: {
      plans: planList?.filter((plan): plan is Record<string, unknown> => plan !== undefined) as Plan[] | undefined,
      benefits: pick(benefits, 'benefits', isBenefitsValue),
      strings: pick(strings, 'strings', isStringValue),
    },
    problems,
  };
}

/** A plan card or benefits list made from the JSON configuration: properties to set. */
export type MadeElement = HTMLElement & { headingLevel?: number };

/** The parts of the cards made from JSON, forwarded under the gate's own names so that the page can style them: `paywall-gate::part(plan-price)`. */
export const PLAN_PARTS =
  'card:plan-card, badge:plan-badge, name:plan-name, price:plan-price, period:plan-period, per-month:plan-per-month, cta:plan-cta, note:plan-note';
export const BENEFITS_PARTS =
  'base:benefits-list, heading:benefits-heading, list:benefits-items, item:benefits-item, icon:benefits-icon, title:benefits-title, description:benefits-description';

/** The plan cards and the benefits list a configuration describes, made once; `<plan-card>` and `<benefits-list>` upgrade them when defined. */
export function makeOfferElements(config: GateConfig): { plans: MadeElement[]; benefits?: MadeElement } {
  const make = (tag: string, properties: object, parts: string): MadeElement => {
    const element = Object.assign(document.createElement(tag), properties);
    element.setAttribute('exportparts', parts);
    return element;
  };
  return {
    plans: (config.plans ?? []).map((plan) => make('plan-card', plan, PLAN_PARTS)),
    benefits: config.benefits?.items ? make('benefits-list', config.benefits, BENEFITS_PARTS) : undefined,
  };
}
