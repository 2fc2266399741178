import { createAnswerStore, type AnswerStore } from '../../entitlements/answer-store.js';
import { createSafeStorage, type SafeStorage } from '../../entitlements/safe-storage.js';

/**
 * What every gate on a page shares: one answer store (so that gates asking the same question
 * share one request), the device's storage, how many times a reader left to log in (so that
 * every gate asks again when the reader comes back, not only the one whose link was used), and
 * the gates themselves.
 */
export interface PageScope {
  answers: AnswerStore;
  device: SafeStorage;
  loginsStarted: number;
  /** The last event that brought the reader back from logging in: kept answers were forgotten for it. */
  lastReturn?: Event;
  /** The gates on the page, so that `refresh()` reaches every gate of its article. */
  gates: Set<PageGate>;
}

/** What the scope knows of a gate: its article, and how to make it ask again. */
export interface PageGate {
  readonly articleId: string;
  restart(): Promise<void>;
}

export function createPageScope(): PageScope {
  return {
    answers: createAnswerStore(createSafeStorage('sessionStorage')),
    device: createSafeStorage('localStorage'),
    loginsStarted: 0,
    gates: new Set(),
  };
}

/** The scope of this page's gates. Storage is touched only when a gate first asks, so importing this does nothing. */
export const pageScope: PageScope = createPageScope();
