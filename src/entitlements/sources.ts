import { wholeNumber } from '../util/values.js';
import type { AnswerStore } from './answer-store.js';
import type { Entitlement } from './entitlement.js';
import { fail, fetchText } from './http.js';

/** What an adapter and a URL template know about the view. */
export interface EntitlementContext {
  articleId: string;
  url: string;
  readerId: string;
  returnUrl: string;
}

/** A publisher's own way to ask: an SDK call, say. Gives the library's entitlement shape. */
export type Adapter = (context: EntitlementContext) => Entitlement | Promise<Entitlement>;

/** Answers past this size are refused unread: an entitlement is a few hundred bytes. */
export const ANSWER_CAP = 65_536;
/** Seconds an answer is kept without `Cache-Control: max-age` or a `ttl` field. */
export const DEFAULT_TTL = 60;

/** Seconds to keep an answer: none for `no-store` or `no-cache`; else `max-age`, else its `ttl` field, else the default. */
export function ttlOf(cacheControl: string, data: unknown): number {
  if (/no-store|no-cache/.test(cacheControl)) return 0;
  const maxAge = /max-age=(\d+)/.exec(cacheControl);
  if (maxAge) return Number(maxAge[1]);
  return wholeNumber((data as { ttl?: unknown } | null)?.ttl) ?? DEFAULT_TTL;
}

/** How the endpoint is asked: the request's cookies and headers, and how long to wait. */
export interface EndpointRequest {
  credentials: RequestCredentials;
  headers?: Record<string, string>;
  timeout: number;
}

/** The parsed JSON answer of an entitlement endpoint, through the store (one request per question). Throws a `RequestFailure`. */
export function askEndpoint(url: string, request: EndpointRequest, store: AnswerStore, now: number, fresh: boolean): Promise<unknown> {
  const { credentials, headers, timeout } = request;
  const key = `${credentials} ${JSON.stringify(headers)} ${url}`;
  return store.answer(
    key,
    async () => {
      const init = { credentials, headers: { Accept: 'application/json', ...headers } };
      const { text, response } = await fetchText(url, init, timeout, ANSWER_CAP);
      let data: unknown;
      try {
        data = JSON.parse(text);
      } catch {
        throw fail('bad-json');
      }
      return { data, ttl: ttlOf(response.headers.get('cache-control') ?? '', data) };
    },
    now,
    fresh,
  );
}

/** The adapter's answer, or a `timeout` failure when it takes longer than `timeout` ms. A throw or a rejection is a `network` failure. */
export async function askAdapter(adapter: Adapter, context: EntitlementContext, timeout: number): Promise<unknown> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const expired = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(fail('timeout')), timeout);
  });
  try {
    // Called inside the async function, so that an adapter that throws becomes a rejection.
    return await Promise.race([(async () => adapter(context))(), expired]);
  } finally {
    clearTimeout(timer);
  }
}
