import type { Entitlement } from './entitlement.js';
import { countView, monthOf } from './meter.js';
import { normalize, OWN_PATHS, type Paths } from './normalize.js';
import { askEndpoint, fail, failureOf, type Failure } from './request.js';
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

export interface Question {
  /** The entitlement endpoint, filled and checked; `null` when it was refused, none asks no endpoint. */
  endpoint?: string | null;
  adapter?: Adapter;
  /** `credentials` and `headers` of the request. */
  init: RequestInit;
  timeout: number;
  paths: Paths;
  context: EntitlementContext;
  /** The decision when the endpoint fails and no grace applies. */
  onFailure: Entitlement;
  graceHours: number;
  /** Free articles a month for the local meter; none counts nothing locally. */
  freeLimit?: number;
  now: number;
  /** Skip kept answers (the reader has just logged in or out). */
  fresh?: boolean;
}

export interface Decision {
  entitlement: Entitlement;
  failure?: Failure;
}

/** Fills `{name}` variables of a URL template, each URL-encoded; unknown names stay as written. */
export const fillUrl = (template: string, values: Partial<EntitlementContext>): string =>
  template.replace(/\{(\w+)\}/g, (match, name: string) => {
    const value = Object.hasOwn(values, name) ? values[name as keyof EntitlementContext] : undefined;
    return value === undefined ? match : encodeURIComponent(value);
  });

/** An anonymous id for this browser, kept in localStorage (or memory): random, never derived from the reader. */
export function readerId(): string {
  let id = load('localStorage', 'reader');
  if (typeof id !== 'string') save('localStorage', 'reader', (id = crypto.getRandomValues(new Uint32Array(4)).join('-')));
  return id as string;
}

const HOUR = 3.6e6;
const isMetered = (reason?: string) => reason === 'METERING' || reason === 'FREE';

/**
 * Decides one view. The adapter, else the endpoint, answers; on failure a recent grant on this
 * device (within `graceHours`) still grants, else `onFailure` decides. With `freeLimit`, an answer
 * that neither grants nor carries a meter (or no endpoint at all) goes to the local meter.
 * `undefined` when there is nothing to ask: the page decides by setting `entitlement`.
 */
export async function decide(question: Question): Promise<Decision | undefined> {
  const { adapter, endpoint, now, freeLimit } = question;
  let entitlement: Entitlement | undefined;
  if (adapter || endpoint !== undefined) {
    try {
      const data = await (adapter
        ? Promise.race([adapter(question.context), new Promise((_resolve, reject) => setTimeout(reject, question.timeout, fail('timeout')))])
        : endpoint
          ? askEndpoint(endpoint, question.init, question.timeout, now, question.fresh)
          : Promise.reject(fail('refused')));
      entitlement = normalize(data, adapter ? OWN_PATHS : question.paths);
      if (!entitlement) throw fail('bad-shape');
    } catch (error) {
      // Not a number, or in the future (a clock set back): no grace.
      const granted = load('localStorage', 'granted') as number;
      const recent = granted <= now && now - granted < question.graceHours * HOUR;
      return { entitlement: recent ? { granted: true, reason: 'GRACE' } : question.onFailure, failure: failureOf(error) };
    }
    // Remembered for the grace period: subscriber grants only, not a free or metered article.
    if (entitlement.granted && !isMetered(entitlement.reason)) save('localStorage', 'granted', now);
  }
  if (freeLimit !== undefined && !entitlement?.granted && !entitlement?.meter) {
    const [record, metered] = countView(load('localStorage', 'meter'), question.context.articleId, freeLimit, monthOf(now));
    save('localStorage', 'meter', record);
    return { entitlement: { ...entitlement, ...metered } };
  }
  return entitlement && { entitlement };
}
