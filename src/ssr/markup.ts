import { render, type RenderInfo } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import type { Problem } from '../util/warn.js';

/** A template rendered by Lit SSR, as HTML: custom elements in it come with their declarative shadow roots. */
export const renderToString = (value: unknown, renderInfo?: Partial<RenderInfo>): string => collectResultSync(render(value, renderInfo));

/** Text for an attribute value in double quotes. */
export const escapeAttribute = (value: string): string => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** An attribute's value as a page would write it: text, a number, or `true` for a boolean attribute; `false`, `null` or `undefined` leave it out. */
export type AttributeValue = string | number | boolean | null | undefined;

const ATTRIBUTE_NAME = /^[a-z][a-z0-9-]*$/;

/** ` name="value"` for each attribute given, in order; names that are not plain lower-case names are reported and left out. */
export function attributesHtml(attributes: Readonly<Record<string, AttributeValue>>, problems: Problem[]): string {
  let written = '';
  for (const [name, value] of Object.entries(attributes)) {
    if (!ATTRIBUTE_NAME.test(name)) {
      problems.push({ attribute: 'attributes', message: `${JSON.stringify(name)} is not an attribute name; it is left out.` });
      continue;
    }
    if (value === false || value === null || value === undefined) continue;
    written += value === true ? ` ${name}` : ` ${name}="${escapeAttribute(String(value))}"`;
  }
  return written;
}

/** JSON for a `<script type="application/json">` element: "<" escaped, so that no "</script>" in a value can close it. */
export const scriptJson = (json: string): string => json.replace(/</g, '\\u003c');

/** Warnings already given by this process: a server renders the same page again and again. */
const warned = new Set<string>();
const WARNED_LIMIT = 1000;

/** Logs each problem once per process, naming the element and the attribute as the browser's warnings do. */
export function warnOnce(tag: string, problems: readonly Problem[]): void {
  for (const { attribute, message } of problems) {
    const line = `paywall-elements/ssr: <${tag}> ${attribute}: ${message}`;
    if (warned.has(line)) continue;
    if (warned.size < WARNED_LIMIT) warned.add(line);
    console.warn(line);
  }
}
