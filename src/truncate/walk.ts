import { isInline, roleOf } from './elements.js';
import type { ArticleFilter } from './types.js';

/** What the article walk meets, in document order. Inline elements are walked through, unannounced. */
export type ArticleEvent =
  | { kind: 'text'; node: Text }
  | { kind: 'media'; element: Element }
  | { kind: 'line-break'; element: Element }
  | { kind: 'block-start'; element: Element }
  | { kind: 'block-end'; element: Element };

/**
 * The article's events, depth first: the root's children that `include` accepts, and everything
 * under them. A generator, so that a caller reads only as far as it needs.
 */
export function* articleEvents(root: Node, include: ArticleFilter): Generator<ArticleEvent, void, undefined> {
  for (let child = root.firstChild; child; child = child.nextSibling) {
    if (include(child)) yield* subtreeEvents(child);
  }
}

/** The events of one node and everything under it. Without recursion: articles nest deep. */
export function* subtreeEvents(top: Node): Generator<ArticleEvent, void, undefined> {
  let node: Node | null = top;
  while (node) {
    let firstChild: Node | null = null;
    if (node.nodeType === Node.TEXT_NODE) {
      yield { kind: 'text', node: node as Text };
    } else if (node.nodeType === Node.ELEMENT_NODE) {
      const element = node as Element;
      const role = roleOf(element);
      if (role === 'media' || role === 'line-break') yield { kind: role, element };
      if (role === 'block') yield { kind: 'block-start', element };
      if (role === 'block' || role === 'inline') firstChild = element.firstChild;
      if (role === 'block' && !firstChild) yield { kind: 'block-end', element };
    }
    if (firstChild) {
      node = firstChild;
      continue;
    }
    // Up to the nearest ancestor with a next sibling, ending each block on the way.
    while (node !== top && !node.nextSibling) {
      node = node.parentNode!;
      if (!isInline(node as Element)) yield { kind: 'block-end', element: node as Element };
    }
    node = node === top ? null : node.nextSibling;
  }
}
