import { expect } from '@open-wc/testing';
import { cutAt, findCut, type PreviewOptions } from '../../src/truncate/truncate.js';
import { isClosingPunctuation } from '../../src/truncate/words.js';
import { allNodes } from './helpers.js';
import { CORPUS, corpusArticle, type CorpusLanguage } from './corpus-articles.js';

// The articles are rendered, so that `innerText` gives the text as the reader sees it (white
// space collapsed, line breaks for blocks). Media, ad slots and ruby readings are hidden: the
// engine counts them as nothing.
const HIDDEN_AS_NOTHING = '.corpus figure, .corpus [data-ad], .corpus rt, .corpus rp { display: none; }';
const LINE_BREAKS = /^[\n\t]+$/;
const INVISIBLE = /^\p{Cf}+$/u;
const WHITE_SPACE = /\s/;

/** The full article's visible text, segmented once: per position, the words and visible characters before it. */
class VisibleText {
  readonly wordsBefore: Int32Array;
  readonly charactersBefore: Int32Array;
  readonly wordBoundaries = new Set<number>();
  readonly graphemeBoundaries = new Set<number>();
  readonly wordStartByEnd = new Map<number, number>();
  readonly graphemeStartByEnd = new Map<number, number>();

  constructor(
    readonly text: string,
    locale: string,
  ) {
    this.wordsBefore = new Int32Array(text.length + 1);
    this.charactersBefore = new Int32Array(text.length + 1);
    for (const { segment, index, isWordLike } of new Intl.Segmenter(locale, { granularity: 'word' }).segment(text)) {
      const end = index + segment.length;
      this.wordBoundaries.add(end);
      if (isWordLike) this.wordStartByEnd.set(end, index);
      this.wordsBefore.fill(this.wordsBefore[index] + (isWordLike ? 1 : 0), end);
    }
    for (const { segment, index } of new Intl.Segmenter(locale, { granularity: 'grapheme' }).segment(text)) {
      const end = index + segment.length;
      this.graphemeBoundaries.add(end);
      this.graphemeStartByEnd.set(end, index);
      const visible = !LINE_BREAKS.test(segment) && !INVISIBLE.test(segment);
      this.charactersBefore.fill(this.charactersBefore[index] + (visible ? 1 : 0), end);
    }
  }

  /**
   * Where the content before the last unit ending at `end` ends: the last unit is a word or a
   * grapheme, with the closing punctuation right after it; white space before it goes too.
   */
  endBeforeLastUnit(end: number): number {
    let position = end;
    for (;;) {
      const start = this.graphemeStartByEnd.get(position)!;
      const attached = start > 0 && !WHITE_SPACE.test(this.text[start - 1]);
      if (!attached || !isClosingPunctuation(this.text.slice(start, position))) break;
      position = start;
    }
    position = this.wordStartByEnd.get(position) ?? this.graphemeStartByEnd.get(position)!;
    while (position > 0 && WHITE_SPACE.test(this.text[position - 1])) position--;
    return position;
  }
}

/** Cuts the rendered article, returns the text it shows, restores it and checks that it is the same as before. */
function shownText(root: HTMLElement, options: PreviewOptions, original: { html: string; nodes: Node[] }): string | null {
  const at = findCut(root, options);
  if (!at) return null;
  const restore = cutAt(root, at);
  const shown = root.innerText;
  restore();
  if (root.innerHTML !== original.html) expect.fail(`${options.unit} ${options.length}: restored markup differs`);
  const nodes = allNodes(root);
  if (nodes.length !== original.nodes.length || nodes.some((node, i) => node !== original.nodes[i])) {
    expect.fail(`${options.unit} ${options.length}: restored nodes differ`);
  }
  return shown;
}

function checkCorpusArticle(language: CorpusLanguage, root: HTMLElement): void {
  const { locale } = language;
  const full = new VisibleText(root.innerText, locale);
  const original = { html: root.innerHTML, nodes: allNodes(root) };
  const where = (unit: string, length: number) => `${locale}, ${length} ${unit}`;
  /** Checks what a cut shows against the whole text; gives where it ends in it. */
  const shownEnd = (options: PreviewOptions): number => {
    const shown = shownText(root, options, original);
    expect(shown, where(options.unit, options.length)).to.be.a('string');
    const end = shown!.length;
    if (!full.text.startsWith(shown!))
      expect.fail(`${where(options.unit, options.length)}: the preview is no prefix: …${shown!.slice(-40)}`);
    if (!full.graphemeBoundaries.has(end)) expect.fail(`${where(options.unit, options.length)}: cut inside a grapheme`);
    if (!full.wordBoundaries.has(end)) expect.fail(`${where(options.unit, options.length)}: cut inside a word: …${shown!.slice(-20)}`);
    return end;
  };

  const totalWords = full.wordsBefore[full.text.length];
  expect(totalWords, `${locale} article length`).to.be.greaterThan(400);
  for (let length = 1; length <= 400; length++) {
    const end = shownEnd({ unit: 'words', length, locale });
    if (full.wordsBefore[end] !== length) expect.fail(`${where('words', length)}: shows ${full.wordsBefore[end]} words`);
  }

  const totalCharacters = full.charactersBefore[full.text.length];
  const step = Math.ceil(totalCharacters / 100);
  for (let length = 1; length < totalCharacters - 40; length += length < 12 ? 1 : step) {
    const end = shownEnd({ unit: 'characters', length, locale });
    const shown = full.charactersBefore[end];
    const beforeLastUnit = full.charactersBefore[full.endBeforeLastUnit(end)];
    if (shown < length || beforeLastUnit >= length)
      expect.fail(`${where('characters', length)}: shows ${shown}, ${beforeLastUnit} before its last unit`);
  }

  for (let length = 1; length <= 8; length++) {
    const end = shownEnd({ unit: 'paragraphs', length, locale });
    if (full.text[end] !== '\n' && full.text[end] !== '\t') expect.fail(`${where('paragraphs', length)}: ends inside a line`);
  }
}

describe('truncate: a corpus of articles in ten scripts', () => {
  const style = document.createElement('style');
  const container = document.createElement('div');
  before(() => {
    style.textContent = HIDDEN_AS_NOTHING;
    container.className = 'corpus';
    document.head.append(style);
    document.body.append(container);
  });
  after(() => {
    style.remove();
    container.remove();
  });

  for (const language of CORPUS) {
    it(`${language.locale}: every cut from 1 to 400 words, characters in steps, 1 to 8 paragraphs: at a word, as long as asked, restored the same`, () => {
      container.innerHTML = `<article>${corpusArticle(language, 480)}</article>`;
      checkCorpusArticle(language, container.firstElementChild as HTMLElement);
    });
  }
});
