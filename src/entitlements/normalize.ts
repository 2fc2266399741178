import { count, type Entitlement, type Meter } from './entitlement.js';

/** The fields an answer is read for, in the order of `Paths`. */
export const FIELDS = ['granted', 'reason', 'used', 'limit', 'remaining'] as const;

/** Where each of `FIELDS` sits in an answer: dot paths such as `user.access`. */
export type Paths = readonly string[];

/** The amp-subscriptions answer: `{"granted", "grantReason", "data": {"articlesRead", "articleLimit"}}`. */
export const AMP_PATHS: Paths = ['granted', 'grantReason', 'data.articlesRead', 'data.articleLimit', 'data.articlesRemaining'];

/** The library's own shape, as the `entitlement` property and adapters give it. */
export const OWN_PATHS: Paths = ['granted', 'reason', 'meter.used', 'meter.limit', 'meter.remaining'];

/**
 * The value at a dot path, following only an object's own keys: `__proto__`, `constructor` and
 * inherited members are never reached, so an answer cannot smuggle values in through them.
 */
export function valueAt(data: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>(
    (value, key) => (typeof value === 'object' && value !== null && Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined),
    data,
  );
}

/**
 * One entitlement from any answer, or `undefined` when the answer has no boolean `granted` (a
 * bad shape: `"true"`, `1` and a missing field do not grant, they fail). Meter numbers that are
 * not whole numbers ≥ 0 are left out; `reason` is kept only as text.
 */
export function normalize(data: unknown, paths: Paths): Entitlement | undefined {
  const [granted, reason, used, limit, remaining] = paths.map((path) => valueAt(data, path));
  const meter: Meter = { used: count(used), limit: count(limit), remaining: count(remaining) };
  return typeof granted === 'boolean'
    ? {
        granted,
        reason: typeof reason === 'string' ? reason : undefined,
        meter: Object.values(meter).some((n) => n !== undefined) ? meter : undefined,
      }
    : undefined;
}
