/**
 * The truncation engine: where an article's preview ends, and cutting it there so that what
 * follows leaves the document (kept in memory, restored node for node). Pure functions over
 * DOM nodes; no rendering. One walk over the article, so the cost grows linearly with it, and
 * word segmentation only over as much text as the preview needs.
 */
import { articleStart, before } from './elements.js';
import { cutByParagraphs } from './paragraphs.js';
import { cutByText } from './text.js';
import type { ArticleFilter, Boundary, PreviewOptions } from './types.js';

export { cutAt } from './cut.js';
export type { ArticleFilter, Boundary, PreviewOptions, PreviewUnit } from './types.js';

/** How many words stand in for a paragraph when an article has no paragraph elements. */
export const WORDS_PER_PARAGRAPH = 50;

/** The marker a publisher puts where the preview must end: `<hr data-paywall-break>`, in the article. */
function breakMarker(root: Element, include: ArticleFilter): Element | undefined {
  return [...root.querySelectorAll('[data-paywall-break]')].find((marker) => {
    let top: Node = marker;
    while (top.parentNode !== root) top = top.parentNode!;
    return include(top);
  });
}

/**
 * Where the preview ends: before a break marker if there is one, else after `length` units.
 * `null` when the preview holds the whole article (nothing to gate).
 */
export function findCut(root: Element, options: PreviewOptions, include: ArticleFilter = () => true): Boundary | null {
  const marker = breakMarker(root, include);
  if (marker) return before(marker);
  if (!(options.length > 0)) return articleStart(root, include);
  if (options.unit !== 'paragraphs') return cutByText(root, options, include);
  const cut = cutByParagraphs(root, options.length, include);
  if (cut !== undefined) return cut;
  return cutByText(root, { ...options, unit: 'words', length: options.length * WORDS_PER_PARAGRAPH }, include);
}
