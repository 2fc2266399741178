import { cutWhereScanEnds, type TextScan } from './text-index.js';
import type { ArticleFilter, Boundary, PreviewOptions } from './types.js';

/**
 * Scripts whose words `Intl.Segmenter` finds with a dictionary (Han, kana, Hangul, Thai, Lao,
 * Khmer, Myanmar, and a few historic ones), with the kana marks that sit outside the kana
 * scripts: text holding any of them is segmented by the Segmenter itself.
 */
const NEEDS_DICTIONARY =
  /[\p{sc=Hani}\p{sc=Hira}\p{sc=Kana}\p{sc=Hang}\p{sc=Thai}\p{sc=Laoo}\p{sc=Khmr}\p{sc=Mymr}\p{sc=Tang}\p{sc=Nshu}\p{sc=Kits}\u3006\u3031-\u3035\u309B\u309C\u30A0\u30FC\uFF70]/u;

// The pieces of a word as Chromium's `Intl.Segmenter` has it (Unicode's word rules as Chromium
// tailors them), for text without dictionary scripts, without the Segmenter's start-up cost
// (its data loads on first use, 20–50 ms).
/** Letters, with the symbols and punctuation the Segmenter takes as letters (Word_Break=ALetter). */
const LETTER = String.raw`[\p{L}\p{Nl}${[
  String.raw`\u00B8\u02C2-\u02C5\u02D2-\u02D7\u02DE\u02DF\u02E5-\u02EB\u02ED\u02EF-\u02FF\uA708-\uA716\uA720\uA721\uA789\uA78A\uAB5B`, // modifier symbols
  String.raw`\u055A-\u055C\u055E\u058A\u05F3`, // Armenian apostrophes and hyphen, Hebrew geresh
  String.raw`\u0600-\u0605\u06DD\u070F\u0890\u0891\u08E2\u{110BD}\u{110CD}`, // Arabic, Syriac and Kaithi number signs
  String.raw`\u19DE\u19DF\u1AA0-\u1AA6\u1AA8-\u1AAD\uAADE\uAADF\u{1173A}\u{1173B}\u{1173F}`, // signs of Tai scripts
  String.raw`\u24B6-\u24E9\u{1F130}-\u{1F149}\u{1F150}-\u{1F169}\u{1F170}-\u{1F189}`, // circled and squared Latin letters
].join('')}]`;
const HEBREW_LETTER = String.raw`[\u05D0-\u05EA\u05EF-\u05F2\uFB1D\uFB1F-\uFB28\uFB2A-\uFB4F]`;
/** Digits, with the Arabic decimal separator and a New Tai Lue digit. */
const DIGIT = String.raw`[\p{Nd}\u066B\u19DA]`;
/** Joins whatever it stands between: `snake_case`, and the narrow no-break space of `10 000`. */
const CONNECTOR = String.raw`[\p{Pc}\u202F]`;
/** Marks, invisible format characters (soft hyphen, joiners; not the zero-width space) and skin tones: part of the character before. */
const EXTEND = String.raw`(?:(?!\u200B)[\p{M}\p{Cf}\u{1F3FB}-\u{1F3FF}])`;
/** Join two letters: apostrophes (`don't`), the Catalan middle dot (`col·lecció`), Hebrew gershayim (`צה״ל`). */
const BETWEEN_LETTERS = String.raw`['\u00B7\u0387\u055F\u05F4\u2018\u2019\u2024\u2027\uFE13\uFE52\uFF07]`;
/** Join two digits: decimal and thousands separators (`2.3`, `10,000`, `١٬٠٠٠`). */
const BETWEEN_DIGITS = String.raw`[',.;\u037E\u0589\u060C\u060D\u066C\u07F8\u2018\u2019\u2024\u2044\uFE50\uFE52\uFE54\uFF07\uFF0C\uFF0E\uFF1B]`;

