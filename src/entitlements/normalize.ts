import { wholeNumber } from '../util/values.js';
import type { Entitlement, Meter } from './entitlement.js';

/** Where each field sits in an answer: dot paths such as `user.access`. */
export interface AnswerPaths {
  granted: string;
  reason: string;
  used: string;
  limit: string;
  remaining: string;
  loggedIn: string;
}

/** The amp-subscriptions answer: `{"granted", "grantReason", "data": {"articlesRead", "articleLimit"}}`. */
export const AMP_PATHS: AnswerPaths = {
  granted: 'granted',
  reason: 'grantReason',
  used: 'data.articlesRead',
  limit: 'data.articleLimit',
  remaining: 'data.articlesRemaining',
  loggedIn: 'loggedIn',
};

/** The library's own shape, as the `entitlement` property, adapters and `on-failure` give it. */
export const OWN_PATHS: AnswerPaths = {
  granted: 'granted',
  reason: 'reason',
  used: 'meter.used',
  limit: 'meter.limit',
  remaining: 'meter.remaining',
  loggedIn: 'loggedIn',
};

/** Keys a path never follows, even where an answer has them as its own. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * The value at a dot path, following only an object's own keys: `__proto__`, `constructor` and
 * inherited members are never reached, so an answer cannot smuggle values in through them.
 */
export function valueAt(data: unknown, path: string): unknown {
  let value = data;
  for (const key of path.split('.')) {
    if (typeof value !== 'object' || value === null || FORBIDDEN_KEYS.has(key) || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/**
 * One entitlement from any answer, or `undefined` when the answer has no boolean `granted` (a
 * bad shape: `"true"`, `1` and a missing field do not grant, they fail). Meter numbers that are
 * not whole numbers ≥ 0 are left out; `reason` is kept only as text, `loggedIn` only as a boolean.
 */
export function normalize(data: unknown, paths: AnswerPaths): Entitlement | undefined {
  const granted = valueAt(data, paths.granted);
  if (typeof granted !== 'boolean') return undefined;
  const reason = valueAt(data, paths.reason);
  const loggedIn = valueAt(data, paths.loggedIn);
  const meter: Meter = {
    used: wholeNumber(valueAt(data, paths.used)),
    limit: wholeNumber(valueAt(data, paths.limit)),
    remaining: wholeNumber(valueAt(data, paths.remaining)),
  };
  const entitlement: Entitlement = { granted, reason: typeof reason === 'string' ? reason : undefined };
  if (Object.values(meter).some((n) => n !== undefined)) entitlement.meter = meter;
  if (typeof loggedIn === 'boolean') entitlement.loggedIn = loggedIn;
  return entitlement;
}
