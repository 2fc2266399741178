import { cutWhereScanEnds, SEPARATOR, type TextIndex, type TextScan } from './text-index.js';
import type { ArticleFilter, Boundary, PreviewOptions } from './types.js';
import { isClosingPunctuation } from './words.js';

/** White space the browser collapses, outside preformatted text: spaces, tabs and line breaks in the source. */
const COLLAPSIBLE = /^[ \t\n\r\f]+$/;
const LINE_FEED = /[\n\r\f]/;
const WHITE_SPACE = /^\s+$/;
/** A grapheme drawn as nothing: soft hyphens, zero-width spaces and joiners, direction marks. */
const INVISIBLE = /^\p{Cf}+$/u;
/**
 * Characters that may join a grapheme with their neighbours (marks, joiners, surrogate pairs,
 * Hangul jamo, CR LF, a few vowels), or draw nothing: text without them is one grapheme per
 * character, each drawn.
 */
const MAY_SHARE_A_GRAPHEME = /[\p{M}\p{Cf}\u{10000}-\u{10FFFF}\u1100-\u11FF\uA960-\uA97F\uD7B0-\uD7FF\r\u0E33\u0EB3\u0D4E\uFF9E\uFF9F]/u;

/**
 * The graphemes of a text, read in order. `Intl.Segmenter` is asked only about stretches that
 * need it, and reads the text once: a call to it per word would cost a hundred times more.
 */
class GraphemeReader {
  private _segments?: Iterator<Intl.SegmentData>;
  /** The first grapheme the Segmenter gave that was not yet passed. */
  private _pending?: Intl.SegmentData;

  constructor(
    private readonly _text: string,
    private readonly _locale?: string,
  ) {}

  /** The graphemes from `start` to `end`, boundaries of graphemes; each stretch asked for must follow the last. */
  *between(start: number, end: number): Generator<{ grapheme: string; index: number }, void, undefined> {
    const stretch = this._text.slice(start, end);
    if (!MAY_SHARE_A_GRAPHEME.test(stretch)) {
      for (let offset = 0; offset < stretch.length; offset++) yield { grapheme: stretch[offset], index: start + offset };
      return;
    }
    this._segments ??= new Intl.Segmenter(this._locale, { granularity: 'grapheme' }).segment(this._text)[Symbol.iterator]();
    for (;;) {
      if (!this._pending) {
        const next = this._segments.next();
        if (next.done) return;
        this._pending = next.value;
      }
      const { segment, index } = this._pending;
      if (index >= end) return;
      this._pending = undefined;
      if (index >= start) yield { grapheme: segment, index };
    }
  }

  /** How many graphemes the reader sees from `start` to `end`. */
  width(start: number, end: number): number {
    if (!MAY_SHARE_A_GRAPHEME.test(this._text.slice(start, end))) return end - start;
    let width = 0;
    for (const { grapheme } of this.between(start, end)) if (!INVISIBLE.test(grapheme)) width++;
    return width;
  }
}

/**
 * A piece of the text as the reader sees it: a line break (block edges and `<br>`, which count
 * nothing), white space the browser collapses (one space between things on a line, else
 * nothing), white space shown as written (each character counts), or something visible: a whole
 * word, or one grapheme of anything else (an emoji, a flag, a punctuation mark). The preview
 * ends only after something visible.
 */
type ReaderUnit =
  | { kind: 'line-break' }
  | { kind: 'space' }
  | { kind: 'blank'; width: number }
  | { kind: 'visible'; start: number; end: number; width: number; closing: boolean };

const LINE_BREAK: ReaderUnit = { kind: 'line-break' };
const SPACE: ReaderUnit = { kind: 'space' };
const BLANK: ReaderUnit = { kind: 'blank', width: 1 };

function* readerUnits(text: string, index: TextIndex, locale?: string): Generator<ReaderUnit, void, undefined> {
  const graphemes = new GraphemeReader(text, locale);
  for (const { segment, index: start, isWordLike } of new Intl.Segmenter(locale, { granularity: 'word' }).segment(text)) {
    const end = start + segment.length;
    if (isWordLike) {
      yield { kind: 'visible', start, end, width: graphemes.width(start, end), closing: false };
    } else if (COLLAPSIBLE.test(segment) && !index.isPreformattedAt(start)) {
      yield SPACE;
    } else {
      yield* otherUnits(graphemes.between(start, end), index);
    }
  }
}

/** The units of a segment that is not a word: one per grapheme. */
function* otherUnits(graphemes: Iterable<{ grapheme: string; index: number }>, index: TextIndex): Generator<ReaderUnit, void, undefined> {
  for (const { grapheme, index: position } of graphemes) {
    if (grapheme === SEPARATOR) yield LINE_BREAK;
    else if (COLLAPSIBLE.test(grapheme) && !index.isPreformattedAt(position)) yield SPACE;
    else if (LINE_FEED.test(grapheme)) yield LINE_BREAK;
    else if (WHITE_SPACE.test(grapheme)) yield BLANK;
    else if (!INVISIBLE.test(grapheme)) {
      yield { kind: 'visible', start: position, end: position + grapheme.length, width: 1, closing: isClosingPunctuation(grapheme) };
    }
  }
}

/**
 * Counts `length` characters as the reader sees them. The preview ends after the word or
 * grapheme holding the last of them, and the closing punctuation right after it.
 */
export function scanCharacters(units: Iterable<ReaderUnit>, length: number): TextScan {
  let count = 0;
  let end = -1;
  let lastVisibleEnd = 0;
  let spaceBefore = false;
  let lineHasContent = false;
  for (const unit of units) {
    if (end >= 0) {
      if (unit.kind !== 'visible') continue;
      if (unit.closing && unit.start === end) end = unit.end;
      else return { count, end, more: true };
    } else if (unit.kind === 'line-break') {
      spaceBefore = false;
      lineHasContent = false;
    } else if (unit.kind === 'space') {
      spaceBefore = lineHasContent;
    } else {
      // A collapsed space counts once, between two things on the same line.
      count += unit.width + (spaceBefore ? 1 : 0);
      spaceBefore = false;
      lineHasContent = true;
      if (unit.kind === 'visible') lastVisibleEnd = unit.end;
      if (unit.kind === 'visible' && count >= length) end = unit.end;
    }
  }
  return { count, end: end >= 0 ? end : lastVisibleEnd, more: false };
}

/** Where a preview of `length` characters ends (at the end of a word); `null` when the article is no longer. */
export function cutByCharacters(root: Node, { length, locale }: PreviewOptions, include: ArticleFilter): Boundary | null {
  // Every character the reader sees is in the source text, so this much text holds the preview and the word after it.
  const windowLength = 256 + length * 2;
  return cutWhereScanEnds(root, include, windowLength, (text, index) => scanCharacters(readerUnits(text, index, locale), length));
}
