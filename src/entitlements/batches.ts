import { BATCH_SIZE, type createQueue, type FetchedAnswers, type KeepFor } from './answer-store.js';

/** The articles of a batch answer, each given to its waiter: loaded only by pages whose endpoint asks in batches. */

interface Waiter {
  resolve: (data: unknown) => void;
  reject: (error: unknown) => void;
}

/** Keeps one article's part of a batch answer (while its question is still current). */
export type KeepPart = (articleId: string, data: unknown, keepFor: KeepFor) => void;

/**
 * Gathers the articles asked for in one task under one batch key into one request (at most
 * `BATCH_SIZE`), and gives each waiter its own article's answer.
 */
export function createBatches(queued: ReturnType<typeof createQueue>): GatherInBatch {
  const gathering = new Map<string, Map<string, Waiter>>();

  const send = (waiters: Map<string, Waiter>, request: (ids: string[]) => Promise<FetchedAnswers>, keep: KeepPart) => {
    queued(() => request([...waiters.keys()])).then(
      ({ answers, keep: keepFor }) => {
        for (const [id, { resolve }] of waiters) {
          const data = Object.hasOwn(answers, id) ? answers[id] : undefined;
          if (data !== undefined) keep(id, data, keepFor);
          resolve(data);
        }
      },
      (error) => waiters.forEach(({ reject }) => reject(error)),
    );
  };

  /** The answer for `articleId` from the batch `batch` now gathering (or a new one). */
  return (batch: string, articleId: string, request: (ids: string[]) => Promise<FetchedAnswers>, keep: KeepPart): Promise<unknown> => {
    let waiters = gathering.get(batch);
    if (!waiters || waiters.size >= BATCH_SIZE) {
      const gathered = new Map<string, Waiter>();
      waiters = gathered;
      gathering.set(batch, gathered);
      // Everything asked in this task goes in one request.
      setTimeout(() => {
        if (gathering.get(batch) === gathered) gathering.delete(batch);
        send(gathered, request, keep);
      });
    }
    const joined = waiters;
    return new Promise((resolve, reject) => joined.set(articleId, { resolve, reject }));
  };
}

/** Gives the answer for one article of a batch key, gathering the articles asked for in one task into one request. */
export type GatherInBatch = (
  batch: string,
  articleId: string,
  request: (ids: string[]) => Promise<FetchedAnswers>,
  keep: KeepPart,
) => Promise<unknown>;
