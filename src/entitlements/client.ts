import { fillUrl, placeholderKeys } from '../format/placeholders.js';
import { safeUrl } from '../url/safe-url.js';
import { lazy } from '../util/lazy.js';
import { createAnswerStore, type AnswerStore } from './answer-store.js';
import type { Entitlement } from './entitlement.js';
import { rememberSubscriber, withinGrace } from './grace.js';
import { fail, failureOf, type FailureReason } from './http.js';
import { AMP_PATHS, normalize, OWN_PATHS, type AnswerPaths } from './normalize.js';
import type { PingbackFormat, PingbackView } from './pingback.js';
import { readerId } from './reader-id.js';
import { createSafeStorage, type SafeStorage } from './safe-storage.js';
import { askAdapter, askEndpoint, askEndpointInBatch, type Adapter, type EndpointRequest, type EntitlementContext } from './sources.js';

/** How a client asks for entitlements. Every field is optional; values are used as given (the gate checks its attributes). */
export interface ClientOptions {
  /**
   * The endpoint: a URL template with `{articleId}`, `{url}`, `{readerId}`, `{returnUrl}`; with
   * `{articleIds}`, articles asked for together go in one request. Refused unless http, https or relative.
   */
  endpoint?: string;
  /** What relative URLs resolve against; default the page's address. */
  base?: string;
  /** The requests' cookies; default `include`. */
  credentials?: RequestCredentials;
  /** Extra request headers. */
  headers?: Record<string, string>;
  /** Milliseconds to wait for the endpoint or adapter, from when the request starts; default 3000. */
  timeout?: number;
  /** The decision when the endpoint or adapter fails; default `{ granted: false, reason: 'FAILURE' }`. */
  onFailure?: Entitlement;
  /** Hours a subscriber granted on this device keeps reading while the endpoint fails; default 0. */
  graceHours?: number;
  /** The grant reasons that are a subscriber's (any case), and so start a grace period; default `['SUBSCRIBER']`. */
  subscriberReasons?: readonly string[];
  /** Where the fields sit in the endpoint's answer; default amp-subscriptions'. */
  paths?: Partial<AnswerPaths>;
  /** Asks the publisher's own backend instead of the endpoint. */
  adapter?: Adapter;
  /** Free articles a month on the local meter, which decides only where there is no endpoint or adapter. */
  freeLimit?: number;
  /** Receives a report of views: a URL template, like `endpoint`. */
  pingback?: string;
  /** What the pingback receives; default `own`. */
  pingbackFormat?: PingbackFormat;
  /** The time in ms; `Date.now` unless replaced (tests, a server clock). */
  clock?: () => number;
  /** Shares requests in flight and kept answers; default a store of the client's own. */
  store?: AnswerStore;
  /** Keeps the local meter, the grace time and the reader id; default localStorage, falling back to memory. */
  device?: SafeStorage;
}

/** Which source failed: the endpoint or the adapter. */
export type FailureSource = 'endpoint' | 'adapter';

/** A failed request, by source. */
export interface Failure {
  source: FailureSource;
  reason: FailureReason;
  /** The HTTP status, for `http-status`. */
  status?: number;
}

/** The view being decided: the page knows these; the client adds the reader id. */
export type View = Omit<EntitlementContext, 'readerId'>;

export interface Decision {
  entitlement: Entitlement;
  /** What failed on the way (the failure policy or grace then decided). */
  failures: Failure[];
}

export interface EntitlementClient {
  /**
   * Decides one view. Never rejects; gives `undefined` when there is nothing to ask (no
   * endpoint, adapter or local meter: the page decides). `fresh` skips kept answers, and makes
   * no second pingback for the same view.
   */
  decide(view: View, options?: { fresh?: boolean }): Promise<Decision | undefined>;
  /** Forgets kept answers: after the reader logged in or out. */
  forget(): void;
}

export const DEFAULT_TIMEOUT = 3000;
export const FAILURE: Entitlement = { granted: false, reason: 'FAILURE' };
export const DEFAULT_SUBSCRIBER_REASONS = ['SUBSCRIBER'];

/** A URL template filled for the view and resolved, or `undefined` when the result is refused. */
const viewUrl = (template: string, values: Record<string, string | string[]>, base: string | undefined) =>
  safeUrl(fillUrl(template, values), base);

/** Asks the endpoint or the adapter for a view's answer, as it comes; throws a `RequestFailure`. */
type Source = (context: EntitlementContext, time: number, fresh: boolean) => Promise<unknown>;

/**
 * The endpoint as a source: one request per question, through the store. With `{articleIds}` in
 * the template, articles asked for together go in one request; an article id with a comma in it
 * (which the list could not tell apart) goes in a batch of its own.
 */
