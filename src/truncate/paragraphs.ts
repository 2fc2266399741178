import { after, isParagraph, isTextBlock, walk } from './elements.js';
import type { ArticleFilter, Boundary } from './types.js';

/** `undefined` when the article's text sits in no paragraph at all (loose text and `<br>`s). */
export function cutByParagraphs(root: Node, length: number, include: ArticleFilter): Boundary | null | undefined {
  const openTextBlocks: Element[] = [];
  const blocksWithText = new Set<Element>();
  let count = 0;
  let looseText = false;
  let cut: Boundary | null = null;
  // Whether anything with content follows the cut: else the preview holds the whole article.
  let contentAfterCut = false;
  walk(root, include, {
    text(node) {
      if (!/\S/.test(node.data)) return;
      if (cut) contentAfterCut = true;
      const paragraph = openTextBlocks.at(-1);
      if (paragraph) blocksWithText.add(paragraph);
      else looseText = true;
    },
    media() {
      if (cut) contentAfterCut = true;
    },
    enter(element) {
      if (isTextBlock(element)) openTextBlocks.push(element);
    },
    leave(element) {
      if (!isTextBlock(element)) return;
      openTextBlocks.pop();
      if (cut || !isParagraph(element) || !blocksWithText.has(element)) return;
      count++;
      if (count >= length) cut = after(element);
    },
  });
  if (count === 0 && looseText) return undefined;
  return contentAfterCut ? cut : null;
}
