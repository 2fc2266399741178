import { expect } from '@open-wc/testing';
import { cutAt, findCut, findPreviewCut } from '../../src/truncate/truncate.js';
import { allNodes, article, expectSameNodes, preview, segmenterWords as words } from './helpers.js';

const characters = (html: string, length: number) => preview(html, { unit: 'characters', length });

const sentences = Array.from({ length: 10 }, (_, i) => `Paragraph ${i + 1} tells part of the story in a few plain words.`);

/** Cuts at the article's break marker, checks the preview, then restores and checks that nothing changed. */
function expectCutAndRestore(html: string, expected: string) {
  const root = article(html);
  const nodes = allNodes(root);
  const restore = cutAt(root, findCut(root, { unit: 'words', length: 100 })!);
  expect(root.innerHTML).to.equal(expected);
  restore();
  expect(root.innerHTML).to.equal(html);
  expectSameNodes(allNodes(root), nodes);
}

describe('truncate: words', () => {
  it('cuts after the Nth word, keeping its punctuation, dropping what follows', () => {
    expect(preview('<p>One two three.</p><p>Four five.</p>', { length: 2 })).to.equal('<p>One two</p>');
    expect(preview('<p>Hello, world. Next one.</p>', { length: 2 })).to.equal('<p>Hello, world.</p>');
    expect(preview('<p>One two.</p><p>“Quoted” three.</p>', { length: 2 })).to.equal('<p>One two.</p>');
  });

  it('leaves opening punctuation with the word it opens', () => {
    expect(preview('<p>He said “yes” and left</p>', { length: 2 })).to.equal('<p>He said</p>');
    expect(preview('<p>The council (finally) agreed</p>', { length: 2 })).to.equal('<p>The council</p>');
    expect(preview('<p>Ella dijo ¿por qué?</p>', { length: 2, locale: 'es' })).to.equal('<p>Ella dijo</p>');
    expect(preview('<p>He said “yes.” Then left</p>', { length: 3 })).to.equal('<p>He said “yes.”</p>');
  });

  it('never runs words together across custom or unknown elements', () => {
    expect(preview('<x-a>alpha</x-a><x-b>beta</x-b><x-c>gamma</x-c>', { length: 1 })).to.equal('<x-a>alpha</x-a>');
  });

  it('keeps nested inline formatting valid around the cut', () => {
    expect(preview('<p>a <b>b <i>c d</i> e</b> f</p><p>g</p>', { length: 3 })).to.equal('<p>a <b>b <i>c</i></b></p>');
  });

  it('never cuts a word split across inline elements', () => {
    expect(preview('<p><b>Wor</b>ld again and again</p>', { length: 1 })).to.equal('<p><b>Wor</b>ld</p>');
  });

  it('keeps lists, tables and blockquotes when the cut falls inside them', () => {
    expect(preview('<ul><li>one two</li><li>three four</li></ul><p>x</p>', { length: 3 })).to.equal(
      '<ul><li>one two</li><li>three</li></ul>',
    );
    expect(preview('<table><tbody><tr><td>a b</td><td>c d</td></tr><tr><td>e</td></tr></tbody></table><p>f</p>', { length: 3 })).to.equal(
      '<table><tbody><tr><td>a b</td><td>c</td></tr></tbody></table>',
    );
    expect(preview('<blockquote><p>one two</p><p>three</p></blockquote><p>four</p>', { length: 2 })).to.equal(
      '<blockquote><p>one two</p></blockquote>',
    );
  });

  it('counts media, embeds and ad slots as no words, and drops them after the cut', () => {
    const html =
      '<p>one</p><figure><img src="a.jpg" alt=""><figcaption>many caption words here</figcaption></figure>' +
      '<div data-ad="">ad words here</div><p>two three</p><iframe src="about:blank"></iframe><p>four</p>';
    expect(preview(html, { length: 2 })).to.equal(
      '<p>one</p><figure><img src="a.jpg" alt=""><figcaption>many caption words here</figcaption></figure><div data-ad="">ad words here</div><p>two</p>',
    );
    expect(preview(html, { length: 1 })).to.equal('<p>one</p>');
  });

  it('treats media after the last word as more article', () => {
    expect(preview('<p>one two</p><video src="v.mp4"></video>', { length: 2 })).to.equal('<p>one two</p>');
  });

  it('lets a break marker win over the length', () => {
    expect(preview('<p>a b c</p><hr data-paywall-break=""><p>d e</p>', { length: 100 })).to.equal('<p>a b c</p>');
    expect(preview('<p>a b c</p><div><p>d</p><hr data-paywall-break=""><p>e</p></div>', { length: 1 })).to.equal(
      '<p>a b c</p><div><p>d</p></div>',
    );
  });

  it('shows a short article whole, exactly at the boundary too', () => {
    expect(preview('<p>one two three</p>', { length: 10 })).to.equal(null);
    expect(preview('<p>one two three</p>', { length: 3 })).to.equal(null);
    expect(preview('<p>one two three</p>', { length: 2 })).to.equal('<p>one two</p>');
  });

  it('has nothing to gate in an empty article, and gates one with media but no text from its start', () => {
    expect(preview('', { length: 3 })).to.equal(null);
    expect(preview('  \n ', { length: 3 })).to.equal(null);
    expect(preview('<p> </p>', { length: 3 })).to.equal(null);
    expect(preview('<figure><img src="a.jpg" alt=""></figure>', { length: 3 })).to.equal('');
  });

  it('shows no preview at a length of zero', () => {
    expect(preview('<p>one two</p><p>three</p>', { length: 0 })).to.equal('');
  });

  it('cuts Hindi between words, never between a letter and its marks', () => {
    const text = 'यह एक परीक्षण वाक्य है और आगे भी है';
    const result = preview(`<p>${text}</p>`, { length: 3, locale: 'hi' })!;
    const kept = article(result).textContent!;
    expect(words(kept, 'hi')).to.deep.equal(words(text, 'hi').slice(0, 3));
    expect(text.startsWith(kept)).to.equal(true);
    expect(kept.endsWith('परीक्षण')).to.equal(true);
  });

  it('counts words in Chinese, which has no spaces', () => {
    const text = '我们今天去北京参观博物馆。明天回来。';
    const kept = article(preview(`<p>${text}</p>`, { length: 2, locale: 'zh' })!).textContent!;
    expect(words(kept, 'zh')).to.deep.equal(words(text, 'zh').slice(0, 2));
    expect(text.startsWith(kept)).to.equal(true);
    expect(kept.length).to.be.lessThan(text.length);
  });

  it('counts words as Intl.Segmenter does, in scripts written with spaces', () => {
    const samples = [
      ['en', 'The U.S. economy grew 3.5% in Q3, officials said; don’t expect 10,000 new jobs — yet. E-mail us at news@example.org!'],
      ['fr', 'L’économie française a progressé de 0,4 % au troisième trimestre, selon l’Insee.'],
      ['de', 'Die Straßenbahnverlängerung (Baubeginn 2027) kostet rund 1.200.000 Euro – sagt der Stadtrat.'],
      ['hi', 'यह एक परीक्षण वाक्य है, और आगे भी है।'],
      ['ar', 'قال المجلس إن الخط الجديد سيفتتح في عام ٢٠٢٧.'],
      ['ru', 'Совет утвердил новую линию трамвая; работы начнутся весной.'],
      ['ko', '시의회는 새 트램 노선을 승인했다고 밝혔다.'],
      // Invisible characters inside words: soft hyphens, a zero-width non-joiner, and a connector.
      ['de', 'Die Donau\u00ADdampf\u00ADschiff\u00ADfahrt fährt wieder ab Mai.'],
      ['fa', 'من می\u200Cخواهم امروز به کتابخانه بروم.'],
      ['en', 'The snake_case name stays whole here.'],
      ['he', 'דובר צה"ל אמר היום כי התרגיל הסתיים.'],
    ];
    for (const [locale, text] of samples) {
      const all = words(text, locale);
      for (const n of [1, 3, 5, all.length - 1]) {
        const kept = article(preview(`<p>${text}</p>`, { length: n, locale })!).textContent!;
        expect(words(kept, locale), `${locale}, ${n} words`).to.deep.equal(all.slice(0, n));
      }
    }
  });

  it('leaves Intl.Segmenter (and its start-up cost) out for scripts written with spaces, and uses it for Chinese, Thai and Korean', () => {
    const intl = Intl as { Segmenter: typeof Intl.Segmenter };
    const Segmenter = intl.Segmenter;
    let made = 0;
    intl.Segmenter = class extends Segmenter {
      constructor(...args: ConstructorParameters<typeof Intl.Segmenter>) {
        super(...args);
        made++;
      }
    };
    try {
      preview('<p>One two three four five.</p>', { length: 2 });
      preview('<p>Ein zwei drei vier fünf.</p>', { length: 2, locale: 'de' });
      expect(made).to.equal(0);
      preview('<p>我们今天去北京参观博物馆。</p>', { length: 2, locale: 'zh' });
      expect(made).to.equal(1);
      preview('<p>วันนี้อากาศดีมากและเราไปเที่ยวทะเล</p>', { length: 2, locale: 'th' });
      expect(made).to.equal(2);
      // Korean is written with spaces, but the Segmenter splits some of its words by dictionary.
      preview('<p>시의회는 새 노선을 승인했다.</p>', { length: 2, locale: 'ko' });
      expect(made).to.equal(3);
    } finally {
      intl.Segmenter = Segmenter;
    }
  });

  it('keeps the whole article text out of the kept text node', () => {
    const root = article('<p>one two three four</p>');
    cutAt(root, findCut(root, { length: 2, unit: 'words' })!);
    expect(root.textContent).to.equal('one two');
  });
});

