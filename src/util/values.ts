import type { ComplexAttributeConverter } from 'lit';

/**
 * Values as they come from attributes, properties and JSON, made safe to use: any of them may be
 * missing, of the wrong type, or hostile. Every coercion in the library goes through here.
 */

/** Whether a value counts as not given: missing, or only white space. */
export const blank = (value: unknown): boolean => value === undefined || value === null || String(value).trim() === '';

/**
 * A value as text, or `undefined`: strings as they are, finite numbers written out, anything else
 * (objects, arrays, booleans, symbols) refused, so that a value set from JavaScript or JSON can
 * only ever render as text.
 */
export function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

/** A count: a whole number from 0 to 2^53 − 1 (past it, numbers lose their units and print as `1e+21`), else `undefined`. */
export function wholeNumber(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : undefined;
}

/** Plain decimal notation: `2700`, `9.99`, `.5`. Not `0x10`, `1e3` or `2,700`, which `Number()` would read or refuse silently. */
const PLAIN_DECIMAL = /^\s*(\d+\.?\d*|\.\d+)\s*$/;

/** A number from a number or from text in plain decimal notation; `NaN` for anything else. */
export function plainNumber(value: unknown): number {
  if (typeof value === 'number') return value;
  const written = text(value);
  return written !== undefined && PLAIN_DECIMAL.test(written) ? Number(written) : NaN;
}

/** A heading level from 1 to `max`, or `fallback` when the value is not a number. */
export function headingLevel(value: unknown, fallback: number, max = 6): number {
  const level = Math.trunc(plainNumber(value));
  return Number.isNaN(level) || level < 1 ? fallback : Math.min(max, level);
}

/**
 * Lit's converter for numeric attributes: a blank attribute is no value (not 0, as `Number('')`
 * is), and anything but plain decimal notation is `NaN`, which the element reports and replaces.
 */
export const numberAttribute: ComplexAttributeConverter<number | undefined> = {
  fromAttribute: (value) => (blank(value) ? undefined : plainNumber(value)),
  toAttribute: (value) => value,
};

/**
 * What a warning should quote for a property: the attribute's own text when the property holds
 * the `NaN` that text became, else the property's value.
 */
export function writtenValue(el: Element, attribute: string, value: unknown): unknown {
  return typeof value === 'number' && Number.isNaN(value) ? (el.getAttribute(attribute) ?? value) : value;
}
