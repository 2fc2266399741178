/**
 * The truncation engine: where an article's preview ends, and cutting it there so that what
 * follows leaves the document (kept in memory, restored node for node). Pure functions over
 * DOM nodes; no rendering. The article is read lazily, only as far as the preview needs (and
 * then as far as it takes to know that more follows), so a long article costs little more than
 * a short one. The gate uses preview-cut.ts, and loads the measure in characters only when a
 * preview is set in characters.
 */
import { cutByCharacters } from './characters.js';
import { findPreviewCut as findCutWith, type PreviewCut } from './preview-cut.js';
import type { ArticleFilter, Boundary, PreviewOptions } from './types.js';

export { cutAt } from './cut.js';
export { WORDS_PER_PARAGRAPH, type PreviewCut } from './preview-cut.js';
export type { ArticleFilter, Boundary, PreviewOptions, PreviewUnit } from './types.js';

/**
 * Where the preview ends: before a break marker if there is one, else after `length` units
 * (`length` of 0 or less: before the article), and whether paragraphs had to be counted in words.
 */
export function findPreviewCut(root: Element, options: PreviewOptions, include: ArticleFilter = () => true): PreviewCut {
  return findCutWith(root, options, include, cutByCharacters);
}

/**
 * Where the preview ends: before a break marker if there is one, else after `length` units.
 * `null` when the preview holds the whole article (nothing to gate). `findPreviewCut` tells also
 * whether paragraphs were counted in words.
 */
export function findCut(root: Element, options: PreviewOptions, include: ArticleFilter = () => true): Boundary | null {
  return findPreviewCut(root, options, include).at;
}
