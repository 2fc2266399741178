import { expect } from '@open-wc/testing';
import { fillTemplate } from '../../src/format/template.js';

describe('fillTemplate', () => {
  it('fills {name} placeholders', () => {
    expect(fillTemplate('{price}/month', { price: '₹300' })).to.equal('₹300/month');
    expect(fillTemplate('Read {used} of {freeLimit}', { used: 3, freeLimit: 5 })).to.equal('Read 3 of 5');
    expect(fillTemplate('No placeholders', {})).to.equal('No placeholders');
    expect(fillTemplate('{n} left', { n: 0 })).to.equal('0 left');
  });

  it('gives up rather than show an unusable value or a raw brace', () => {
    for (const value of [undefined, null, NaN, -1, Infinity, '', '  ', {}, []]) {
      expect(fillTemplate('You read {used} articles', { used: value }), String(value)).to.equal(undefined);
    }
    expect(fillTemplate('{{free_limit}} free articles', {})).to.equal(undefined);
    // Only {name} is a placeholder: other brace forms are not filled, so the message falls back.
    expect(fillTemplate('Read {{used}} of { limit }', { used: 3, limit: 5 })).to.equal(undefined);
    expect(fillTemplate('{missing}', { other: 1 })).to.equal(undefined);
    expect(fillTemplate('a stray { brace', {})).to.equal(undefined);
    expect(fillTemplate('a stray } brace', {})).to.equal(undefined);
  });

  it('reads only own values, never the prototype', () => {
    expect(fillTemplate('{constructor}', {})).to.equal(undefined);
    expect(fillTemplate('{toString}', {})).to.equal(undefined);
    expect(fillTemplate('{__proto__}', {})).to.equal(undefined);
  });

  it('inserts values as they are, without evaluating them', () => {
    expect(fillTemplate('{x}', { x: '{{constructor.constructor("alert(1)")()}}' })).to.equal(undefined);
    expect(fillTemplate('{x}!', { x: '<img src=x onerror=alert(1)>' })).to.equal('<img src=x onerror=alert(1)>!');
  });
});
