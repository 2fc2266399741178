import { expect } from '@open-wc/testing';
import { preview } from './helpers.js';

const characters = (html: string, length: number) => preview(html, { unit: 'characters', length });

describe('truncate: characters count what a reader sees', () => {
  it('gives no count to the edges of nested blocks', () => {
    expect(characters('<div><div><p>Hello world, this is the story</p></div></div>', 3)).to.equal('<div><div><p>Hello</p></div></div>');
    expect(characters('<div><div><p>Hello world, this is the story</p></div></div>', 7)).to.equal(
      '<div><div><p>Hello world,</p></div></div>',
    );
  });

  it('gives no count to the boundary between paragraphs', () => {
    expect(characters('<p>12345</p><p>6789 more</p>', 7)).to.equal('<p>12345</p><p>6789</p>');
    expect(characters('<p>12345</p><p>6789 more</p>', 5)).to.equal('<p>12345</p>');
    // Nine characters: the word that holds the seventh is the last, so there is nothing to gate.
    expect(characters('<p>12345</p><p>6789</p>', 7)).to.equal(null);
  });

  it('gives no count to a line break', () => {
    expect(characters('<p>ab<br>cd efgh</p>', 3)).to.equal('<p>ab<br>cd</p>');
  });

  it('counts a run of source white space as the one space the browser shows', () => {
    expect(characters('<p>one\n two three four</p>', 5)).to.equal('<p>one\n two</p>');
    expect(characters('<p>\n  one <b> two</b>\n\tthree four</p>', 9)).to.equal('<p>\n  one <b> two</b>\n\tthree</p>');
  });

  it('cuts inside a run of emoji, after the one that reaches the count', () => {
    expect(characters(`<p>Ok</p><p>${'😀'.repeat(20)}</p>`, 5)).to.equal('<p>Ok</p><p>😀😀😀</p>');
  });

  it('cuts inside a leading run of flags', () => {
    expect(characters('<p>🇫🇷🇩🇪🇪🇸🇮🇹 Bonjour</p>', 2)).to.equal('<p>🇫🇷🇩🇪</p>');
  });
});

describe('truncate: characters in special text', () => {
  it('counts each space of preformatted text, and no line break', () => {
    expect(characters('<pre>a  b\n  c d e</pre>', 4)).to.equal('<pre>a  b</pre>');
    expect(characters('<pre>a  b\n  c d e</pre>', 6)).to.equal('<pre>a  b\n  c</pre>');
  });

  it('counts each no-break space, and no soft hyphen', () => {
    expect(characters('<p>a&nbsp;&nbsp;b cd</p>', 3)).to.equal('<p>a&nbsp;&nbsp;b</p>');
    expect(characters('<p>Donau&shy;dampf schiff fährt</p>', 11)).to.equal('<p>Donau\u00ADdampf schiff</p>');
  });

  it('counts a ruby base and not its reading', () => {
    expect(characters('<p><ruby>東京<rt>とうきょう</rt></ruby>に行く。それから</p>', 4)).to.equal(
      '<p><ruby>東京<rt>とうきょう</rt></ruby>に行く。</p>',
    );
  });

  it('counts an Indic conjunct as one character', () => {
    // क्ष is one grapheme cluster: क, virama, ष.
    expect(characters('<p>क्षमा करें आज</p>', 3)).to.equal('<p>क्षमा करें</p>');
  });
});
