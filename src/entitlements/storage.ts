/**
 * localStorage and sessionStorage that never throw. Storage may be missing, full, or throw on
 * every call (private modes, sandboxed frames); memory then serves for the life of the page.
 * Values are JSON; whatever comes back is `unknown` and must be checked by the reader.
 */
type Area = 'localStorage' | 'sessionStorage';

const PREFIX = 'paywall-elements:';
const memory = new Map<string, string>();

export function load(name: Area, key: string): unknown {
  let raw = memory.get(name + key);
  try {
    raw = window[name].getItem(PREFIX + key) ?? raw;
  } catch {
    // Throwing or missing storage: memory's copy stands.
  }
  try {
    return JSON.parse(raw!);
  } catch {
    return undefined;
  }
}

export function save(name: Area, key: string, value: unknown): void {
  const raw = JSON.stringify(value);
  memory.set(name + key, raw);
  try {
    window[name].setItem(PREFIX + key, raw);
  } catch {
    // Memory holds it.
  }
}
