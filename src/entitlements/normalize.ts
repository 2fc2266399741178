import { count, type Entitlement, type Meter } from './entitlement.js';

/** Where each field of an entitlement sits in an answer: dot paths such as `user.access`. */
export interface Paths {
  granted: string;
  reason: string;
  used: string;
  limit: string;
  remaining: string;
}

/** The amp-subscriptions answer: `{"granted", "grantReason", "data": {"articlesRead", "articleLimit"}}`. */
export const AMP_PATHS: Paths = {
  granted: 'granted',
  reason: 'grantReason',
  used: 'data.articlesRead',
  limit: 'data.articleLimit',
  remaining: 'data.articlesRemaining',
};

/** The library's own shape, as the `entitlement` property and adapters give it. */
export const OWN_PATHS: Paths = {
  granted: 'granted',
  reason: 'reason',
  used: 'meter.used',
  limit: 'meter.limit',
  remaining: 'meter.remaining',
};

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
  const [granted, reason, loggedIn, used, limit, remaining] = [paths.granted, paths.reason, 'loggedIn', paths.used, paths.limit, paths.remaining].map(
    (path) => valueAt(data, path),
  );
  const meter: Meter = { used: count(used), limit: count(limit), remaining: count(remaining) };
  return typeof granted === 'boolean'
    ? {
        granted,
        reason: typeof reason === 'string' ? reason : undefined,
        meter: Object.values(meter).some((n) => n !== undefined) ? meter : undefined,
        loggedIn: typeof loggedIn === 'boolean' ? loggedIn : undefined,
      }
    : undefined;
}
