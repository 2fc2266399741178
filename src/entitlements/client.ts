import { fillUrl } from '../format/placeholders.js';
import { safeUrl } from '../url/safe-url.js';
import { createAnswerStore, type AnswerStore } from './answer-store.js';
import type { Entitlement } from './entitlement.js';
import { rememberSubscriber, withinGrace } from './grace.js';
import { fail, failureOf, type FailureReason } from './http.js';
import { countView, monthOf } from './meter.js';
import { AMP_PATHS, normalize, OWN_PATHS, type AnswerPaths } from './normalize.js';
import { sendPingback } from './pingback.js';
import { readerId } from './reader-id.js';
import { createSafeStorage, type SafeStorage } from './safe-storage.js';
import { askAdapter, askEndpoint, type Adapter, type EntitlementContext } from './sources.js';

/** How a client asks for entitlements. Every field is optional; values are used as given (the gate checks its attributes). */
export interface ClientOptions {
  /** The endpoint: a URL template with `{articleId}`, `{url}`, `{readerId}`, `{returnUrl}`. Refused unless http, https or relative. */
  endpoint?: string;
  /** What relative URLs resolve against; default the page's address. */
  base?: string;
  /** The requests' cookies; default `include`. */
  credentials?: RequestCredentials;
  /** Extra request headers. */
  headers?: Record<string, string>;
  /** Milliseconds to wait for the endpoint or adapter; default 3000. */
  timeout?: number;
  /** The decision when the endpoint or adapter fails; default `{ granted: false, reason: 'FAILURE' }`. */
  onFailure?: Entitlement;
  /** Hours a subscriber granted on this device keeps reading while the endpoint fails; default 0. */
  graceHours?: number;
  /** Where the fields sit in the endpoint's answer; default amp-subscriptions'. */
  paths?: Partial<AnswerPaths>;
  /** Asks the publisher's own backend instead of the endpoint. */
  adapter?: Adapter;
  /** Free articles a month on the local meter, for answers that neither grant nor carry a meter (or no endpoint at all). */
  freeLimit?: number;
  /** Receives one report per metered view: a URL template, like `endpoint`. */
  pingback?: string;
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
/** Grants that are not a subscriber's: they start no grace period. */
const NOT_SUBSCRIBER = /^(METERING|FREE)$/;

/** A URL template filled for the view and resolved, or `undefined` when the result is refused. */
const viewUrl = (template: string, context: EntitlementContext, base: string | undefined) =>
  safeUrl(fillUrl(template, { ...context }), base);

export function createEntitlementClient(options: ClientOptions = {}): EntitlementClient {
  const device = options.device ?? createSafeStorage('localStorage');
  const store = options.store ?? createAnswerStore(createSafeStorage('sessionStorage'));
  const paths: AnswerPaths = { ...AMP_PATHS, ...options.paths };
  const timeout = options.timeout ?? DEFAULT_TIMEOUT;
  const { adapter, endpoint } = options;
  const base = options.base ?? globalThis.location?.href;
  const now = () => (options.clock ?? Date.now)();

  /** The source's answer as an entitlement; throws a failure. */
  async function ask(context: EntitlementContext, time: number, fresh: boolean): Promise<Entitlement> {
    let data: unknown;
    if (adapter) data = await askAdapter(adapter, context, timeout);
    else {
      const url = viewUrl(endpoint ?? '', context, base);
      if (!url) throw fail('refused');
      data = await askEndpoint(
        url,
        { credentials: options.credentials ?? 'include', headers: options.headers, timeout },
        store,
        time,
        fresh,
      );
    }
    const entitlement = normalize(data, adapter ? OWN_PATHS : paths);
    if (!entitlement) throw fail('bad-shape');
    return entitlement;
  }

  /** The answer of the endpoint or adapter, or on failure, grace or the failure policy. */
  async function answer(context: EntitlementContext, time: number, fresh: boolean, failures: Failure[]): Promise<Entitlement> {
    try {
      const entitlement = await ask(context, time, fresh);
      if (entitlement.granted && !NOT_SUBSCRIBER.test(entitlement.reason ?? '')) rememberSubscriber(device, time);
      return entitlement;
    } catch (error) {
      failures.push({ source: adapter ? 'adapter' : 'endpoint', ...failureOf(error) });
      if (withinGrace(device, time, options.graceHours ?? 0)) return { granted: true, reason: 'GRACE' };
      return options.onFailure ?? FAILURE;
    }
  }

  /** The local meter's decision for this view, counting it. */
  function meter(articleId: string, limit: number, time: number): Entitlement {
    const { record, entitlement } = countView(device.load('meter'), articleId, limit, monthOf(time));
    device.save('meter', record);
    return entitlement;
  }

  return {
    async decide(view, { fresh = false } = {}) {
      const time = now();
      const context: EntitlementContext = { ...view, readerId: readerId(device) };
      const failures: Failure[] = [];
      let entitlement: Entitlement | undefined;
      if (adapter || endpoint !== undefined) entitlement = await answer(context, time, fresh, failures);
      const { freeLimit } = options;
      if (freeLimit !== undefined && failures.length === 0 && !entitlement?.granted && !entitlement?.meter) {
        entitlement = { ...entitlement, ...meter(context.articleId, freeLimit, time) };
      }
      if (!entitlement) return undefined;
      const pingback = options.pingback && viewUrl(options.pingback, context, base);
      // One report per view: asking again (the reader back from logging in) is the same view.
      if (pingback && !fresh && entitlement.granted && entitlement.reason === 'METERING') {
        sendPingback(pingback, { articleId: context.articleId, url: context.url, meter: entitlement.meter });
      }
      return { entitlement, failures };
    },
    forget: () => store.forget(),
  };
}