describe('truncate: characters', () => {
  it('keeps whole words, going past the count rather than splitting one', () => {
    expect(preview('<p>Hello wonderful world</p>', { unit: 'characters', length: 8 })).to.equal('<p>Hello wonderful</p>');
    expect(preview('<p>Hello wonderful world</p>', { unit: 'characters', length: 5 })).to.equal('<p>Hello</p>');
  });

  it('counts an emoji as one character and never splits it', () => {
    const text = 'Hi 👨‍👩‍👧 family 👍🏽 ok then more';
    const kept = article(preview(`<p>${text}</p>`, { unit: 'characters', length: 4 })!).textContent!;
    expect(text.startsWith(kept)).to.equal(true);
    const graphemes = [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)].map((g) => g.index);
    expect(graphemes).to.include(kept.length);
    // The fourth character is the family emoji: the cut falls after it, whole.
    expect(kept).to.equal('Hi 👨‍👩‍👧');
  });

  it('does not split combining marks', () => {
    const text = 'Cafe\u0301 au lait, s\u0301il vous plait';
    const kept = article(preview(`<p>${text}</p>`, { unit: 'characters', length: 3 })!).textContent!;
    expect(kept).to.equal('Cafe\u0301');
  });
});

describe('truncate: paragraphs', () => {
  it('keeps N paragraphs, not counting headings', () => {
    expect(preview('<h2>Title</h2><p>one</p><p>two</p><p>three</p>', { unit: 'paragraphs', length: 2 })).to.equal(
      '<h2>Title</h2><p>one</p><p>two</p>',
    );
  });

  it('does not count a heading inside a wrapper as a paragraph', () => {
    expect(preview('<div><h2>T</h2></div><p>one</p><p>two</p><p>three</p>', { unit: 'paragraphs', length: 2 })).to.equal(
      '<div><h2>T</h2></div><p>one</p><p>two</p>',
    );
  });

  it('measures an article without paragraph elements in words, 50 to a paragraph', () => {
    const loose = Array.from({ length: 120 }, (_, i) => `w${i}`).join(' ');
    const root = article(`${loose}<br>more<br>text`);
    cutAt(root, findCut(root, { unit: 'paragraphs', length: 2 })!);
    expect(words(root.textContent!)).to.have.length(100);
  });

  it('counts list items and nested paragraphs once', () => {
    expect(
      preview('<blockquote><p>one</p></blockquote><ul><li>two</li><li>three</li></ul><p>four</p>', { unit: 'paragraphs', length: 2 }),
    ).to.equal('<blockquote><p>one</p></blockquote><ul><li>two</li></ul>');
  });

  it('shows an article of N paragraphs or fewer whole', () => {
    expect(preview('<p>one</p><p>two</p>', { unit: 'paragraphs', length: 2 })).to.equal(null);
    expect(preview('<p>one</p><p>two</p><p> </p>', { unit: 'paragraphs', length: 2 })).to.equal(null);
    expect(preview('<p>one</p><p>two</p><img src="x.png" alt="">', { unit: 'paragraphs', length: 2 })).to.equal('<p>one</p><p>two</p>');
  });
});

