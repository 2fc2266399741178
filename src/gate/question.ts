import type { Adapter, EntitlementContext, Question } from '../entitlements/decide.js';
import { fillUrl } from '../entitlements/decide.js';
import { count, type Entitlement } from '../entitlements/entitlement.js';
import { AMP_PATHS, normalize, OWN_PATHS, type Paths } from '../entitlements/normalize.js';
import { checkedUrl } from '../url/safe-url.js';
import { blank, problem, type Problem } from '../util/warn.js';

/** The gate's request settings, as attributes and properties give them (anything may be wrong). */
export interface RequestSettings {
  entitlementsUrl?: unknown;
  credentials?: unknown;
  timeout?: unknown;
  onFailure?: unknown;
  graceHours?: unknown;
  grantedPath?: unknown;
  reasonPath?: unknown;
  usedPath?: unknown;
  limitPath?: unknown;
  remainingPath?: unknown;
  headers?: unknown;
  adapter?: unknown;
}

export const DEFAULT_TIMEOUT = 3000;
const CLOSED: Entitlement = { granted: false, reason: 'FAILURE' };
const CREDENTIALS = ['include', 'same-origin', 'omit'];

/** A whole number ≥ 0 from an attribute, or `undefined` for a missing one, or a problem. */
export function wholeNumber(raw: unknown, attribute: string, fallback: string, problems: Problem[]): number | undefined {
  if (blank(raw)) return undefined;
  const n = count(Number(raw));
  if (n === undefined) problems.push(problem(attribute, raw, 'is not a whole number of 0 or more', fallback));
  return n;
}

/** `on-failure`: `closed` (the default: the offer), `open` (the article), or an entitlement in JSON. */
export function failurePolicy(raw: unknown, problems: Problem[]): Entitlement {
  if (blank(raw) || raw === 'closed') return CLOSED;
  if (raw === 'open') return { granted: true, reason: 'FAILURE' };
  try {
    const fallback = normalize(JSON.parse(String(raw)), OWN_PATHS);
    if (fallback) return fallback;
  } catch {
    // Reported below.
  }
  problems.push(problem('on-failure', raw, 'is not open, closed or an entitlement in JSON', 'closed is used'));
  return CLOSED;
}

/** A URL attribute that may hold `{articleId}`, `{url}`, `{readerId}`, `{returnUrl}`: filled, then checked. */
export const templateUrl = (raw: unknown, context: EntitlementContext, attribute: string, fallback: string, problems: Problem[]) =>
  checkedUrl(blank(raw) ? raw : fillUrl(String(raw), context), document.baseURI, attribute, fallback, problems);

/**
 * The question the gate's settings ask, minus the clock and the meter, with a problem for each
 * setting that is wrong and what is used instead. `refused` is set when `entitlements-url` is
 * given but not followed: the failure policy then decides.
 */
export function requestOf(settings: RequestSettings, context: EntitlementContext, problems: Problem[]) {
  const credentials = blank(settings.credentials) ? 'include' : String(settings.credentials);
  if (!CREDENTIALS.includes(credentials)) problems.push(problem('credentials', credentials, 'is not include, same-origin or omit', 'include is used'));
  const paths: Paths = { ...AMP_PATHS };
  for (const key of Object.keys(paths) as (keyof Paths)[]) {
    const path = settings[`${key}Path`];
    if (!blank(path)) paths[key] = String(path);
  }
  const adapter = settings.adapter;
  if (adapter !== undefined && adapter !== null && typeof adapter !== 'function') {
    problems.push(problem('adapter', '[not a function]', 'is not a function', 'it is ignored'));
  }
  const endpoint = templateUrl(settings.entitlementsUrl, context, 'entitlements-url', 'on-failure decides', problems);
  const headers = settings.headers;
  return {
    endpoint,
    refused: !blank(settings.entitlementsUrl) && !endpoint,
    adapter: typeof adapter === 'function' ? (adapter as Adapter) : undefined,
    init: {
      credentials: (CREDENTIALS.includes(credentials) ? credentials : 'include') as RequestCredentials,
      headers: typeof headers === 'object' && headers !== null ? (headers as Record<string, string>) : undefined,
    },
    timeout: wholeNumber(settings.timeout, 'timeout', `${DEFAULT_TIMEOUT} is used`, problems) ?? DEFAULT_TIMEOUT,
    paths,
    context,
    onFailure: failurePolicy(settings.onFailure, problems),
    graceHours: wholeNumber(settings.graceHours, 'grace-hours', 'no grace period is given', problems) ?? 0,
  } satisfies Partial<Question> & { refused: boolean };
}
