/** Which of the browser's storage areas: kept across visits, or for the tab's session. */
export type StorageArea = 'localStorage' | 'sessionStorage';

/** A storage area that never throws. Values are JSON; what comes back is `unknown` and must be checked. */
export interface SafeStorage {
  load(key: string): unknown;
  save(key: string, value: unknown): void;
}

const PREFIX = 'paywall-elements:';

/**
 * localStorage or sessionStorage that never throws. Storage may be missing, full, or throw on
 * some or every call (private modes, sandboxed frames): what this object saved is also kept in
 * its memory, and read from there first, so a page works on memory alone.
 */
export function createSafeStorage(area: StorageArea): SafeStorage {
  const memory = new Map<string, string>();
  const stored = (key: string): string | null | undefined => {
    try {
      return globalThis[area]?.getItem(PREFIX + key);
    } catch {
      // Throwing or missing storage: nothing from earlier pages.
      return undefined;
    }
  };
  return {
    load(key) {
      const raw = memory.get(key) ?? stored(key);
      if (raw === null || raw === undefined) return undefined;
      try {
        return JSON.parse(raw);
      } catch {
        return undefined;
      }
    },
    save(key, value) {
      const raw = JSON.stringify(value);
      memory.set(key, raw);
      try {
        globalThis[area]?.setItem(PREFIX + key, raw);
      } catch {
        // Memory holds it.
      }
    },
  };
}
