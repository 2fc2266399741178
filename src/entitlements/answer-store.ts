import type { SafeStorage } from './safe-storage.js';

/** An endpoint's answer, and how many seconds it may be kept. */
export interface FetchedAnswer {
  data: unknown;
  ttl: number;
}

interface KeptAnswer {
  /** Until when (ms) it may be used. */
  until: number;
  data: unknown;
}

/**
 * Owns what the entitlement requests of a page share: the requests in flight, so that gates
 * asking the same question share one, and the answers kept for their time to live.
 */
export interface AnswerStore {
  /**
   * The answer to the question `key`: a kept one still good at `now` (unless `fresh`), else the
   * request in flight for it, else a new request made by `request`.
   */
  answer(key: string, request: () => Promise<FetchedAnswer>, now: number, fresh: boolean): Promise<unknown>;
  /** Drops every kept answer, and lets no request still out answer a question asked after this. */
  forget(): void;
}

const KEPT = 'answers';

/** An answer store keeping its answers in `storage` (sessionStorage, for the tab's life). */
export function createAnswerStore(storage: SafeStorage): AnswerStore {
  const inFlight = new Map<string, Promise<unknown>>();

  /** The kept answers by question: whatever storage holds, as a plain record. */
  const keptAnswers = (): Record<string, Partial<KeptAnswer> | undefined> => {
    const kept = storage.load(KEPT);
    return typeof kept === 'object' && kept !== null ? (kept as Record<string, Partial<KeptAnswer>>) : {};
  };

  /** Keeps one answer, and drops the expired ones: all answers are one entry, so that forgetting them is one write. */
  const keep = (key: string, answer: KeptAnswer, now: number): void => {
    const kept: Record<string, Partial<KeptAnswer> | undefined> = {};
    for (const [question, old] of Object.entries(keptAnswers())) {
      if (typeof old?.until === 'number' && old.until > now) kept[question] = old;
    }
    kept[key] = answer;
    storage.save(KEPT, kept);
  };

  return {
    answer(key, request, now, fresh) {
      const kept = keptAnswers()[key];
      if (!fresh && typeof kept?.until === 'number' && kept.until > now) return Promise.resolve(kept.data);
      const pending = inFlight.get(key);
      if (pending) return pending;
      const asking = request().then(({ data, ttl }) => {
        // Kept only if no newer question (or a login) has replaced this request meanwhile.
        if (ttl > 0 && inFlight.get(key) === asking) keep(key, { until: now + ttl * 1000, data }, now);
        return data;
      });
      const settled = () => {
        if (inFlight.get(key) === asking) inFlight.delete(key);
      };
      asking.then(settled, settled);
      inFlight.set(key, asking);
      return asking;
    },
    forget() {
      inFlight.clear();
      storage.save(KEPT, {});
    },
  };
}
