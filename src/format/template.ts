/** `{name}`: the only placeholder form (`{{name}}` and `{ name }` are not filled, so the message falls back). */
const PLACEHOLDER = /\{(\w+)\}/g;

function printable(value: unknown): string | undefined {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? String(value) : undefined;
  if (typeof value === 'string') return value.trim() ? value : undefined;
  return undefined;
}

/**
 * Fills `{placeholders}` in a message. Returns `undefined` when any placeholder has no usable
 * value (missing, null, NaN, negative, empty) or braces would remain, so that the caller shows
 * its wording without the number instead: a raw `{...}` never reaches a reader.
 */
export function fillTemplate(template: string, values: Readonly<Record<string, unknown>>): string | undefined {
  // A placeholder without a usable value leaves a brace, which the final check refuses.
  const text = template.replace(PLACEHOLDER, (_match, key: string) => printable(Object.hasOwn(values, key) ? values[key] : undefined) ?? '{');
  return /[{}]/.test(text) ? undefined : text;
}
