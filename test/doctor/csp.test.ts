import { expect } from '@open-wc/testing';
import { checkCsp, trustedTypesNames } from '../../src/doctor/checks/csp.js';
import type { CspPolicy, Finding } from '../../src/doctor/types.js';
import { cleanPage, goodGate } from './snapshots.js';

const summary = (findings: Finding[]) => findings.map(({ severity, message }) => `${severity}: ${message.split(':')[0]}`);
const withPolicy = (policy: string, from: CspPolicy['from'] = 'header', hardMode = false) =>
  cleanPage({ csp: [{ from, policy }], gates: [goodGate({ hardMode })] });

describe('doctor: Content Security Policy', () => {
  it('reports nothing when the policy allows both names, any name, or has no trusted-types directive', () => {
    expect(checkCsp(cleanPage())).to.deep.equal([]);
    expect(checkCsp(withPolicy("require-trusted-types-for 'script'; trusted-types *"))).to.deep.equal([]);
    expect(checkCsp(withPolicy("require-trusted-types-for 'script'"))).to.deep.equal([]);
    expect(checkCsp(cleanPage({ csp: [] }))).to.deep.equal([]);
  });

  it('reads the names of the trusted-types directive', () => {
    expect(trustedTypesNames("script-src 'self'; Trusted-Types  lit-html  app ;")).to.deep.equal(['lit-html', 'app']);
    expect(trustedTypesNames("script-src 'self'")).to.equal(undefined);
  });

  it('errs when an enforced policy leaves out lit-html, in a header or a <meta>', () => {
    expect(summary(checkCsp(withPolicy("require-trusted-types-for 'script'; trusted-types paywall-elements app")))).to.deep.equal([
      'error: The Content Security Policy in the header does not allow the Trusted Types policy lit-html',
    ]);
    expect(summary(checkCsp(withPolicy('trusted-types paywall-elements', 'meta')))).to.deep.equal([
      'error: The Content Security Policy in a <meta http-equiv> does not allow the Trusted Types policy lit-html',
    ]);
  });

  it('errs when it leaves out paywall-elements on a page in hard mode; warns in soft mode and for report-only', () => {
    const policy = "require-trusted-types-for 'script'; trusted-types lit-html";
    expect(summary(checkCsp(withPolicy(policy, 'header', true)))).to.deep.equal([
      'error: The Content Security Policy in the header does not allow the Trusted Types policy paywall-elements',
    ]);
    expect(summary(checkCsp(withPolicy(policy)))).to.deep.equal([
      'warning: The Content Security Policy in the header does not allow the Trusted Types policy paywall-elements',
    ]);
    expect(summary(checkCsp(withPolicy("trusted-types 'none'", 'report-only header')))).to.deep.equal([
      'warning: The Content Security Policy in the report-only header does not allow the Trusted Types policy lit-html',
      'warning: The Content Security Policy in the report-only header does not allow the Trusted Types policy paywall-elements',
    ]);
  });

  it("errs when two copies of Lit share a page whose policy lacks 'allow-duplicates'", () => {
    const page = { ...withPolicy('trusted-types lit-html paywall-elements'), litCopies: 2 };
    expect(summary(checkCsp(page))).to.deep.equal([
      'error: The Content Security Policy in the header allows lit-html once, but the page has 2 copies of Lit, and each makes the policy',
    ]);
    expect(checkCsp({ ...withPolicy("trusted-types lit-html paywall-elements 'allow-duplicates'"), litCopies: 2 })).to.deep.equal([]);
  });
});
