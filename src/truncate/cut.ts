import type { ArticleFilter, Boundary } from './types.js';
import { subtreeEvents } from './walk.js';

/** A node taken out of the document, with where it goes back: into its parent, before the sibling it had then. */
type Removal = [node: Node, parent: Node, nextSibling: Node | null];

/** Whether an element holds anything the reader would see: text that is not all white space, or media. */
function hasContent(element: Element): boolean {
  for (const event of subtreeEvents(element)) {
    if (event.kind === 'media') return true;
    if (event.kind === 'text' && /\S/.test(event.node.data)) return true;
  }
  return false;
}

function remove(node: Node, removals: Removal[]): void {
  const parent = node.parentNode!;
  removals.push([node, parent, node.nextSibling]);
  parent.removeChild(node);
}

/** Removes every node after `next` (and after each ancestor of `parent` in turn) up to the root. */
function removeFollowing(root: Node, parent: Node, next: Node | null, include: ArticleFilter, removals: Removal[]): void {
  for (;;) {
    const following: Node[] = [];
    for (let sibling = next; sibling; sibling = sibling.nextSibling) {
      if (parent !== root || include(sibling)) following.push(sibling);
    }
    // Last first, so each node records the nearest kept sibling it must go back before.
    for (const node of following.reverse()) remove(node, removals);
    if (parent === root || !parent.parentNode) return;
    next = parent.nextSibling;
    parent = parent.parentNode;
  }
}

/** Removes the wrappers around the cut that it left with nothing to see (a list item a break marker opened, say). */
function removeEmptiedWrappers(root: Node, container: Node, removals: Removal[]): void {
  let wrapper = container;
  while (wrapper !== root && wrapper.nodeType === Node.ELEMENT_NODE && wrapper.parentNode && !hasContent(wrapper as Element)) {
    const parent = wrapper.parentNode;
    remove(wrapper, removals);
    wrapper = parent;
  }
}

/**
 * Cuts the article at a boundary: the text after it in its text node, and every node after it
 * up to the root, leave the document; ancestors stay, so the markup stays valid, unless the cut
 * leaves them empty. Root children that `include` rejects (the gate's own slotted parts) are
 * left alone. Returns the function that puts back the very same nodes, in place, with their
 * listeners.
 */
export function cutAt(root: Node, at: Boundary, include: ArticleFilter = () => true): () => void {
  const removals: Removal[] = [];
  let restoreText = () => {};
  let container = at.node;
  let next: Node | null = at.node.childNodes[at.offset] ?? null;
  if (at.node.nodeType === Node.TEXT_NODE) {
    const node = at.node as Text;
    const data = node.data;
    node.data = data.slice(0, at.offset);
    restoreText = () => (node.data = data);
    container = node.parentNode!;
    next = node.nextSibling;
  }
  removeFollowing(root, container, next, include, removals);
  removeEmptiedWrappers(root, container, removals);
  return () => {
    // Latest first: each node goes back before a sibling that is back already.
    for (let i = removals.length - 1; i >= 0; i--) {
      const [node, parent, nextSibling] = removals[i];
      parent.insertBefore(node, nextSibling?.parentNode === parent ? nextSibling : null);
    }
    restoreText();
  };
}

/**
 * The nodes wholly past a boundary at the highest level below the root that has any: the blocks
 * after the one that holds the cut. (A cut inside a paragraph leaves that paragraph's end out.)
 */
export function nodesPast(root: Node, at: Boundary, include: ArticleFilter = () => true): Node[] {
  let parent = at.node;
  let next: Node | null = at.node.nodeType === Node.TEXT_NODE ? at.node.nextSibling : (at.node.childNodes[at.offset] ?? null);
  if (at.node.nodeType === Node.TEXT_NODE) parent = at.node.parentNode!;
  let found: Node[] = [];
  for (;;) {
    const following: Node[] = [];
    for (let sibling = next; sibling; sibling = sibling.nextSibling) if (parent !== root || include(sibling)) following.push(sibling);
    if (following.length > 0) found = following;
    if (parent === root || !parent.parentNode) return found;
    next = parent.nextSibling;
    parent = parent.parentNode;
  }
}