describe('truncate: cut and restore', () => {
  it('leaves root children the caller excludes, neither counting nor removing them', () => {
    const root = article('<p>one two three</p><aside slot="plans">plan words</aside><p>four</p>');
    const include = (n: Node) => !(n instanceof Element && n.hasAttribute('slot'));
    const at = findCut(root, { length: 2, unit: 'words' }, include)!;
    cutAt(root, at, include);
    expect(root.innerHTML).to.equal('<p>one two</p><aside slot="plans">plan words</aside>');
  });

  it('puts back the very same nodes, in place, with their listeners', () => {
    const root = article('<p>one <b>two</b> three</p><p>four <button>five</button></p><aside slot="x">kept</aside><p>six</p>');
    const original = root.innerHTML;
    const nodes = [...root.querySelectorAll('*')];
    const texts = [...root.querySelectorAll('p')].map((p) => p.firstChild);
    let clicks = 0;
    root.querySelector('button')!.addEventListener('click', () => clicks++);
    const include = (n: Node) => !(n instanceof Element && n.hasAttribute('slot'));
    const restore = cutAt(root, findCut(root, { length: 1, unit: 'words' }, include)!, include);
    expect(root.innerHTML).to.equal('<p>one</p><aside slot="x">kept</aside>');
    restore();
    expect(root.innerHTML).to.equal(original);
    expectSameNodes([...root.querySelectorAll('*')], nodes);
    expectSameNodes(
      [...root.querySelectorAll('p')].map((p) => p.firstChild),
      texts,
      'text nodes',
    );
    root.querySelector('button')!.click();
    expect(clicks).to.equal(1);
  });

  it('cuts and restores repeatedly', () => {
    const root = article('<p>one two</p><p>three</p>');
    const original = root.innerHTML;
    for (let i = 0; i < 3; i++) {
      const restore = cutAt(root, findCut(root, { length: 1, unit: 'words' })!);
      expect(root.textContent).to.equal('one');
      restore();
      expect(root.innerHTML).to.equal(original);
    }
  });
});

