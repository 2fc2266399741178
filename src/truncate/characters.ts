import { cutWhereScanEnds, SEPARATOR, type TextIndex, type TextScan } from './text-index.js';
import type { ArticleFilter, Boundary, PreviewOptions } from './types.js';
import { isClosingPunctuation } from './words.js';

/** White space the browser collapses, outside preformatted text: spaces, tabs and line breaks in the source. */
const COLLAPSIBLE = /^[ \t\n\r\f]+$/;
const LINE_FEED = /[\n\r\f]/;
const WHITE_SPACE = /^\s+$/;
/** A grapheme drawn as nothing: soft hyphens, zero-width spaces and joiners, direction marks. */
const INVISIBLE = /^\p{Cf}+$/u;
/** Text each of whose characters is one grapheme, drawn: Latin without combining marks or soft hyphens. */
const ONE_GRAPHEME_PER_CHARACTER = /^[\u0020-\u00AC\u00AE-\u02FF]*$/;

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

function graphemeWidth(text: string, graphemes: Intl.Segmenter): number {
  if (ONE_GRAPHEME_PER_CHARACTER.test(text)) return text.length;
  let width = 0;
  for (const { segment } of graphemes.segment(text)) if (!INVISIBLE.test(segment)) width++;
  return width;
}

function* readerUnits(text: string, index: TextIndex, locale?: string): Generator<ReaderUnit, void, undefined> {
  const graphemes = new Intl.Segmenter(locale, { granularity: 'grapheme' });
  for (const { segment, index: start, isWordLike } of new Intl.Segmenter(locale, { granularity: 'word' }).segment(text)) {
    if (isWordLike) {
      yield { kind: 'visible', start, end: start + segment.length, width: graphemeWidth(segment, graphemes), closing: false };
    } else if (COLLAPSIBLE.test(segment) && !index.isPreformattedAt(start)) {
      yield SPACE;
    } else {
      yield* otherUnits(segment, start, index, graphemes);
    }
  }
}

/** The units of a segment that is not a word: one per grapheme. */
function* otherUnits(segment: string, start: number, index: TextIndex, graphemes: Intl.Segmenter): Generator<ReaderUnit, void, undefined> {
  const pieces = segment.length === 1 ? [{ segment, index: 0 }] : graphemes.segment(segment);
  for (const { segment: grapheme, index: offset } of pieces) {
    const position = start + offset;
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
  // Every character the reader sees is in the source text, so this much text holds the preview.
  const windowLength = 4096 + length * 2;
  return cutWhereScanEnds(root, include, windowLength, (text, index) => scanCharacters(readerUnits(text, index, locale), length));
}
