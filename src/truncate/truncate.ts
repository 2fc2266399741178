/**
 * The truncation engine: where an article's preview ends, and cutting it there so that what
 * follows leaves the document (kept in memory, restored node for node). Pure functions over
 * DOM nodes; no rendering. The article is read lazily, only as far as the preview needs (and
 * then as far as it takes to know that more follows), so a long article costs little more than
 * a short one.
 */
import { cutByCharacters } from './characters.js';
import { articleStart, before } from './elements.js';
import { cutByParagraphs } from './paragraphs.js';
import type { ArticleFilter, Boundary, PreviewOptions } from './types.js';
import { cutByWords } from './words.js';

export { cutAt } from './cut.js';
export type { ArticleFilter, Boundary, PreviewOptions, PreviewUnit } from './types.js';

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

/** The marker a publisher puts where the preview must end: `<hr data-paywall-break>`, in the article. */
function breakMarker(root: Element, include: ArticleFilter): Element | undefined {
  return [...root.querySelectorAll('[data-paywall-break]')].find((marker) => {
    let top: Node = marker;
    while (top.parentNode !== root) top = top.parentNode!;
    return include(top);
  });
}

/**
 * Where the preview ends: before a break marker if there is one, else after `length` units
 * (`length` of 0 or less: before the article), and whether paragraphs had to be counted in words.
 */
export function findPreviewCut(root: Element, options: PreviewOptions, include: ArticleFilter = () => true): PreviewCut {
  const marker = breakMarker(root, include);
  if (marker) return { at: before(marker), fellBackToWords: false };
  if (!(options.length > 0)) return { at: articleStart(root, include), fellBackToWords: false };
  if (options.unit === 'characters') return { at: cutByCharacters(root, options, include), fellBackToWords: false };
  if (options.unit !== 'paragraphs') return { at: cutByWords(root, options, include), fellBackToWords: false };
  const at = cutByParagraphs(root, options.length, include);
  if (at !== undefined) return { at, fellBackToWords: false };
  return { at: cutByWords(root, { ...options, length: options.length * WORDS_PER_PARAGRAPH }, include), fellBackToWords: true };
}

/**
 * Where the preview ends: before a break marker if there is one, else after `length` units.
 * `null` when the preview holds the whole article (nothing to gate). `findPreviewCut` tells also
 * whether paragraphs were counted in words.
 */
export function findCut(root: Element, options: PreviewOptions, include: ArticleFilter = () => true): Boundary | null {
  return findPreviewCut(root, options, include).at;
}
