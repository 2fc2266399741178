import type { EndpointProbe } from './types.js';

/** What the doctor asks the endpoint with: the gate's own request, and where its answer sits. */
export type ProbeRequest = Omit<EndpointProbe, 'crossOrigin' | 'answer' | 'withoutCredentials' | 'opaque' | 'timedOut'> & {
  headers?: Record<string, string>;
};

/** Answers are a few hundred bytes; past this the body is cut (as the gate would refuse it). */
const BODY_CAP = 65_536;

/** Whether a request reaches an answer the page can read (or, with `no-cors`, any answer at all). */
async function answers(url: string, init: RequestInit, timeout: number): Promise<boolean> {
  try {
    await fetch(url, { ...init, cache: 'no-store', signal: AbortSignal.timeout(timeout) });
    return true;
  } catch {
    return false;
  }
}

/**
 * Asks the endpoint as the gate does (its cookies, headers and URL), timing the answer to its
 * last byte. When that fails across origins, asks without cookies, then without CORS, to tell a
 * CORS setup that refuses credentials from one that refuses the page, or a server that is down.
 */
export async function probeEndpoint(request: ProbeRequest): Promise<EndpointProbe> {
  const { headers, ...asked } = request;
  const probe: EndpointProbe = { ...asked, crossOrigin: new URL(request.url).origin !== location.origin };
  const init: RequestInit = { credentials: request.credentials, headers: { Accept: 'application/json', ...headers } };
  const started = performance.now();
  try {
    const response = await fetch(request.url, { ...init, cache: 'no-store', signal: AbortSignal.timeout(request.timeout * 3) });
    const body = (await response.text()).slice(0, BODY_CAP);
    const cacheControl = response.headers.get('cache-control') ?? undefined;
    probe.answer = { status: response.status, ms: performance.now() - started, cacheControl, body };
  } catch (error) {
    if ((error as Error).name === 'TimeoutError') probe.timedOut = true;
    else if (probe.crossOrigin) {
      probe.withoutCredentials = (await answers(request.url, { ...init, credentials: 'omit' }, request.timeout * 3)) ? 'read' : 'failed';
      probe.opaque = (await answers(request.url, { mode: 'no-cors', credentials: 'omit' }, request.timeout * 3)) ? 'answered' : 'failed';
    }
  }
  return probe;
}
