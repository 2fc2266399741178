import { isServer } from 'lit';
import { blank } from './values.js';

/** A problem with one attribute or property of an element, found by a pure validator. */
export interface Problem {
  /** The attribute (or property) at fault, as the publisher wrote it. */
  attribute: string;
  /** What is wrong and what the element does instead. */
  message: string;
}

/** Longest value a warning quotes whole: a huge or hostile string must not flood the console. */
const QUOTE_LIMIT = 80;

/** A value for a warning, quoted, and cut with an ellipsis past 80 characters. */
export function quote(value: unknown): string {
  const written = String(value);
  return JSON.stringify(written.length > QUOTE_LIMIT ? `${written.slice(0, QUOTE_LIMIT - 1)}…` : written);
}

/**
 * A problem in one shape for every element: `"abc" is not a number; the price is hidden.`,
 * or `is missing; …` when the value is blank.
 */
export function problem(attribute: string, value: unknown, fault: string, fallback: string): Problem {
  const what = blank(value) ? 'is missing' : `${quote(value)} ${fault}`;
  return { attribute, message: `${what}; ${fallback}.` };
}

/** `a`, `a or b`, `a, b or c`. */
const alternatives = (words: readonly string[]): string =>
  words.length > 1 ? `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}` : words.join('');

/**
 * One of a few words, or the first (the default) and a problem: `"lines" is not words,
 * characters or paragraphs; words is used.` A missing value is the default, without a problem.
 */
export function oneOf<T extends string>(value: unknown, words: readonly T[], attribute: string, problems: Problem[]): T {
  if (blank(value)) return words[0];
  if (words.includes(value as T)) return value as T;
  problems.push(problem(attribute, value, `is not ${alternatives(words)}`, `${words[0]} is used`));
  return words[0];
}

/** The warnings each element has logged. */
const logged = new WeakMap<object, Set<string>>();
/** Whose warnings the server keeps: it makes new elements for every page it renders, and logs each warning once. */
const SERVER = {};

/**
 * Logs each problem once per element: validators run on every update, warnings must not repeat.
 * The message names the element and the attribute, e.g. `<plan-card> price: "abc" is not ...`.
 */
export function warnOnce(el: Element, problems: readonly Problem[]): void {
  const key = isServer ? SERVER : el;
  let seen = logged.get(key);
  if (!seen) {
    seen = new Set<string>();
    logged.set(key, seen);
  }
  for (const { attribute, message } of problems) {
    const line = `<${el.localName}> ${attribute}: ${message}`;
    if (!seen.has(line)) console.warn(line);
    seen.add(line);
  }
}
