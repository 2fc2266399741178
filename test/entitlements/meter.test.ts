import { expect } from '@open-wc/testing';
import { countView, monthOf } from '../../src/entitlements/meter.js';

const NOVEMBER = monthOf(new Date(2026, 10, 27).getTime());

describe('local meter', () => {
  it('counts distinct articles and grants while the limit allows', () => {
    let stored: unknown;
    const seen: boolean[] = [];
    for (const article of ['a', 'b', 'a', 'c', 'd']) {
      const { record, entitlement } = countView(stored, article, 3, NOVEMBER);
      stored = JSON.parse(JSON.stringify(record));
      seen.push(entitlement.granted);
    }
    expect(seen).to.deep.equal([true, true, true, true, false]);
    const last = countView(stored, 'd', 3, NOVEMBER).entitlement;
    expect(last).to.deep.equal({ granted: false, reason: 'METERING', meter: { used: 3, limit: 3, remaining: 0 } });
  });

  it('lets an article already read be read again', () => {
    const { record } = countView(undefined, 'a', 1, NOVEMBER);
    expect(countView(record, 'a', 1, NOVEMBER).entitlement.granted).to.equal(true);
    expect(countView(record, 'b', 1, NOVEMBER).entitlement.granted).to.equal(false);
  });

  it('starts from zero in a new month', () => {
    const december = monthOf(new Date(2026, 11, 1).getTime());
    expect(december).to.equal(NOVEMBER + 1);
    expect(monthOf(new Date(2027, 0, 1).getTime())).to.equal(NOVEMBER + 2);
    const { record } = countView(undefined, 'a', 1, NOVEMBER);
    const { record: fresh, entitlement } = countView(record, 'b', 1, december);
    expect(entitlement.granted).to.equal(true);
    expect(fresh).to.deep.equal({ month: december, articles: ['b'] });
  });

  it('starts from zero when storage holds something else', () => {
    for (const stored of [null, 'x', 5, { month: NOVEMBER, articles: 'abc' }, { articles: [1, 2, 3] }]) {
      expect(countView(stored, 'a', 1, NOVEMBER).entitlement.granted).to.equal(true);
    }
  });
});