describe('truncate: long articles', () => {
  it('reads on when the words are longer than the first window expects', () => {
    const longWord = (i: number) => `${'x'.repeat(40)}${i}`;
    const paragraphs = Array.from(
      { length: 40 },
      (_, p) => `<p>${Array.from({ length: 10 }, (_, i) => longWord(p * 10 + i)).join(' ')}</p>`,
    );
    for (const [unit, length, expected] of [
      ['words', 100, 100],
      // 4,300 characters end in the 101st word: 41 to 43 letters each, a space between two in a paragraph.
      ['characters', 4300, 101],
    ] as const) {
      const root = article(paragraphs.join(''));
      cutAt(root, findCut(root, { unit, length })!);
      const kept = [...root.querySelectorAll('p')].map((p) => p.textContent).join(' ');
      expect(words(kept), unit).to.have.length(expected);
    }
  });

  it('finds the same cut in a long article as in its opening, whatever the window', () => {
    const sentence = 'The council voted, at last, to build the line. ';
    const long = `<p>${sentence.repeat(4000)}</p><p>${'更多的文字内容在这里。'.repeat(500)}</p>`;
    for (const [unit, length] of [
      ['words', 150],
      ['characters', 1000],
      ['words', 31990],
    ] as const) {
      const root = article(long);
      cutAt(root, findCut(root, { unit, length })!);
      const kept = root.textContent!;
      expect(kept.length).to.be.lessThan(article(long).textContent!.length);
      if (unit === 'words') expect(words(kept)).to.have.length(length);
      expect(/\S$/.test(kept)).to.equal(true);
    }
  });
});

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

