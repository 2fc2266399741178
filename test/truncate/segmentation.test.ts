import { expect } from '@open-wc/testing';
import { article, preview, segmenterWords } from './helpers.js';

/** The words the preview keeps, by Intl.Segmenter, after cutting `text` at `length` words. */
function keptWords(text: string, length: number, locale: string): string[] {
  return segmenterWords(article(preview(`<p>${text}</p>`, { length, locale })!).textContent!, locale);
}

describe('truncate: words as Intl.Segmenter has them', () => {
  const cases: [locale: string, text: string][] = [
    ['he', 'דובר צה״ל אמר היום כי התרגיל הסתיים.'],
    ['he', 'הזמר ג׳ורג׳ הופיע אמש בתל אביב.'],
    ['ca', 'La col·lecció del museu és oberta cada dia.'],
    ['en', 'The 2.3GHz chip is 0.4mm thick and speaks 802.11n to the router.'],
  ];
  for (const [locale, text] of cases) {
    it(`keeps whole what the Segmenter keeps whole: ${text}`, () => {
      const all = segmenterWords(text, locale);
      for (let n = 1; n < all.length; n++) expect(keptWords(text, n, locale), `${n} words`).to.deep.equal(all.slice(0, n));
    });
  }

  it('counts an emoji with its variation selector as no word', () => {
    expect(preview('<p>I ❤️ New York and more</p>', { length: 3 })).to.equal('<p>I ❤️ New York</p>');
  });
});
