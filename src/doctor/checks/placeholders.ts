import type { Finding, PageSnapshot } from '../types.js';
import { findingMaker, quoted } from './finding.js';

const finding = findingMaker('placeholders');

/**
 * Template syntax that reached the reader unfilled: `{{free_limit}}`, `{freeLimit}`, `%s` or
 * `%1$s`, `[[…]]`, and the words JavaScript prints for a missing value or a failed sum.
 */
const LEFTOVERS: { pattern: RegExp; kind: string }[] = [
  { pattern: /\{\{[^{}\n]{0,60}\}\}|\{\s*[A-Za-z_][\w.]{0,40}\s*\}/, kind: 'a template placeholder' },
  { pattern: /%(?:\d+\$)?[sd](?![\p{L}\p{N}])/u, kind: 'a printf placeholder' },
  { pattern: /\[\[[^[\]\n]{0,60}\]\]/, kind: 'a template placeholder' },
  { pattern: /\b(?:undefined|NaN)\b|\[object Object\]/, kind: 'a missing value' },
];

/** Up to 30 characters either side of a match, so that the message shows where it stands. */
function around(text: string, index: number, length: number): string {
  const start = Math.max(0, index - 30);
  return `${start > 0 ? '…' : ''}${text.slice(start, index + length + 30)}`;
}

/** Placeholders and missing values in the text readers see: the page, and each offer and card. */
export function checkPlaceholders(page: PageSnapshot): Finding[] {
  const findings: Finding[] = [];
  for (const { where, text } of page.texts) {
    for (const { pattern, kind } of LEFTOVERS) {
      const match = pattern.exec(text);
      if (!match) continue;
      findings.push(
        finding(
          'error',
          `${where} shows ${kind}, ${quoted(match[0])}: ${quoted(around(text, match.index, match[0].length), 90)}`,
          'Fill the value before the page is sent, or leave the number to the gate: its meter message takes {used}, {limit}, {remaining} and {freeLimit} and never shows one it does not have.',
        ),
      );
    }
  }
  return findings;
}
