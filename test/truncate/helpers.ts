import { expect } from '@open-wc/testing';
import { cutAt, findCut, type PreviewOptions } from '../../src/truncate/truncate.js';

// An inert document: images in the fixtures load nothing.
const inertDocument = document.implementation.createHTMLDocument('');

/** A detached article root holding `html`. */
export function article(html: string): HTMLElement {
  const root = inertDocument.createElement('div');
  root.innerHTML = html;
  return root;
}

/** Cuts a fresh article and returns its markup, or null when there was nothing to gate. */
export function preview(html: string, options: Partial<PreviewOptions>): string | null {
  const root = article(html);
  const at = findCut(root, { length: 2, unit: 'words', ...options });
  if (!at) return null;
  cutAt(root, at);
  return root.innerHTML;
}

/** The words of `text` as `Intl.Segmenter` has them. */
export const segmenterWords = (text: string, locale?: string): string[] =>
  [...new Intl.Segmenter(locale, { granularity: 'word' }).segment(text)].filter((s) => s.isWordLike).map((s) => s.segment);

/** Every node under `root`, in document order. */
export function allNodes(root: Node): Node[] {
  const nodes: Node[] = [];
  const walker = root.ownerDocument!.createTreeWalker(root);
  while (walker.nextNode()) nodes.push(walker.currentNode);
  return nodes;
}

/** Asserts that two lists hold the very same nodes, in order: deep equality would take look-alikes. */
export function expectSameNodes(actual: (Node | null)[], expected: (Node | null)[], message = 'nodes'): void {
  expect(actual.length, message).to.equal(expected.length);
  actual.forEach((node, i) => expect(node === expected[i], `${message}: ${i}`).to.equal(true));
}
