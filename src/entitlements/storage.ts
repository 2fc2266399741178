/**
 * localStorage and sessionStorage that never throw. Storage may be missing, full, or throw on
 * some or every call (private modes, sandboxed frames): what this page saved is also kept in
 * memory, and read from there first, so the page works on memory alone. Values are JSON;
 * whatever comes back is `unknown` and must be checked by the reader.
 */
type Area = 'localStorage' | 'sessionStorage';

const PREFIX = 'paywall-elements:';
const memory = new Map<string, string>();

export function load(name: Area, key: string): unknown {
  let raw: string | null | undefined = memory.get(name + key);
  try {
    raw ??= window[name].getItem(PREFIX + key);
  } catch {
    // Throwing or missing storage: nothing from earlier pages.
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