function endpointSource(template: string, options: ClientOptions, store: AnswerStore, base: string | undefined, timeout: number): Source {
  const request: EndpointRequest = { credentials: options.credentials ?? 'include', headers: options.headers, timeout };
  const batched = placeholderKeys(template).includes('articleIds');
  return async (context, time, fresh) => {
    const { articleId } = context;
    const single = viewUrl(template, { ...context, articleIds: [articleId] }, base);
    if (!single) throw fail('refused');
    if (!batched) return askEndpoint(single, request, store, time, fresh);
    const batchUrl = (articleIds: string[]) => viewUrl(template, { ...context, articleIds }, base) ?? '';
    const batchKey = articleId.includes(',') ? single : batchUrl([]);
    return askEndpointInBatch(batchUrl, batchKey, articleId, request, store, time, fresh);
  };
}

// Parts loaded by the pages that use them; views counted in the order they were asked.
const loadMeter = lazy(() => import('./meter.js'));
const loadPingback = lazy(() => import('./pingback.js'));

/** The local meter's decision for a view, counting it on the device (the meter is loaded only by pages that use it). */
async function meterView(device: SafeStorage, articleId: string, limit: number, time: number): Promise<Entitlement> {
  const { countView, monthOf } = await loadMeter();
  const { record, entitlement } = countView(device.load('meter'), articleId, limit, monthOf(time));
  device.save('meter', record);
  return entitlement;
}

/**
 * Reports the view to the pingback URL, once per article on the page (gates for one article are
 * one view; asking again, fresh, is the same view). The pingback is loaded only by pages that use it.
 */
async function reportView(url: string, format: PingbackFormat, view: PingbackView, store: AnswerStore): Promise<void> {
  if (!store.firstReport(view.articleId)) return;
  const { pingbackBody, sendPingback } = await loadPingback();
  const body = pingbackBody(format, view);
  if (body) sendPingback(url, body);
}

export function createEntitlementClient(options: ClientOptions = {}): EntitlementClient {
  const device = options.device ?? createSafeStorage('localStorage');
  const store = options.store ?? createAnswerStore(createSafeStorage('sessionStorage'));
  const paths: AnswerPaths = { ...AMP_PATHS, ...options.paths };
  const timeout = options.timeout ?? DEFAULT_TIMEOUT;
  const { adapter, endpoint } = options;
  const base = options.base ?? globalThis.location?.href;
  const subscriberReasons = new Set((options.subscriberReasons ?? DEFAULT_SUBSCRIBER_REASONS).map((reason) => reason.toUpperCase()));
  const source: Source | undefined = adapter
    ? (context) => askAdapter(adapter, context, timeout)
    : endpoint !== undefined
      ? endpointSource(endpoint, options, store, base, timeout)
      : undefined;

  /** The source's answer as an entitlement, or on failure, grace or the failure policy. */
  async function answer(ask: Source, context: EntitlementContext, time: number, fresh: boolean, failures: Failure[]) {
    try {
      const answered = await ask(context, time, fresh);
      const entitlement = normalize(answered, adapter ? OWN_PATHS : paths);
      if (!entitlement) throw fail('bad-shape');
      // Remembered for the grace period: subscribers' grants only, not a free, metered or unlocked article.
      if (entitlement.granted && subscriberReasons.has(entitlement.reason?.toUpperCase() ?? '')) rememberSubscriber(device, time);
      return { entitlement, answer: adapter ? undefined : answered };
    } catch (error) {
      failures.push({ source: adapter ? 'adapter' : 'endpoint', ...failureOf(error) });
      const entitlement = withinGrace(device, time, options.graceHours ?? 0)
        ? { granted: true, reason: 'GRACE' }
        : (options.onFailure ?? FAILURE);
      return { entitlement, answer: undefined };
    }
  }

  return {
    async decide(view, { fresh = false } = {}) {
      const time = (options.clock ?? Date.now)();
      const context: EntitlementContext = { ...view, readerId: readerId(device) };
      const failures: Failure[] = [];
      let decided: { entitlement: Entitlement; answer?: unknown } | undefined;
      // An endpoint's or adapter's answer is never overridden: the local meter decides only without them.
      if (source) decided = await answer(source, context, time, fresh, failures);
      else if (options.freeLimit !== undefined)
        decided = { entitlement: await meterView(device, context.articleId, options.freeLimit, time) };
      if (!decided) return undefined;
      const pingback = options.pingback && viewUrl(options.pingback, { ...context }, base);
      // Asking again (the reader back from logging in) is the same view: no second report.
      if (pingback && !fresh) await reportView(pingback, options.pingbackFormat ?? 'own', { ...context, ...decided }, store);
      return { entitlement: decided.entitlement, failures };
    },
    forget: () => store.forget(),
  };
}
