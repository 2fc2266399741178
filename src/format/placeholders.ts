/**
 * Placeholders in copy and in URL templates: `{name}` or `{{name}}`, with optional spaces inside
 * the braces, and the name in camelCase or snake_case (`{{free_limit}}` is `freeLimit`), so that
 * copy moved over from other systems works as written.
 */
const PLACEHOLDER = /\{\{\s*([A-Za-z]\w*)\s*\}\}|\{\s*([A-Za-z]\w*)\s*\}/g;

/** `free_limit` → `freeLimit`; a camelCase name stays as it is. */
export const placeholderKey = (name: string): string => name.replace(/_+([A-Za-z\d])/g, (_match, next: string) => next.toUpperCase());

/** A value of `values` by its own key only: `{constructor}` or `{__proto__}` never reach the prototype. */
const ownValue = (values: Readonly<Record<string, unknown>>, key: string): unknown =>
  Object.hasOwn(values, key) ? values[key] : undefined;

/**
 * Replaces each placeholder by what `valueOf` gives for its key; a placeholder it gives nothing
 * for stays as written. Returns the text and how many placeholders stayed.
 */
export function fillPlaceholders(template: string, valueOf: (key: string) => string | undefined): { text: string; unfilled: number } {
  let unfilled = 0;
  const text = template.replace(PLACEHOLDER, (match, double: string | undefined, single: string | undefined) => {
    const value = valueOf(placeholderKey(double ?? single ?? ''));
    if (value === undefined) unfilled += 1;
    return value ?? match;
  });
  return { text, unfilled };
}

/** A value a reader may see in a message: a finite count or amount of 0 or more, or non-blank text. */
function printable(value: unknown): string | undefined {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? String(value) : undefined;
  if (typeof value === 'string') return value.trim() ? value : undefined;
  return undefined;
}

/**
 * Fills the placeholders of a message. Returns `undefined` when any placeholder has no usable
 * value (missing, null, NaN, negative, empty) or a brace would remain, so that the caller shows
 * its wording without the number instead: a raw `{…}` never reaches a reader.
 */
export function fillMessage(template: string, values: Readonly<Record<string, unknown>>): string | undefined {
  const { text, unfilled } = fillPlaceholders(template, (key) => printable(ownValue(values, key)));
  return unfilled === 0 && !/[{}]/.test(text) ? text : undefined;
}

/**
 * Fills the placeholders of a URL template, each value URL-encoded (a list, each item encoded and
 * the items joined by commas); unknown names stay as written.
 */
export function fillUrl(template: string, values: Readonly<Record<string, string | readonly string[] | undefined>>): string {
  return fillPlaceholders(template, (key) => {
    const value = ownValue(values, key);
    if (typeof value === 'string') return encodeURIComponent(value);
    return Array.isArray(value) ? value.map(encodeURIComponent).join(',') : undefined;
  }).text;
}

/** The keys of a template's placeholders: `/e?a={articleId}&r={{return_url}}` has `articleId` and `returnUrl`. */
export function placeholderKeys(template: string): string[] {
  const keys: string[] = [];
  fillPlaceholders(template, (key) => {
    keys.push(key);
    return undefined;
  });
  return keys;
}
