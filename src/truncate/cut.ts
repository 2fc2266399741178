import type { ArticleFilter, Boundary } from './types.js';

/**
 * Cuts the article at a boundary: the text after it in its text node, and every node after it
 * up to the root, leave the document; ancestors stay, so the markup stays valid. Root children
 * that `include` rejects (the gate's own slotted parts) are left alone. Returns the function
 * that puts back the very same nodes, in place, with their listeners.
 */
export function cutAt(root: Node, at: Boundary, include: ArticleFilter = () => true): () => void {
  const removed: [node: Node, parent: Node, next: Node | null][] = [];
  let restoreText = () => {};
  let parent = at.node;
  let next: Node | null = at.node.childNodes[at.offset] ?? null;
  if (at.node.nodeType === Node.TEXT_NODE) {
    const node = at.node as Text;
    const data = node.data;
    node.data = data.slice(0, at.offset);
    restoreText = () => (node.data = data);
    parent = node.parentNode!;
    next = node.nextSibling;
  }
  for (;;) {
    const doomed: Node[] = [];
    for (let sibling = next; sibling; sibling = sibling.nextSibling) if (parent !== root || include(sibling)) doomed.push(sibling);
    // Last first, so each node records the nearest kept sibling it must go back before.
    for (const node of doomed.reverse()) {
      removed.push([node, parent, node.nextSibling]);
      parent.removeChild(node);
    }
    if (parent === root || !parent.parentNode) break;
    next = parent.nextSibling;
    parent = parent.parentNode;
  }
  return () => {
    for (let i = removed.length - 1; i >= 0; i--) {
      const [node, into, before] = removed[i];
      into.insertBefore(node, before?.parentNode === into ? before : null);
    }
    restoreText();
  };
}
