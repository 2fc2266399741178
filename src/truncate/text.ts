import { articleStart, isInline, walk } from './elements.js';
import type { ArticleFilter, Boundary, PreviewOptions } from './types.js';

/** Stands between blocks in the text index, so words never run across them. */
const SEPARATOR = '\u2029';
/** Scripts written without spaces between words (Han, kana, Thai, Lao, Khmer, Myanmar): only there does a word take a dictionary. */
const UNSPACED = /[\p{sc=Hani}\p{sc=Hira}\p{sc=Kana}\p{sc=Thai}\p{sc=Laoo}\p{sc=Khmr}\p{sc=Mymr}]/u;
/**
 * A word much as `Intl.Segmenter` has it: letters, digits, marks and connectors (`_`), with the
 * invisible format characters inside words (soft hyphen, zero-width joiners); an apostrophe or a
 * Hebrew-style `"` joins letters (`don't`, `צה"ל`), a full stop or comma joins digits (`3.5`,
 * `10,000`). Or any other character. Its segments for such text, without the Segmenter's start-up
 * cost (its data loads on first use).
 */
const WORDS = /([\p{L}\p{N}\p{M}_][\p{L}\p{N}\p{M}\p{Cf}_]*(?:['’"][\p{L}\p{N}\p{M}\p{Cf}_]+|[.,]\p{N}+)*)|[^]/gu;

/** The article's text as one string, blocks separated, with where each text node and each medium starts in it. */
interface TextIndex {
  text: string;
  nodes: Text[];
  starts: number[];
  media: number[];
}

function indexText(root: Node, include: ArticleFilter): TextIndex {
  const index: TextIndex = { text: '', nodes: [], starts: [], media: [] };
  const separateBlock = (element: Element) => {
    if (!isInline(element)) index.text += SEPARATOR;
  };
  walk(root, include, {
    text(node) {
      index.nodes.push(node);
      index.starts.push(index.text.length);
      index.text += node.data;
    },
    media() {
      index.media.push(index.text.length);
    },
    enter: separateBlock,
    leave: separateBlock,
  });
  return index;
}

export function cutByText(root: Node, { length, unit, locale }: PreviewOptions, include: ArticleFilter): Boundary | null {
  const { text, nodes, starts, media } = indexText(root, include);
  const countsCharacters = unit === 'characters';
  const graphemes = countsCharacters && new Intl.Segmenter(locale, { granularity: 'grapheme' });
  const size = (segment: string) => (graphemes ? [...graphemes.segment(segment)].length : 1);
  const segments = (slice: string) =>
    countsCharacters || UNSPACED.test(slice)
      ? new Intl.Segmenter(locale, { granularity: 'word' }).segment(slice)
      : Array.from(slice.matchAll(WORDS), (match) => ({ segment: match[0], index: match.index!, isWordLike: match[1] }));
  // The cut goes after the last word (and its closing punctuation) once the quota is met, at
  // the start of the next word: never inside a word, a grapheme or an emoji. Gives the count,
  // where the last word counted ends, and whether a word was left over.
  const scan = (slice: string): [count: number, end: number, more?: boolean] => {
    let count = 0;
    let end = 0;
    for (const { segment, index, isWordLike } of segments(slice)) {
      if (isWordLike) {
        if (count >= length) return [count, end, true];
        count += size(segment);
        end = index + segment.length;
      } else if (index === end && /\S/.test(segment)) {
        // Punctuation right after the word (a full stop, a closing quote) stays with it; an
        // opening quote or bracket after a space belongs to the next word, and goes.
        if (countsCharacters) count += size(segment);
        end = index + segment.length;
      } else if (countsCharacters) {
        count += 1;
      }
    }
    return [count, end];
  };
  // Segmenting costs time in proportion to the text given, so first give it a window that
  // should hold the preview: the article's length then hardly matters. Its result stands only
  // when a word follows the cut inside the window, which a word cut off at its edge cannot be.
  let result = scan(text.slice(0, Math.max(4096, length * 32)));
  if (!result[2]) result = scan(text);
  const [count, cutPosition, more] = result;
  // Every word fits; media after the last word still make the article longer than the preview.
  if (!more && !media.some((at) => at > cutPosition || (count === 0 && at >= cutPosition))) return null;
  if (nodes.length === 0) return articleStart(root, include);
  // The text node holding the cut: the last one starting before it (the first, for a cut at 0).
  let i = 0;
  while (i + 1 < nodes.length && starts[i + 1] < cutPosition) i++;
  return { node: nodes[i], offset: Math.max(0, Math.min(nodes[i].data.length, cutPosition - starts[i])) };
}
