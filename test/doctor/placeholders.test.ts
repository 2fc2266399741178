import { expect } from '@open-wc/testing';
import { checkPlaceholders } from '../../src/doctor/checks/placeholders.js';
import { cleanPage } from './snapshots.js';

/** The page with one more text sample, in the offer. */
const withOffer = (text: string) => cleanPage({ texts: [...cleanPage().texts, { where: 'The offer of Gate 1', text }] });

describe('doctor: placeholders', () => {
  it('reports nothing on a page whose text is filled (prose braces and percentages included)', () => {
    expect(checkPlaceholders(cleanPage())).to.deep.equal([]);
  });

  const leftovers: [string, string][] = [
    ['{{free_limit}}', 'You’ve reached your limit of {{free_limit}} free articles this month.'],
    ['{freeLimit}', 'You have read 3 of your {freeLimit} free articles.'],
    ['%s', 'You have %s free articles left.'],
    ['%1$s', 'Welcome back, %1$s.'],
    ['[[…]]', 'Only [[ remaining ]] stories left this month.'],
    ['undefined', 'You have read undefined of your 3 free articles.'],
    ['NaN', 'Subscribe for ₹NaN a month.'],
    ['[object Object]', 'Plan: [object Object]'],
  ];
  for (const [leftover, text] of leftovers) {
    it(`finds ${leftover} in the offer, as an error that says where and quotes it`, () => {
      const [finding, ...more] = checkPlaceholders(withOffer(text));
      expect(more).to.deep.equal([]);
      expect(finding.severity).to.equal('error');
      expect(finding.check).to.equal('placeholders');
      expect(finding.message).to.contain('The offer of Gate 1').and.contain(leftover.replace('[[…]]', '[['));
      expect(finding.fix).to.not.equal('');
    });
  }

  it('finds a placeholder in the page’s own text too', () => {
    const page = cleanPage({ texts: [{ where: 'The page', text: 'Read {{count}} more stories.' }] });
    expect(checkPlaceholders(page).map((f) => f.message))
      .to.have.length(1)
      .and.satisfy((m: string[]) => m[0].startsWith('The page shows'));
  });
});
