/**
 * localStorage and sessionStorage that never throw. Storage may be missing, full, or throw on
 * every call (private modes, sandboxed frames); memory then serves for the life of the page.
 * Values are JSON; whatever comes back is `unknown` and must be checked by the reader.
 */
type Area = 'localStorage' | 'sessionStorage';

export const PREFIX = 'paywall-elements:';
const memory = new Map<string, string>();

function area(name: Area): Storage | undefined {
  try {
    return window[name] ?? undefined;
  } catch {
    return undefined;
  }
}

export function load(name: Area, key: string): unknown {
  let raw: string | null | undefined;
  try {
    raw = area(name)?.getItem(PREFIX + key);
  } catch {
    // Throwing storage: memory below.
  }
  raw ??= memory.get(name + key);
  try {
    return raw == null ? undefined : JSON.parse(raw);
  } catch {
    return undefined;
  }
}

export function save(name: Area, key: string, value: unknown): void {
  const raw = JSON.stringify(value);
  memory.set(name + key, raw);
  try {
    area(name)?.setItem(PREFIX + key, raw);
  } catch {
    // Memory holds it.
  }
}

/** Forgets every key of this library in one area whose name starts with `start`. */
export function forget(name: Area, start: string): void {
  for (const key of memory.keys()) if (key.startsWith(name + start)) memory.delete(key);
  try {
    const storage = area(name);
    for (const key of Object.keys(storage ?? {})) if (key.startsWith(PREFIX + start)) storage!.removeItem(key);
  } catch {
    // Nothing stored there.
  }
}