// A joiner joins only when a letter (or digit) follows it, marks and format characters aside.
// Each piece takes a run, so that the pattern tries its alternatives once a run, not once a letter.
/** A `"` joins two Hebrew letters (`צה"ל`). */
const HEBREW_QUOTE = `(?<=${HEBREW_LETTER}${EXTEND}*)"${EXTEND}*(?=${HEBREW_LETTER})`;
const LETTER_PIECE = `(?:${LETTER}${EXTEND}*)+(?:${BETWEEN_LETTERS}${EXTEND}*(?=${LETTER})|${HEBREW_QUOTE})?`;
const DIGIT_PIECE = `(?:${DIGIT}${EXTEND}*)+(?:${BETWEEN_DIGITS}${EXTEND}*(?=${DIGIT}))?`;
const CONNECTOR_PIECE = `${CONNECTOR}${EXTEND}*`;
/** A `'` after a Hebrew letter ends the word with it (`ג'ורג'`). */
const HEBREW_APOSTROPHE = `(?<=${HEBREW_LETTER}${EXTEND}*)'${EXTEND}*`;
/** A word (captured), or any other character with its marks. Letters and digits run together: `2.3GHz`, `802.11n`. */
const WORD_OR_OTHER = new RegExp(`((?:${LETTER_PIECE}|${DIGIT_PIECE}|${CONNECTOR_PIECE})+(?:${HEBREW_APOSTROPHE})?)|[^]${EXTEND}*`, 'gu');
/**
 * What the Segmenter does not mark as a word though it segments it as one: a connector alone, or
 * a word ending in a connector or a Hebrew `'` and then a mark or format character (a quirk of
 * its rules).
 */
const NOT_WORD_LIKE = new RegExp(`^${CONNECTOR_PIECE}$|(?:${CONNECTOR}|')${EXTEND}+$`, 'u');

/**
 * Punctuation that stays with the word before it when nothing stands between them: full stops,
 * commas, closing brackets and quotes (`“` closes German quotations), per cent signs.
 */
const CLOSING_PUNCTUATION = /^[\p{Pe}\p{Pf}\p{Pi}\p{Term}"'%‰‱…]/u;

export interface WordSegment {
  segment: string;
  index: number;
  isWordLike: boolean;
}

/** The segments of `text` as `Intl.Segmenter` gives them at word granularity, words marked. */
export function wordSegments(text: string, locale?: string): Iterable<WordSegment> {
  if (NEEDS_DICTIONARY.test(text)) return new Intl.Segmenter(locale, { granularity: 'word' }).segment(text) as Iterable<WordSegment>;
  return patternSegments(text);
}

function* patternSegments(text: string): Generator<WordSegment, void, undefined> {
  for (const match of text.matchAll(WORD_OR_OTHER)) {
    const word = match[1];
    yield { segment: match[0], index: match.index!, isWordLike: word !== undefined && !NOT_WORD_LIKE.test(word) };
  }
}

export const isClosingPunctuation = (segment: string): boolean => CLOSING_PUNCTUATION.test(segment);

/**
 * Counts `length` words of the text. The preview ends after the last of them and the closing
 * punctuation right after it; an opening quote or bracket after a space belongs to the next
 * word, and goes.
 */
export function scanWords(text: string, length: number, locale?: string): TextScan {
  let count = 0;
  let end = 0;
  for (const { segment, index, isWordLike } of wordSegments(text, locale)) {
    if (isWordLike) {
      if (count >= length) return { count, end, more: true };
      count++;
      end = index + segment.length;
    } else if (count > 0 && index === end && isClosingPunctuation(segment)) {
      end = index + segment.length;
    }
  }
  return { count, end, more: false };
}

/** Where a preview of `length` words ends; `null` when the article is no longer. */
export function cutByWords(root: Node, { length, locale }: PreviewOptions, include: ArticleFilter): Boundary | null {
  // Words of news text average under eight characters with their spaces and punctuation.
  return cutWhereScanEnds(root, include, 256 + length * 12, (text) => scanWords(text, length, locale));
}
