import { articleNodes } from '../gate/content.js';
import { checkedUrl } from '../url/safe-url.js';
import { blank, oneOf, problem, type Problem } from '../util/warn.js';
import { count, type Entitlement } from './entitlement.js';
import { countView, monthOf } from './meter.js';
import { AMP_PATHS, FIELDS, normalize, OWN_PATHS } from './normalize.js';
import { askEndpoint, fail, failureOf, fetchText, type Failure } from './request.js';
import { load, save } from './storage.js';

/** What an adapter and a URL template know about the view. */
export interface EntitlementContext {
  articleId: string;
  url: string;
  readerId: string;
  returnUrl: string;
}

/** A publisher's own way to ask: an SDK call, say. Gives the library's entitlement shape. */
export type Adapter = (context: EntitlementContext) => Entitlement | Promise<Entitlement>;

/** The gate's settings as its attributes and properties hold them: any of them may be wrong. */
export type Settings = Partial<
  Record<
    | `${(typeof FIELDS)[number]}Path`
    | 'entitlementsUrl'
    | 'credentials'
    | 'timeout'
    | 'onFailure'
    | 'graceHours'
    | 'freeLimit'
    | 'headers'
    | 'adapter'
    | 'contentUrl'
    | 'pingbackUrl',
    unknown
  >
>;

export interface Decision {
  entitlement: Entitlement;
  /** What failed, by the attribute (or property) that asked for it. */
  failures: [attribute: string, failure: Failure][];
  /** Hard mode: the rest of the article, parsed inert and cleaned, ready to append. */
  content?: DocumentFragment;
}

export const DEFAULT_TIMEOUT = 3000;
/** The rest of an article may be long; past this it is refused. */
const CONTENT_CAP = 2 ** 21;
const HOUR = 3.6e6;
const CREDENTIALS: RequestCredentials[] = ['include', 'same-origin', 'omit'];

/** Fills `{name}` variables of a URL template, each URL-encoded; unknown names stay as written. */
export const fillUrl = (template: string, values: Partial<EntitlementContext>): string =>
  template.replace(/\{(\w+)\}/g, (match, name: string) => {
    const value = Object.hasOwn(values, name) ? values[name as keyof EntitlementContext] : undefined;
    return value === undefined ? match : encodeURIComponent(value);
  });

/** A URL attribute that may hold `{articleId}`, `{url}`, `{readerId}`, `{returnUrl}`: filled, then checked. */
export const templateUrl = (raw: unknown, context: EntitlementContext, attribute: string, fallback: string, problems: Problem[], link?: boolean) =>
  checkedUrl(blank(raw) ? raw : fillUrl(String(raw), context), document.baseURI, attribute, fallback, problems, link);

/** An anonymous id for this browser, kept in localStorage (or memory): random, never derived from the reader. */
export function readerId(): string {
  let id = load('localStorage', 'reader');
  if (typeof id !== 'string') save('localStorage', 'reader', (id = crypto.getRandomValues(new Uint32Array(4)).join('-')));
  return id as string;
}

/** A whole number ≥ 0 from an attribute, or `undefined` for a missing one, or a problem. */
export function wholeNumber(raw: unknown, attribute: string, fallback: string, problems: Problem[]): number | undefined {
  if (blank(raw)) return undefined;
  const n = count(Number(raw));
  if (n === undefined) problems.push(problem(attribute, raw, 'is not a whole number of 0 or more', fallback));
  return n;
}

/** `on-failure`: `closed` (the default: the offer), `open` (the article), or an entitlement in JSON. */
export function failurePolicy(raw: unknown, problems: Problem[]): Entitlement {
  const closed = { granted: false, reason: 'FAILURE' };
  if (blank(raw) || raw === 'closed') return closed;
  if (raw === 'open') return { ...closed, granted: true };
  let policy: Entitlement | undefined;
  try {
    policy = normalize(JSON.parse(String(raw)), OWN_PATHS);
  } catch {
    // Reported below.
  }
  if (!policy) problems.push(problem('on-failure', raw, 'is not open, closed or an entitlement in JSON', 'closed is used'));
  return policy ?? closed;
}

