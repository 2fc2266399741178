import { forget, load, save } from './storage.js';

/** Why an entitlement request failed, as `paywall-error` reports it. */
export type FailureReason = 'timeout' | 'network' | 'http-status' | 'bad-json' | 'bad-shape' | 'too-large' | 'refused';

/** A failed request: the reason, and the HTTP status where there was one. */
export interface Failure {
  reason: FailureReason;
  status?: number;
}

/** Answers past this size are refused unread: an entitlement is a few hundred bytes. */
export const ANSWER_CAP = 64 * 1024;
/** Seconds an answer is kept without `Cache-Control: max-age` or a `ttl` field. */
export const DEFAULT_TTL = 60;

export const fail = (reason: FailureReason, status?: number): Failure => ({ reason, status });

/** The failure a thrown value stands for: ours, a timeout, or else the network (offline, CORS). */
export const failureOf = (error: unknown): Failure =>
  (error as Failure)?.reason ? (error as Failure) : fail((error as Error)?.name === 'TimeoutError' ? 'timeout' : 'network');

/**
 * GETs or POSTs `url` and reads the body as text, at most `cap` bytes: a larger body is refused
 * as soon as it is known to be larger (by its Content-Length, else while reading), never read
 * whole. The timeout covers the body too. Throws a `Failure`.
 */
export async function fetchText(url: string, init: RequestInit, timeout: number, cap: number): Promise<{ text: string; response: Response }> {
  const response = await fetch(url, { ...init, signal: AbortSignal.timeout(timeout) });
  if (!response.ok) throw fail('http-status', response.status);
  if (Number(response.headers.get('content-length')) > cap) throw fail('too-large');
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body?.getReader();
  for (let part; reader && !(part = await reader.read()).done; ) {
    size += part.value.length;
    if (size > cap) {
      reader.cancel().catch(() => {});
      throw fail('too-large');
    }
    chunks.push(part.value);
  }
  return { text: await new Blob(chunks as BlobPart[]).text(), response };
}

/** Seconds to keep an answer: `Cache-Control: max-age` (none for `no-store`), else `ttl`, else the default. */
export function ttlOf(cacheControl: string | null, data: unknown): number {
  if (/no-store|no-cache/.test(cacheControl ?? '')) return 0;
  const maxAge = /max-age=(\d+)/.exec(cacheControl ?? '')?.[1];
  const ttl = (data as { ttl?: unknown })?.ttl;
  return maxAge ? Number(maxAge) : typeof ttl === 'number' && ttl >= 0 ? ttl : DEFAULT_TTL;
}

interface Cached {
  until: number;
  data: unknown;
}

/** Requests in flight, by URL and options: gates asking the same question share one. */
const inFlight = new Map<string, Promise<unknown>>();

/**
 * The parsed JSON answer of an entitlement endpoint. One request in flight per question; answers
 * kept in sessionStorage (memory when storage fails) for their TTL, unless `fresh`.
 */
export function askEndpoint(url: string, init: RequestInit, timeout: number, now: number, fresh = false): Promise<unknown> {
  const key = `answer:${init.credentials} ${JSON.stringify(init.headers ?? {})} ${url}`;
  const cached = load('sessionStorage', key) as Cached | undefined;
  if (!fresh && typeof cached?.until === 'number' && cached.until > now) return Promise.resolve(cached.data);
  if (!fresh && inFlight.has(key)) return inFlight.get(key)!;
  const request = (async () => {
    const { text, response } = await fetchText(url, { ...init, headers: { Accept: 'application/json', ...init.headers } }, timeout, ANSWER_CAP);
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      throw fail('bad-json');
    }
    const ttl = ttlOf(response.headers.get('cache-control'), data);
    if (ttl > 0) save('sessionStorage', key, { until: now + ttl * 1000, data } satisfies Cached);
    return data;
  })();
  // A fresh request may have taken the key meanwhile: only this request's own entry goes.
  const done = () => inFlight.get(key) === request && inFlight.delete(key);
  request.then(done, done);
  inFlight.set(key, request);
  return request;
}

/** Drops every kept answer: after logging in or out, the old ones are wrong. */
export const forgetAnswers = (): void => forget('sessionStorage', 'answer:');
