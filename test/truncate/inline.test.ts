import { expect } from '@open-wc/testing';
import { preview } from './helpers.js';

describe('truncate: inline elements never split a word', () => {
  it('keeps a word whole across <bdi>', () => {
    expect(preview('<p>Signed in as user<bdi>name42</bdi> today, welcome back</p>', { length: 4 })).to.equal(
      '<p>Signed in as user<bdi>name42</bdi></p>',
    );
  });

  for (const tag of ['kbd', 'samp', 'var', 'dfn', 'bdi', 'bdo', 'label', 'big', 'tt', 'nobr', 'acronym', 'data', 'output', 'strike']) {
    it(`keeps a word whole across <${tag}>`, () => {
      expect(preview(`<p>ab<${tag}>cd</${tag}>ef gh ij</p>`, { length: 1 })).to.equal(`<p>ab<${tag}>cd</${tag}>ef</p>`);
    });
  }

  it('keeps a Japanese word whole across <ruby>, with its reading, which counts as no word', () => {
    expect(preview('<p><ruby>食<rt>た</rt></ruby>べる 物 です</p>', { length: 1, locale: 'ja' })).to.equal(
      '<p><ruby>食<rt>た</rt></ruby>べる</p>',
    );
    expect(preview('<p><ruby>食<rp>(</rp><rt>た</rt><rp>)</rp></ruby>べる 物 です</p>', { length: 2, locale: 'ja' })).to.equal(
      '<p><ruby>食<rp>(</rp><rt>た</rt><rp>)</rp></ruby>べる 物</p>',
    );
  });

  it('never cuts inside a <ruby>, even between two words of its base', () => {
    // 東京 and 都 are two words; the cut after the first goes after the whole ruby instead.
    expect(preview('<p><ruby>東京<rt>とうきょう</rt>都<rt>と</rt></ruby>の人口</p>', { length: 1, locale: 'ja' })).to.equal(
      '<p><ruby>東京<rt>とうきょう</rt>都<rt>と</rt></ruby></p>',
    );
  });
});
