import type { CspPolicy, Finding, PageSnapshot } from '../types.js';
import { findingMaker } from './finding.js';

const finding = findingMaker('csp');

/** The names the library's Trusted Types policies go by: Lit's, for every render, and ours, for hard mode's content. */
const LIT_POLICY = 'lit-html';
const OWN_POLICY = 'paywall-elements';

/** The values of a policy's `trusted-types` directive, or `undefined` when it has none (any name is then allowed). */
export function trustedTypesNames(policy: string): string[] | undefined {
  for (const directive of policy.split(';')) {
    const [name, ...values] = directive.trim().split(/\s+/);
    if (name?.toLowerCase() === 'trusted-types') return values;
  }
  return undefined;
}

/** The findings for one policy: a policy name it refuses, or a second `lit-html` policy without `'allow-duplicates'`. */
function policyFindings({ from, policy }: CspPolicy, page: PageSnapshot): Finding[] {
  const names = trustedTypesNames(policy);
  if (!names || names.includes('*')) return [];
  const enforced = from !== 'report-only header';
  const where = `The Content Security Policy in ${from === 'meta' ? 'a <meta http-equiv>' : `the ${from}`}`;
  const fix = `List both policies: trusted-types ${LIT_POLICY} ${OWN_POLICY}${page.litCopies > 1 ? " 'allow-duplicates'" : ''} (with your own).`;
  const findings: Finding[] = [];
  if (!names.includes(LIT_POLICY))
    findings.push(
      finding(
        enforced ? 'error' : 'warning',
        `${where} does not allow the Trusted Types policy ${LIT_POLICY}: Lit cannot load, and no gate or card renders.`,
        fix,
      ),
    );
  const hardMode = page.gates.some((gate) => gate.hardMode);
  if (!names.includes(OWN_POLICY))
    findings.push(
      finding(
        enforced && hardMode ? 'error' : 'warning',
        `${where} does not allow the Trusted Types policy ${OWN_POLICY}: hard mode cannot show the rest of an article${hardMode ? '' : ' (no gate here is in hard mode yet)'}.`,
        fix,
      ),
    );
  if (page.litCopies > 1 && names.includes(LIT_POLICY) && !names.includes("'allow-duplicates'"))
    findings.push(
      finding(
        enforced ? 'error' : 'warning',
        `${where} allows ${LIT_POLICY} once, but the page has ${page.litCopies} copies of Lit, and each makes the policy: the second fails to load.`,
        fix,
      ),
    );
  return findings;
}

/** Trusted Types restricted to names that leave out the policies the library makes. */
export function checkCsp(page: PageSnapshot): Finding[] {
  return page.csp.flatMap((policy) => policyFindings(policy, page));
}