describe('truncate: paragraphs joined by <br><br>', () => {
  it('counts a <br><br> run inside one wrapper as a paragraph break', () => {
    const html = `<div class="story-body">${sentences.join('<br><br>')}</div>`;
    expect(preview(html, { unit: 'paragraphs', length: 3 })).to.equal(
      `<div class="story-body">${sentences.slice(0, 3).join('<br><br>')}</div>`,
    );
  });

  it('counts a <br><br> run directly in the article as a paragraph break', () => {
    expect(preview(sentences.join('<br>\n<br>\n'), { unit: 'paragraphs', length: 3 })).to.equal(sentences.slice(0, 3).join('<br>\n<br>\n'));
  });

  it('does not count a single <br> as a paragraph break', () => {
    const html = `<p>${sentences[0]}<br>${sentences[1]}</p><p>${sentences[2]}</p><p>${sentences[3]}</p>`;
    expect(preview(html, { unit: 'paragraphs', length: 2 })).to.equal(`<p>${sentences[0]}<br>${sentences[1]}</p><p>${sentences[2]}</p>`);
  });
});

describe('truncate: paragraphs without structure', () => {
  const loose = Array.from({ length: 120 }, (_, i) => `w${i}`);

  it('measures one run of text in words, 50 to a paragraph, and says so', () => {
    for (const html of [
      `<div class="story-body">${loose.join(' ')}<br>more<br>text</div>`,
      `${loose.join(' ')}<br>more`,
      `<p>${loose.join(' ')}</p>`,
    ]) {
      const root = article(html);
      const { at, fellBackToWords } = findPreviewCut(root, { unit: 'paragraphs', length: 2 });
      expect(fellBackToWords, html.slice(0, 30)).to.equal(true);
      cutAt(root, at!);
      expect(words(root.textContent!)).to.deep.equal(loose.slice(0, 100));
    }
  });

  it('says nothing of words where paragraphs divide the text', () => {
    for (const html of ['<p>one</p><p>two</p><p>three</p>', 'one<br><br>two<br><br>three', '<div>one<div>two</div>three</div>']) {
      const { at, fellBackToWords } = findPreviewCut(article(html), { unit: 'paragraphs', length: 2 });
      expect(fellBackToWords, html).to.equal(false);
      expect(at, html).to.not.equal(null);
    }
  });

  it('does not count a heading as a paragraph, nor text split across inline elements as two', () => {
    expect(preview('<h2>Title</h2>one <b>bold</b> still one<br><br>two<br><br>three', { unit: 'paragraphs', length: 2 })).to.equal(
      '<h2>Title</h2>one <b>bold</b> still one<br><br>two',
    );
  });
});

describe('truncate: wrappers the cut leaves empty', () => {
  it('drops a list item that a break marker opens, and puts it back', () => {
    expectCutAndRestore('<ul><li>one two</li><li><hr data-paywall-break="">three</li></ul>', '<ul><li>one two</li></ul>');
  });

  it('drops nested boxes that a break marker opens, and puts them back', () => {
    expectCutAndRestore('<p>a</p><div class="box"><div> <hr data-paywall-break=""><p>b</p></div></div><p>c</p>', '<p>a</p>');
  });

  it('keeps a wrapper with text or media before the marker', () => {
    expectCutAndRestore('<div>a<hr data-paywall-break="">b</div>', '<div>a</div>');
    expectCutAndRestore(
      '<p>a</p><div><img src="x.png" alt=""><hr data-paywall-break="">b</div>',
      '<p>a</p><div><img src="x.png" alt=""></div>',
    );
  });
});
