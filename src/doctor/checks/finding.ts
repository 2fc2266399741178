import type { CheckName, Finding, Severity } from '../types.js';

/** A finding maker for one check: `report('error', message, fix)`. */
export const findingMaker =
  (check: CheckName) =>
  (severity: Severity, message: string, fix: string): Finding => ({ severity, check, message, fix });

/** A text for a message: quoted, and cut with an ellipsis past `limit` characters. */
export function quoted(text: string, limit = 60): string {
  const folded = text.replace(/\s+/g, ' ').trim();
  return `“${folded.length > limit ? `${folded.slice(0, limit - 1)}…` : folded}”`;
}
