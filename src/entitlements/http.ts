/** Why a request failed, as `paywall-error` reports it. */
export type FailureReason = 'timeout' | 'network' | 'http-status' | 'bad-json' | 'bad-shape' | 'too-large' | 'refused';

/** A failed request: the reason, and the HTTP status where there was one. */
export interface RequestFailure {
  reason: FailureReason;
  status?: number;
}

/** A failure to throw: the reason, and the HTTP status where there was one. */
export const fail = (reason: FailureReason, status?: number): RequestFailure => ({ reason, status });

const isRequestFailure = (error: unknown): error is RequestFailure =>
  typeof error === 'object' && error !== null && typeof (error as RequestFailure).reason === 'string';

/** The failure a thrown value stands for: one of ours, a timeout, or else the network (offline, CORS). */
export function failureOf(error: unknown): RequestFailure {
  if (isRequestFailure(error)) return error;
  return fail((error as Error | undefined)?.name === 'TimeoutError' ? 'timeout' : 'network');
}

/** Reads a body to its end, refusing it as soon as it passes `cap` bytes: it is never read whole. */
async function readCapped(body: ReadableStream<Uint8Array> | null, cap: number): Promise<string> {
  if (!body) return '';
  const reader = body.getReader();
  const chunks: BlobPart[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > cap) {
      reader.cancel().catch(() => {});
      throw fail('too-large');
    }
    chunks.push(value as BlobPart);
  }
  return new Blob(chunks).text();
}

/**
 * Fetches `url` and reads the body as text, at most `cap` bytes: a larger body is refused as
 * soon as it is known to be larger (by its Content-Length, else while reading). The timeout
 * covers the body too. Throws a `RequestFailure`.
 */
export async function fetchText(
  url: string,
  init: RequestInit,
  timeout: number,
  cap: number,
): Promise<{ text: string; response: Response }> {
  // Past the browser's HTTP cache, which knows nothing of logging in: answers are kept by the answer store.
  const response = await fetch(url, { ...init, cache: 'no-store', signal: AbortSignal.timeout(timeout) });
  if (!response.ok) throw fail('http-status', response.status);
  // A header sent twice reads "N, N": not a number, so the body is read and counted instead.
  const declared = Number(response.headers.get('content-length'));
  if (declared > cap) {
    response.body?.cancel().catch(() => {});
    throw fail('too-large');
  }
  // Chromium: the stream of an answer sent with no-store, closed as our reader reaches its end,
  // can cancel the request before the loader has finished (reported as net::ERR_ABORTED although
  // the whole body came). A clone puts the browser's tee in between, which reads to the end itself.
  const spare = response.clone();
  try {
    return { text: await readCapped(response.body, cap), response };
  } finally {
    // Both branches cancelled: a refused body still stops loading.
    spare.body?.cancel().catch(() => {});
  }
}
