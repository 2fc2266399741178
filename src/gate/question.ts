import type { Adapter, EntitlementContext, Question } from '../entitlements/decide.js';
import { fillUrl } from '../entitlements/decide.js';
import { count, type Entitlement } from '../entitlements/entitlement.js';
import { AMP_PATHS, normalize, OWN_PATHS, type Paths } from '../entitlements/normalize.js';
import { checkedUrl } from '../url/safe-url.js';
import { blank, problem, type Problem } from '../util/warn.js';

/** The gate's request settings, as attributes and properties give them (anything may be wrong). */
export type RequestSettings = Partial<Record<`${keyof Paths}Path` | 'entitlementsUrl' | 'credentials' | 'timeout' | 'onFailure' | 'graceHours' | 'freeLimit' | 'headers' | 'adapter' | 'contentUrl' | 'pingbackUrl', unknown>>;

export const DEFAULT_TIMEOUT = 3000;
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
  let policy: Entitlement | undefined = { granted: raw === 'open', reason: 'FAILURE' };
  if (!blank(raw) && raw !== 'open' && raw !== 'closed') {
    try {
      policy = normalize(JSON.parse(String(raw)), OWN_PATHS);
    } catch {
      policy = undefined;
    }
    if (!policy) problems.push(problem('on-failure', raw, 'is not open, closed or an entitlement in JSON', 'closed is used'));
  }
  return policy ?? { granted: false, reason: 'FAILURE' };
}

/** A URL attribute that may hold `{articleId}`, `{url}`, `{readerId}`, `{returnUrl}`: filled, then checked. */
export const templateUrl = (raw: unknown, context: EntitlementContext, attribute: string, fallback: string, problems: Problem[]) =>
  checkedUrl(blank(raw) ? raw : fillUrl(String(raw), context), document.baseURI, attribute, fallback, problems);

/**
 * The question the gate's settings ask, with a problem for each setting that is wrong and what
 * is used instead. An `entitlements-url` that is given but refused leaves `endpoint` null: the
 * failure policy decides.
 */
export function questionOf(settings: RequestSettings, context: EntitlementContext, problems: Problem[]) {
  const url = (attribute: string, fallback: string) =>
    templateUrl(settings[attribute.replace(/-(\w)/g, (_m, c: string) => c.toUpperCase()) as keyof RequestSettings], context, attribute, fallback, problems);
  let credentials = String(settings.credentials ?? 'include');
  if (!CREDENTIALS.includes(credentials)) {
    problems.push(problem('credentials', credentials, 'is not include, same-origin or omit', 'include is used'));
    credentials = 'include';
  }
  const paths = { ...AMP_PATHS };
  for (const key of Object.keys(paths) as (keyof Paths)[]) paths[key] = String(settings[`${key}Path`] ?? paths[key]);
  const endpoint = url('entitlements-url', 'on-failure decides');
  const { adapter, headers } = settings;
  return {
    endpoint: blank(settings.entitlementsUrl) ? undefined : (endpoint ?? null),
    adapter: typeof adapter === 'function' ? (adapter as Adapter) : undefined,
    init: { credentials: credentials as RequestCredentials, headers: headers as Record<string, string> | undefined },
    timeout: wholeNumber(settings.timeout, 'timeout', `${DEFAULT_TIMEOUT} is used`, problems) ?? DEFAULT_TIMEOUT,
    paths,
    context,
    onFailure: failurePolicy(settings.onFailure, problems),
    graceHours: wholeNumber(settings.graceHours, 'grace-hours', 'no grace period is given', problems) ?? 0,
    // A bad free-limit is reported when the message is rendered.
    freeLimit: wholeNumber(settings.freeLimit, '', '', []),
    content: url('content-url', 'only the preview is shown'),
    pingback: url('pingback-url', 'no view is reported'),
  } satisfies Omit<Question, 'now'> & Record<string, unknown>;
}
