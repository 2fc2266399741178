/** A problem with one attribute or property of an element, found by a pure validator. */
export interface Problem {
  /** The attribute (or property) at fault, as the publisher wrote it. */
  attribute: string;
  /** What is wrong and what the element does instead. */
  message: string;
}

/**
 * A value as text, or `undefined`: strings as they are, finite numbers written out, anything else
 * (objects, arrays, booleans) refused, so that a property set from JavaScript or JSON can only
 * ever render as text.
 */
export const text = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : typeof value === 'number' && Number.isFinite(value) ? String(value) : undefined;

/** A heading level from an attribute: a whole number from 1 to `max`, else the default. */
export const headingLevel = (value: unknown, fallback: number, max = 6): number =>
  Math.min(max, Math.max(1, Math.trunc(Number(value)) || fallback));

/** Whether an attribute value counts as not given. */
export const blank = (value: unknown): boolean => value === undefined || value === null || String(value).trim() === '';

/** A value for a warning, quoted and cut at 80 characters, so that a huge or hostile string cannot flood the console. */
export function quote(value: unknown): string {
  return JSON.stringify(String(value).slice(0, 80));
}

/**
 * A problem in one shape for every element: `"abc" is not a number; the price is hidden.`,
 * or `is missing; …` when the value is blank.
 */
export const problem = (attribute: string, value: unknown, fault: string, fallback: string): Problem => ({
  attribute,
  message: `${blank(value) ? 'is missing' : `${quote(value)} ${fault}`}; ${fallback}.`,
});

/**
 * One of a few words, or the first (the default) and a problem: `"lines" is not one of words,
 * characters, paragraphs; words is used.` A missing value is the default, without a problem.
 */
export function oneOf<T extends string>(value: unknown, words: readonly T[], attribute: string, problems: Problem[]): T {
  if (blank(value)) return words[0];
  if (words.includes(value as T)) return value as T;
  problems.push(problem(attribute, value, `is not one of ${words.join(', ')}`, `${words[0]} is used`));
  return words[0];
}

/** The warnings each element has logged. */
const logged = new WeakMap<Element, Set<string>>();

/**
 * Logs each problem once per element: validators run on every update, warnings must not repeat.
 * The message names the element and the attribute, e.g. `<plan-card> price: "abc" is not ...`.
 */
export function warnOnce(el: Element, problems: readonly Problem[]): void {
  const seen = logged.get(el) ?? new Set<string>();
  logged.set(el, seen);
  for (const { attribute, message } of problems) {
    const text = `<${el.localName}> ${attribute}: ${message}`;
    if (!seen.has(text)) console.warn(text);
    seen.add(text);
  }
}
