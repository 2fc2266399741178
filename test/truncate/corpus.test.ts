import { expect } from '@open-wc/testing';
import { cutAt, findCut, type Boundary, type PreviewOptions } from '../../src/truncate/truncate.js';
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

/** An article as it was: its markup and its very nodes. */
interface Snapshot {
  html: string;
  nodes: Node[];
}

function expectSame(root: HTMLElement, original: Snapshot, what: string): void {
  if (root.innerHTML !== original.html) expect.fail(`${what}: restored markup differs`);
  const nodes = allNodes(root);
  if (nodes.length !== original.nodes.length || nodes.some((node, i) => node !== original.nodes[i]))
    expect.fail(`${what}: restored nodes differ`);
}

const describeCut = ({ locale, length, unit }: PreviewOptions) => `${locale}, ${length} ${unit}`;

/** A cut in the rendered article, and the text its preview keeps. */
interface Cut {
  at: Boundary;
  kept: string;
}

/** The same boundary in another copy of the article: the same child indices down from the root. */
function sameBoundaryIn(root: Node, copyRoot: Node, { node, offset }: Boundary): Boundary {
  const path: number[] = [];
  for (let step = node; step !== copyRoot; step = step.parentNode!)
    path.unshift(Array.prototype.indexOf.call(step.parentNode!.childNodes, step));
  return { node: path.reduce<Node>((parent, index) => parent.childNodes[index], root), offset };
}

/**
 * Finds each cut in `copy` (the article, not rendered, so that cutting it costs no layout):
 * cuts the copy, notes the text it keeps, restores it and checks it is as before. Gives each cut
 * at its place in the rendered article. No Range: every live Range would slow each later
 * mutation.
 */
function findCuts(rendered: HTMLElement, copy: HTMLElement, original: Snapshot, cuts: PreviewOptions[]): Cut[] {
  return cuts.map((options) => {
    const at = findCut(copy, options);
    if (!at) return expect.fail(`${describeCut(options)}: nothing gated`);
    const renderedAt = sameBoundaryIn(rendered, copy, at);
    const restore = cutAt(copy, at);
    const kept = copy.textContent!;
    restore();
    expectSame(copy, original, describeCut(options));
    return { at: renderedAt, kept };
  });
}

/** Stands for a cut in the rendered text: a character no article holds. */
const MARK = '\uE000';

function insertMark({ node, offset }: Boundary): void {
  const mark = document.createTextNode(MARK);
  if (node.nodeType !== Node.TEXT_NODE) node.insertBefore(mark, node.childNodes[offset] ?? null);
  else if (offset === (node as Text).length) (node as Text).after(mark);
  else (node as Text).splitText(offset).before(mark);
}

/** Where each mark stands in a text holding them, once they are taken out. */
function markPositions(marked: string): { text: string; positions: number[] } {
  const parts = marked.split(MARK);
  const positions: number[] = [];
  let position = 0;
  for (const part of parts.slice(0, -1)) positions.push((position += part.length));
  return { text: parts.join(''), positions };
}

/**
 * Where each cut falls in the text the reader sees: marks every cut in the rendered article
 * (whose text they change in nothing else) and reads its text once, rather than laying out a
 * cut article for each. Checks that each preview keeps the text before its mark. `cuts` come
 * in document order, as cuts of growing lengths do.
 */
function visiblePositions(rendered: HTMLElement, cuts: Cut[], full: VisibleText, cutOptions: PreviewOptions[]): number[] {
  const textContent = rendered.textContent;
  // Last first, so that no mark moves a cut still to be marked.
  for (let i = cuts.length - 1; i >= 0; i--) insertMark(cuts[i].at);
  const visible = markPositions(rendered.innerText);
  expect(visible.text, 'the marks change the rendered text').to.equal(full.text);
  const raw = markPositions(rendered.textContent!);
  expect(raw.text).to.equal(textContent);
  cuts.forEach(({ kept }, i) => {
    if (kept !== raw.text.slice(0, raw.positions[i]))
      expect.fail(`${describeCut(cutOptions[i])}: the preview keeps other text than comes before the cut`);
  });
  return visible.positions;
}

/** Checks that each cut falls between graphemes and between words, and gives where it falls in the rendered text. */
function checkPositions(rendered: HTMLElement, copy: HTMLElement, original: Snapshot, full: VisibleText, cuts: PreviewOptions[]): number[] {
  const positions = visiblePositions(rendered, findCuts(rendered, copy, original, cuts), full, cuts);
  cuts.forEach((options, i) => {
    const end = positions[i];
    if (!full.graphemeBoundaries.has(end)) expect.fail(`${describeCut(options)}: cut inside a grapheme`);
    if (!full.wordBoundaries.has(end)) expect.fail(`${describeCut(options)}: cut inside a word: …${full.text.slice(end - 20, end + 5)}`);
  });
  return positions;
}

/** Cuts the rendered article in paragraphs; each preview ends a line of the whole text. */
function checkParagraphs(rendered: HTMLElement, full: VisibleText, locale: string): void {
  const original = { html: rendered.innerHTML, nodes: allNodes(rendered) };
  for (let length = 1; length <= 8; length++) {
    const options: PreviewOptions = { unit: 'paragraphs', length, locale };
    const restore = cutAt(rendered, findCut(rendered, options)!);
    const shown = rendered.innerText;
    restore();
    expectSame(rendered, original, describeCut(options));
    if (!full.text.startsWith(shown) || !/^[\n\t]/.test(full.text.slice(shown.length)))
      expect.fail(`${describeCut(options)}: ends inside a line`);
  }
}

function checkCorpusArticle({ locale }: CorpusLanguage, html: string, container: HTMLElement): void {
  const render = () => {
    container.innerHTML = `<article>${html}</article>`;
    return container.firstElementChild as HTMLElement;
  };
  const rendered = render();
  const full = new VisibleText(rendered.innerText, locale);
  const copy = rendered.cloneNode(true) as HTMLElement;
  const original = { html: copy.innerHTML, nodes: allNodes(copy) };
  checkParagraphs(rendered, full, locale);

  expect(full.wordsBefore[full.text.length], `${locale} article length`).to.be.greaterThan(400);
  const wordCuts = Array.from({ length: 400 }, (_, i): PreviewOptions => ({ unit: 'words', length: i + 1, locale }));
  checkPositions(rendered, copy, original, full, wordCuts).forEach((end, i) => {
    if (full.wordsBefore[end] !== i + 1) expect.fail(`${describeCut(wordCuts[i])}: shows ${full.wordsBefore[end]} words`);
  });

  const totalCharacters = full.charactersBefore[full.text.length];
  const characterCuts: PreviewOptions[] = [];
  for (let length = 1; length < totalCharacters - 40; length += length < 12 ? 1 : Math.ceil(totalCharacters / 100)) {
    characterCuts.push({ unit: 'characters', length, locale });
  }
  checkPositions(render(), copy, original, full, characterCuts).forEach((end, i) => {
    const { length } = characterCuts[i];
    const shown = full.charactersBefore[end];
    const beforeLastUnit = full.charactersBefore[full.endBeforeLastUnit(end)];
    if (shown < length || beforeLastUnit >= length)
      expect.fail(`${describeCut(characterCuts[i])}: shows ${shown}, ${beforeLastUnit} before its last unit`);
  });
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
      checkCorpusArticle(language, corpusArticle(language, 480), container);
    });
  }
});
