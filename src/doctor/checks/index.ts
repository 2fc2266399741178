import type { Check, Finding, PageSnapshot } from '../types.js';
import { checkAccessibility } from './accessibility.js';
import { checkArticleText } from './article-text.js';
import { checkCsp } from './csp.js';
import { checkEndpoint } from './endpoint.js';
import { checkPlaceholders } from './placeholders.js';
import { checkPlans } from './plans.js';
import { checkSettings } from './settings.js';
import { checkStructuredData } from './structured-data.js';

export { checkAccessibility, checkArticleText, checkCsp, checkEndpoint, checkPlaceholders, checkPlans, checkSettings, checkStructuredData };

/** Every check, in the order the report lists them. */
export const CHECKS: readonly Check[] = [
  checkPlaceholders,
  checkStructuredData,
  checkArticleText,
  checkPlans,
  checkEndpoint,
  checkCsp,
  checkAccessibility,
  checkSettings,
];

/** Every check's findings on a snapshot, errors first. */
export function runChecks(page: PageSnapshot): Finding[] {
  const findings = CHECKS.flatMap((check) => check(page));
  return [...findings.filter((f) => f.severity === 'error'), ...findings.filter((f) => f.severity === 'warning')];
}
