import { createAnswerStore, type AnswerStore } from '../../entitlements/answer-store.js';
import { createSafeStorage, type SafeStorage } from '../../entitlements/safe-storage.js';

/**
 * What every gate on a page shares: one answer store (so that gates asking the same question
 * share one request), the device's storage, and how many times a reader left to log in (so that
 * every gate asks again when the reader comes back, not only the one whose link was used).
 */
export interface PageScope {
  answers: AnswerStore;
  device: SafeStorage;
  loginsStarted: number;
}

export function createPageScope(): PageScope {
  return {
    answers: createAnswerStore(createSafeStorage('sessionStorage')),
    device: createSafeStorage('localStorage'),
    loginsStarted: 0,
  };
}

/** The scope of this page's gates. Storage is touched only when a gate first asks, so importing this does nothing. */
export const pageScope: PageScope = createPageScope();
