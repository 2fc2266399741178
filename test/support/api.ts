/** Helpers for tests against the endpoints of test/support/test-endpoints.mjs. */
import { expect } from '@open-wc/testing';
import { pageScope } from '../../src/components/paywall-gate/page-scope.js';

let next = 0;
/** A key no other test uses, so that request counts start at zero. */
export const freshKey = (): string => `k${Date.now().toString(36)}${(next++).toString(36)}`;

/** An answer URL for `key` with the given query (values may be lists split by "|"). */
export function answerUrl(key: string, query: Record<string, string | number> = {}, origin = ''): string {
  const params = new URLSearchParams({ k: key, ...Object.fromEntries(Object.entries(query).map(([k, v]) => [k, String(v)])) });
  return `${origin}/api/answer?${params}`;
}

/** What a key received (see `hits` in test/support/test-endpoints.mjs). */
export interface Hits {
  answer: number;
  served: number;
  content: number;
  ping: { body: string; type: string }[];
  headers: { accept?: string; cookie?: string; custom?: string };
  cookies: (string | null)[];
  articles: (string | null)[];
  /** The article ids of each batched request. */
  batches: string[][];
}

/** What the endpoints received for `key`. */
export const hits = async (key: string): Promise<Hits> => (await fetch(`/api/hits?k=${key}`)).json();

/** Resolves in the next task: after pending promise rejections have been reported, say. */
export const nextTask = () => new Promise((resolve) => setTimeout(resolve));

/** Resolves once `check` holds, checking once a frame; rejects after `timeout` ms with `what`. */
export async function waitFor(check: () => boolean | Promise<boolean>, what = 'a condition', timeout = 5000): Promise<void> {
  const end = performance.now() + timeout;
  while (!(await check())) {
    if (performance.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

/** Records unhandled promise rejections until `stop()`. */
export function watchRejections(): { reasons: unknown[]; stop: () => void } {
  const reasons: unknown[] = [];
  const onRejection = (event: PromiseRejectionEvent) => reasons.push(event.reason);
  window.addEventListener('unhandledrejection', onRejection);
  return { reasons, stop: () => window.removeEventListener('unhandledrejection', onRejection) };
}

/**
 * For the current `describe`: each test starts with no kept answers, and fails if it left an
 * unhandled rejection behind.
 */
export function eachTestFreshAndWithoutRejections(): void {
  let rejections: ReturnType<typeof watchRejections>;
  beforeEach(() => {
    pageScope.answers.forget();
    rejections = watchRejections();
  });
  afterEach(async () => {
    await nextTask();
    rejections.stop();
    expect(rejections.reasons).to.deep.equal([]);
  });
}

/**
 * Makes Storage methods throw on every call (as in private modes and sandboxed frames), for
 * localStorage and sessionStorage alike; returns the function that puts them back.
 */
export function breakStorage(methods: ('getItem' | 'setItem')[], name = 'SecurityError'): () => void {
  const originals = methods.map((method) => [method, Storage.prototype[method]] as const);
  for (const method of methods) {
    Storage.prototype[method] = () => {
      throw new DOMException('refused', name);
    };
  }
  return () => {
    for (const [method, original] of originals) (Storage.prototype as unknown as Record<string, unknown>)[method] = original;
  };
}
