import { count } from './entitlement.js';
import { load, save } from './storage.js';

/** Why an entitlement request failed, as `paywall-error` reports it. */
export type FailureReason = 'timeout' | 'network' | 'http-status' | 'bad-json' | 'bad-shape' | 'too-large' | 'refused';

/** A failed request: the reason, and the HTTP status where there was one. */
export interface Failure {
  reason: FailureReason;
  status?: number;
}

/** Answers past this size are refused unread: an entitlement is a few hundred bytes. */
export const ANSWER_CAP = 65536;
/** Seconds an answer is kept without `Cache-Control: max-age` or a `ttl` field. */
export const DEFAULT_TTL = 60;

export const fail = (reason: FailureReason, status?: number): Failure => ({ reason, status });

/** The failure a thrown value stands for: ours, a timeout, or else the network (offline, CORS). */
export const failureOf = (error: unknown): Failure =>
  (error as Failure)?.reason ? (error as Failure) : fail((error as Error)?.name === 'TimeoutError' ? 'timeout' : 'network');

/**
 * Fetches `url` and reads the body as text, at most `cap` bytes: a larger body is refused as
 * soon as it is known to be larger (by its Content-Length, else while reading), never read
 * whole. The timeout covers the body too. Throws a `Failure`.
 */
export async function fetchText(url: string, init: RequestInit, timeout: number, cap: number): Promise<[text: string, response: Response]> {
  // Past the browser's HTTP cache, which knows nothing of logging in: answers are kept by TTL below.
  const response = await fetch(url, { ...init, cache: 'no-store', signal: AbortSignal.timeout(timeout) });
  if (!response.ok) throw fail('http-status', response.status);
  const reader = response.body?.getReader();
  const chunks: BlobPart[] = [];
  const declared = Number(response.headers.get('content-length'));
  let size = 0;
  for (let part; !(declared > cap) && size <= cap && reader && !(part = await reader.read()).done; chunks.push(part.value as BlobPart)) {
    size += part.value.length;
  }
  if (declared > cap || size > cap) {
    reader?.cancel().catch(() => {});
    throw fail('too-large');
  }
  return [await new Blob(chunks).text(), response];
}

/** Seconds to keep an answer: none for `no-store`; else `max-age`, else its `ttl` field, else the default. */
export const ttlOf = (cacheControl: string, data: unknown): number =>
  /no-store|no-cache/.test(cacheControl)
    ? 0
    : Number(/max-age=(\d+)/.exec(cacheControl)?.[1] ?? count((data as { ttl?: unknown })?.ttl) ?? DEFAULT_TTL);

/** Requests in flight, by URL and options: gates asking the same question share one. */
const inFlight = new Map<string, Promise<unknown>>();

/**
 * The parsed JSON answer of an entitlement endpoint. One request in flight per question, shared
 * by every asker until `forgetAnswers()`; answers kept in sessionStorage (memory when storage
 * fails) for their TTL, which a `fresh` question skips.
 */
export function askEndpoint(url: string, init: RequestInit, timeout: number, now: number, fresh?: boolean): Promise<unknown> {
  const key = `${init.credentials} ${JSON.stringify(init.headers)} ${url}`;
  const kept = answers()[key];
  if (!fresh && (kept?.until as number) > now) return Promise.resolve(kept.data);
  if (inFlight.has(key)) return inFlight.get(key)!;
  const request = fetchText(url, { ...init, headers: { Accept: 'application/json', ...init.headers } }, timeout, ANSWER_CAP).then(([text, response]) => {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      throw fail('bad-json');
    }
    const ttl = ttlOf(response.headers.get('cache-control') ?? '', data);
    // One entry for all answers, so that forgetting them is one write. Kept only if no newer
    // question (or a login) has replaced this one meanwhile.
    if (ttl > 0 && inFlight.get(key) === request) save('sessionStorage', 'answers', { ...answers(), [key]: { until: now + ttl * 1000, data } });
    return data;
  });
  // A fresh request may have taken the key meanwhile: only this request's own entry goes.
  const done = () => inFlight.get(key) === request && inFlight.delete(key);
  request.then(done, done);
  inFlight.set(key, request);
  return request;
}

/** The kept answers by question: whatever storage holds, as a plain record. */
const answers = (): Record<string, { until?: unknown; data?: unknown }> => {
  const kept = load('sessionStorage', 'answers');
  return typeof kept === 'object' && kept ? (kept as Record<string, { until?: unknown; data?: unknown }>) : {};
};

/** Drops every kept answer: after logging in or out, the old ones are wrong. */
export function forgetAnswers(): void {
  // Requests still out were asked before: none may answer a question asked after this.
  inFlight.clear();
  save('sessionStorage', 'answers', {});
}
