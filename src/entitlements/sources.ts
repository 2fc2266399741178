import { wholeNumber } from '../util/values.js';
import type { AnswerStore, KeepFor } from './answer-store.js';
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

/** Answers past this size are refused unread: an entitlement is a few hundred bytes (a batch of 50, some kilobytes). */
export const ANSWER_CAP = 65_536;

/**
 * How long an answer may be kept: as long as `Cache-Control: max-age` (or the answer's own `ttl`
 * field) says; not at all for `no-store` or `no-cache`; and without either, for the page's life
 * only, so that logging in or out on the site (a new page) asks again.
 */
export function keepFor(cacheControl: string, data: unknown): KeepFor {
  if (/no-store|no-cache/i.test(cacheControl)) return 0;
  const maxAge = /max-age=(\d+)/i.exec(cacheControl);
  if (maxAge) return Number(maxAge[1]);
  return wholeNumber((data as { ttl?: unknown } | null)?.ttl) ?? 'page';
}

/** How the endpoint is asked: the request's cookies and headers, and how long to wait. */
export interface EndpointRequest {
  credentials: RequestCredentials;
  headers?: Record<string, string>;
  timeout: number;
}

/** GETs `url` and parses its JSON answer, noting how long it may be kept. Throws a `RequestFailure`. */
async function getJson(url: string, { credentials, headers, timeout }: EndpointRequest): Promise<{ data: unknown; keep: KeepFor }> {
  const init = { credentials, headers: { Accept: 'application/json', ...headers } };
  const { text, response } = await fetchText(url, init, timeout, ANSWER_CAP);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw fail('bad-json');
  }
  return { data, keep: keepFor(response.headers.get('cache-control') ?? '', data) };
}

/** The key of a question: the same URL asked with the same cookies and headers. */
const questionKey = (url: string, { credentials, headers }: EndpointRequest) => `${credentials} ${JSON.stringify(headers)} ${url}`;

/** The parsed JSON answer of an entitlement endpoint, through the store (one request per question). Throws a `RequestFailure`. */
export function askEndpoint(url: string, request: EndpointRequest, store: AnswerStore, now: number, fresh: boolean): Promise<unknown> {
  return store.answer(questionKey(url, request), () => getJson(url, request), now, fresh);
}

/**
 * One article's part of a batched answer: `batchUrl(ids)` is the endpoint for several articles,
 * which answers an object with each article's answer under its id; articles with the same
 * `batchKey` go together. Throws a `RequestFailure`.
 */
export async function askEndpointInBatch(
  batchUrl: (articleIds: string[]) => string,
  batchKey: string,
  articleId: string,
  request: EndpointRequest,
  store: AnswerStore,
  now: number,
  fresh: boolean,
): Promise<unknown> {
  const batch = questionKey(batchKey, request);
  const data = await store.answerInBatch(
    batch,
    articleId,
    async (articleIds) => {
      const { data: answers, keep } = await getJson(batchUrl(articleIds), request);
      if (typeof answers !== 'object' || answers === null || Array.isArray(answers)) throw fail('bad-shape');
      return { answers: answers as Record<string, unknown>, keep };
    },
    now,
    fresh,
  );
  if (data === undefined) throw fail('bad-shape');
  return data;
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
