import { expect } from '@open-wc/testing';
import { checkAccessibility } from '../../src/doctor/checks/accessibility.js';
import { cleanPage, goodGate } from './snapshots.js';

describe('doctor: accessibility', () => {
  it('reports nothing for gates with their own region names and an outline without holes', () => {
    const page = cleanPage({ gates: [goodGate(), goodGate({ label: 'Gate 2 (bridge)', regionName: 'Story: The bridge closes' })] });
    expect(checkAccessibility(page)).to.deep.equal([]);
  });

  it('warns about gates whose regions share a name', () => {
    const page = cleanPage({ gates: [goodGate({ regionName: 'Story' }), goodGate({ label: 'Gate 2', regionName: 'Story' })] });
    const [finding, ...more] = checkAccessibility(page);
    expect(more).to.deep.equal([]);
    expect(finding.severity).to.equal('warning');
    expect(finding.message).to.equal(
      '2 gates have regions with the same name, “Story” (Gate 1 (tram), Gate 2): a screen reader lists them alike.',
    );
  });

  it('warns about a level skipped where the paywall meets the page, not within the page alone', () => {
    const skip = cleanPage({
      outline: [
        { level: 1, text: 'Council backs the tram', paywall: false },
        { level: 3, text: 'The vote', paywall: false },
        { level: 4, text: 'You have read 3 of your 3 free articles this month.', paywall: true },
        { level: 6, text: 'Quarterly', paywall: true },
      ],
    });
    expect(checkAccessibility(skip).map((f) => f.message)).to.deep.equal([
      'The heading “Quarterly” (level 6) follows “You have read 3 of your 3 free articles this month.” (level 4): level 5 is skipped.',
    ]);
  });
});
