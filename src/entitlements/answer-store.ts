import type { GatherInBatch, KeepPart } from './batches.js';
import type { SafeStorage } from './safe-storage.js';

/** How long an answer may be kept: seconds (kept in the tab's storage), for the page's life only, or not at all. */
export type KeepFor = number | 'page';

/** An endpoint's answer, and how long it may be kept. */
export interface FetchedAnswer {
  data: unknown;
  keep: KeepFor;
}

/** Answers for several articles from one request, by article id. */
export interface FetchedAnswers {
  answers: Readonly<Record<string, unknown>>;
  keep: KeepFor;
}

interface KeptAnswer {
  /** Until when (ms) it may be used. */
  until: number;
  data: unknown;
}

/**
 * Owns what the entitlement requests of a page share: the requests in flight, so that gates
 * asking the same question share one; the answers kept for as long as the endpoint allows; a
 * queue that starts at most a few requests at a time, so that each request's timeout runs only
 * while it is really out; and batches of articles asked for in one request.
 */
export interface AnswerStore {
  /**
   * The answer to the question `key`: a kept one still good at `now` (unless `fresh`), else the
   * request in flight for it, else a new request made by `request` when the queue allows.
   */
  answer(key: string, request: () => Promise<FetchedAnswer>, now: number, fresh: boolean): Promise<unknown>;
  /**
   * The answer for one article of a batch: articles asked for in the same task under the same
   * `batch` key go out together (at most `BATCH_SIZE` at a time), through `request`.
   */
  answerInBatch(
    batch: string,
    articleId: string,
    request: (articleIds: string[]) => Promise<FetchedAnswers>,
    now: number,
    fresh: boolean,
  ): Promise<unknown>;
  /** Drops every kept answer, and lets no request still out answer a question asked after this. */
  forget(): void;
  /** Whether this is the first report of a view of `articleId` on the page (`true` once per article). */
  firstReport(articleId: string): boolean;
}

const KEPT = 'answers';
/** Requests out at once: what a browser allows per host, so that no request waits inside the browser while its timeout runs. */
export const CONCURRENT_REQUESTS = 6;
/** Articles in one batched request, so that its URL stays short. */
export const BATCH_SIZE = 50;

/** Runs tasks at most `limit` at a time, in the order they came. */
export function createQueue(limit: number): <T>(task: () => Promise<T>) => Promise<T> {
  let running = 0;
  const waiting: (() => void)[] = [];
  const next = () => {
    running -= 1;
    waiting.shift()?.();
  };
  return (task) =>
    new Promise((resolve, reject) => {
      const start = () => {
        running += 1;
        task().then(resolve, reject).finally(next);
      };
      if (running < limit) start();
      else waiting.push(start);
    });
}

/** Answers kept: with a max-age in `storage` (sessionStorage: the tab's life), for the page's life in memory. */
function createKeptAnswers(storage: SafeStorage) {
  const pageAnswers = new Map<string, unknown>();

  /** The answers kept in storage: whatever it holds, as a plain record. */
  const stored = (): Record<string, Partial<KeptAnswer> | undefined> => {
    const kept = storage.load(KEPT);
    return typeof kept === 'object' && kept !== null ? (kept as Record<string, Partial<KeptAnswer>>) : {};
  };

  return {
    /** A kept answer for `key` still good at `now`: `{ data }`, or `undefined`. */
    get(key: string, now: number): { data: unknown } | undefined {
      if (pageAnswers.has(key)) return { data: pageAnswers.get(key) };
      const answer = stored()[key];
      return typeof answer?.until === 'number' && answer.until > now ? { data: answer.data } : undefined;
    },
    /** Keeps one answer as long as allowed, and drops expired ones: all stored answers are one entry, so that forgetting them is one write. */
    keep(key: string, data: unknown, keepFor: KeepFor, now: number): void {
      if (keepFor === 'page') {
        pageAnswers.set(key, data);
        return;
      }
      if (!(keepFor > 0)) return;
      const kept: Record<string, Partial<KeptAnswer> | undefined> = {};
      for (const [question, old] of Object.entries(stored())) {
        if (typeof old?.until === 'number' && old.until > now) kept[question] = old;
      }
      kept[key] = { until: now + keepFor * 1000, data };
      storage.save(KEPT, kept);
    },
    clear(): void {
      pageAnswers.clear();
      storage.save(KEPT, {});
    },
  };
}

/** Requests in flight, by question, so that gates asking the same question share one. */
function createRequestsInFlight() {
  const inFlight = new Map<string, Promise<unknown>>();
  return {
    get: (key: string) => inFlight.get(key),
    /** Whether `asking` is still the question's request (no newer question, or a login, replaced it). */
    isCurrent: (key: string, asking: Promise<unknown>) => inFlight.get(key) === asking,
    /** Shares `asking` as the question's request until it settles. */
    share(key: string, asking: Promise<unknown>): Promise<unknown> {
      inFlight.set(key, asking);
      const settled = () => {
        if (inFlight.get(key) === asking) inFlight.delete(key);
      };
      asking.then(settled, settled);
      return asking;
    },
    clear: () => inFlight.clear(),
  };
}

/** An answer store keeping answers with a max-age in `storage` (sessionStorage: the tab's life), the others in memory. */
export function createAnswerStore(storage: SafeStorage): AnswerStore {
  const kept = createKeptAnswers(storage);
  const inFlight = createRequestsInFlight();
  const queued = createQueue(CONCURRENT_REQUESTS);
  /** The batch gatherer, loaded the first time an endpoint asks in batches. */
  let batches: Promise<GatherInBatch> | undefined;
  const reported = new Set<string>();

  return {
    answer(key, request, now, fresh) {
      const answer = fresh ? undefined : kept.get(key, now);
      if (answer) return Promise.resolve(answer.data);
      const pending = inFlight.get(key);
      if (pending) return pending;
      const asking: Promise<unknown> = queued(request).then(({ data, keep: keepFor }) => {
        // Kept only if no newer question (or a login) has replaced this request meanwhile.
        if (inFlight.isCurrent(key, asking)) kept.keep(key, data, keepFor, now);
        return data;
      });
      return inFlight.share(key, asking);
    },

    answerInBatch(batch, articleId, request, now, fresh) {
      const key = `${batch} ${articleId}`;
      const answer = fresh ? undefined : kept.get(key, now);
      if (answer) return Promise.resolve(answer.data);
      const pending = inFlight.get(key);
      if (pending) return pending;
      const keepPart: KeepPart = (id, data, keepFor) => {
        if (inFlight.get(`${batch} ${id}`) !== undefined) kept.keep(`${batch} ${id}`, data, keepFor, now);
      };
      batches ??= import('./batches.js').then(({ createBatches }) => createBatches(queued));
      return inFlight.share(
        key,
        batches.then((gather) => gather(batch, articleId, request, keepPart)),
      );
    },

    forget() {
      inFlight.clear();
      kept.clear();
    },

    firstReport(articleId) {
      if (reported.has(articleId)) return false;
      reported.add(articleId);
      return true;
    },
  };
}
