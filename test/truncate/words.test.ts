import { expect } from '@open-wc/testing';
import { wordSegments } from '../../src/truncate/words.js';
import { CORPUS } from './corpus-articles.js';
import { article, preview, segmenterWords } from './helpers.js';

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

describe('truncate: the word pattern agrees with Intl.Segmenter', () => {
  const segmented = (text: string, locale: string) => [...wordSegments(text, locale)].filter((s) => s.isWordLike).map((s) => s.segment);
  // Sentences of the corpus, their markup removed, and cases the pattern must know.
  const samples: [locale: string, text: string][] = [
    ...CORPUS.flatMap(({ locale, sentences }) =>
      sentences.map(
        (sentence) => [locale, sentence.replace(/<rt>.*?<\/rt>|<[^>]*>/g, '').replace(/&[a-z]+;/g, '\u00A0')] as [string, string],
      ),
    ),
    ['he', 'צה״ל, ג׳ורג׳, צה"ל, ג\'ורג\', ו\'"ב"'],
    ['ca', 'col·lecció, il·lusió, paral·lel'],
    ['en', '2.3GHz, 0.4mm, 802.11n, 3,5 kg, 10\u202F000 €, v2.0-beta, don’t, rock’n’roll, U.S.A., e-mail, snake_case, __init__'],
    ['en', 'I ❤️ New York 👍🏽 🇫🇷 #️⃣ 1️⃣ 👨‍👩‍👧 ok'],
    ['ar', 'سعر ٣٫٥ و١٬٠٠٠ دينار، وقال: «نعم».'],
    ['hy', 'Հայաստա՛ն, ո՞վ, բա՜ն'],
    ['de', 'Die Donau\u00ADdampf\u00ADschiff\u00ADfahrt, Zero\u200Bwidth, Joi\u200Dner'],
  ];
  for (const [locale, text] of samples) {
    it(`${locale}: ${text.slice(0, 40)}`, () => {
      expect(segmented(text, locale)).to.deep.equal(segmenterWords(text, locale));
    });
  }

  it('hands Korean to the Segmenter, whose dictionary splits words the pattern would keep whole (한글)', () => {
    expect(segmented('한글 맞춤법', 'ko')).to.deep.equal(segmenterWords('한글 맞춤법', 'ko'));
  });
});
