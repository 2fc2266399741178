/**
 * A module loaded on first use, once: every caller gets the same promise, so callers resume in
 * the order they asked (separate `import()` calls of one module may resume in any order).
 */
export function lazy<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () => (loading ??= load());
}