/**
 * Decides one view from the gate's settings. The adapter, else the endpoint, answers; on failure
 * a recent subscriber grant on this device (within `grace-hours`) still grants, else `on-failure`
 * decides. With `free-limit`, an answer that neither grants nor carries a meter (or no endpoint
 * at all) goes to the local meter. A granted view fetches the rest of the article in hard mode,
 * and a metered one is reported to `pingback-url`.
 *
 * Settings are checked at once, before any request: `problems` is complete when this returns
 * its promise. The promise never rejects; it gives `undefined` when there is nothing to ask
 * (the page decides by setting `entitlement`).
 */
export async function decide(
  settings: Settings,
  context: EntitlementContext,
  now: number,
  problems: Problem[],
  { fresh = false, content = true } = {},
): Promise<Decision | undefined> {
  const url = (attribute: string, value: unknown, fallback: string) => templateUrl(value, context, attribute, fallback, problems);
  const credentials = oneOf(settings.credentials, CREDENTIALS, 'credentials', problems);
  const init = { credentials, headers: settings.headers as Record<string, string> | undefined };
  const paths = FIELDS.map((field, i) => String(settings[`${field}Path`] ?? AMP_PATHS[i]));
  const endpoint = url('entitlements-url', settings.entitlementsUrl, 'on-failure decides');
  const adapter = typeof settings.adapter === 'function' ? (settings.adapter as Adapter) : undefined;
  const timeout = wholeNumber(settings.timeout, 'timeout', `${DEFAULT_TIMEOUT} is used`, problems) ?? DEFAULT_TIMEOUT;
  const onFailure = failurePolicy(settings.onFailure, problems);
  const graceHours = wholeNumber(settings.graceHours, 'grace-hours', 'no grace period is given', problems) ?? 0;
  const contentUrl = url('content-url', settings.contentUrl, 'only the preview is shown');
  const pingback = url('pingback-url', settings.pingbackUrl, 'no view is reported');
  // A bad free-limit is reported when the gate renders its message.
  const freeLimit = wholeNumber(settings.freeLimit, '', '', []);

  const failures: Decision['failures'] = [];
  let entitlement: Entitlement | undefined;
  if (adapter || !blank(settings.entitlementsUrl)) {
    try {
      const data = await (adapter
        ? Promise.race([adapter(context), new Promise((_resolve, reject) => setTimeout(reject, timeout, fail('timeout')))])
        : endpoint
          ? askEndpoint(endpoint, init, timeout, now, fresh)
          : Promise.reject(fail('refused')));
      entitlement = normalize(data, adapter ? OWN_PATHS : paths);
      if (!entitlement) throw fail('bad-shape');
      // Remembered for the grace period: subscriber grants only, not a free or metered article.
      if (entitlement.granted && !/^(METERING|FREE)$/.test(entitlement.reason!)) save('localStorage', 'granted', now);
    } catch (error) {
      failures.push([adapter ? 'adapter' : 'entitlements-url', failureOf(error)]);
      // Not a number, or in the future (a clock set back): no grace.
      const granted = load('localStorage', 'granted') as number;
      entitlement = granted <= now && now - granted < graceHours * HOUR ? { granted: true, reason: 'GRACE' } : onFailure;
    }
  }
  if (freeLimit !== undefined && !failures.length && !entitlement?.granted && !entitlement?.meter) {
    const [record, metered] = countView(load('localStorage', 'meter'), context.articleId, freeLimit, monthOf(now));
    save('localStorage', 'meter', record);
    entitlement = { ...entitlement, ...metered };
  }
  if (!entitlement) return undefined;
  // One report per view: asking again (the reader back from logging in) is the same view.
  if (pingback && !fresh && entitlement.granted && entitlement.reason === 'METERING') {
    // A beacon: a text/plain POST (no CORS preflight) that outlives the page, with the site's cookies.
    navigator.sendBeacon(pingback, JSON.stringify({ articleId: context.articleId, url: context.url, meter: entitlement.meter }));
  }
  const decision: Decision = { entitlement, failures };
  if (contentUrl && content && entitlement.granted) {
    try {
      // Parsing is in the try too: a page whose Trusted Types policy forbids it gets a failure, not an exception.
      decision.content = articleNodes((await fetchText(contentUrl, init, timeout, CONTENT_CAP))[0], contentUrl);
    } catch (error) {
      failures.push(['content-url', failureOf(error)]);
    }
  }
  return decision;
}
