/**
 * Where an article's preview ends, in words or paragraphs, or (given the measure) in characters.
 * The measure in characters is passed in, so that the gate loads it only when a preview is set
 * in characters; truncate.ts has the whole engine for everyone else.
 */
import type { cutByCharacters } from './characters.js';
import { articleStart, before } from './elements.js';
import { cutByParagraphs } from './paragraphs.js';
import type { ArticleFilter, Boundary, PreviewOptions } from './types.js';
import { cutByWords } from './words.js';

/** How many words stand in for a paragraph when an article's text has no paragraphs to count. */
export const WORDS_PER_PARAGRAPH = 50;

/** Where the preview ends, and how it was measured. */
export interface PreviewCut {
  /** Where the preview ends; `null` when it holds the whole article (nothing to gate). */
  at: Boundary | null;
  /**
   * `true` when the preview was asked for in paragraphs but the article's text forms fewer than
   * two (no paragraph elements, blocks or `<br><br>` runs divide it), so it was measured in
   * words instead, `WORDS_PER_PARAGRAPH` to a paragraph. The caller should warn: the preview
   * length is then approximate.
   */
  fellBackToWords: boolean;
}

/**
 * The marker a publisher puts where the preview must end, in the article: `<hr data-paywall-break>`,
 * or the first element of the part the page marked as gated (`breakSelector`).
 */
function breakMarker(root: Element, include: ArticleFilter, breakSelector?: string): Element | undefined {
  const selector = breakSelector ? `[data-paywall-break], ${breakSelector}` : '[data-paywall-break]';
  return [...root.querySelectorAll(selector)].find((marker) => {
    let top: Node = marker;
    while (top.parentNode !== root) top = top.parentNode!;
    return include(top);
  });
}

/** How a preview is measured in characters: `characters.ts`, loaded only by the pages that need it. */
export type CharacterMeasure = typeof cutByCharacters;

/**
 * Where the preview ends: before a break marker if there is one, else after `length` units
 * (`length` of 0 or less: before the article), and whether paragraphs had to be counted in words.
 * A preview in characters needs `measureCharacters`.
 */
export function findPreviewCut(
  root: Element,
  options: PreviewOptions,
  include: ArticleFilter = () => true,
  measureCharacters?: CharacterMeasure,
): PreviewCut {
  const marker = breakMarker(root, include, options.breakSelector);
  if (marker) return { at: before(marker), fellBackToWords: false };
  if (!(options.length > 0)) return { at: articleStart(root, include), fellBackToWords: false };
  if (options.unit === 'characters') {
    if (!measureCharacters) throw new Error('A preview in characters needs measureCharacters (src/truncate/characters.ts).');
    return { at: measureCharacters(root, options, include), fellBackToWords: false };
  }
  if (options.unit !== 'paragraphs') return { at: cutByWords(root, options, include), fellBackToWords: false };
  const at = cutByParagraphs(root, options.length, include);
  if (at !== undefined) return { at, fellBackToWords: false };
  return { at: cutByWords(root, { ...options, length: options.length * WORDS_PER_PARAGRAPH }, include), fellBackToWords: true };
}
