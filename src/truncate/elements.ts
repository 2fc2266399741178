import type { ArticleFilter, Boundary } from './types.js';

/** Media, embeds and ad slots: they count as no words, and go when they fall after the cut. */
export const MEDIA = 'img,picture,figure,iframe,video,audio,svg,canvas,object,embed,[data-ad],[data-paywall-media],.ad';
const SKIPPED = /^(SCRIPT|STYLE|TEMPLATE|NOSCRIPT)$/;
/**
 * Elements that flow inside a line. Every other element (blocks, `<br>`, and unknown or custom
 * elements, to be safe) separates words, so that words never run together across it.
 */
const INLINE = /^(A|ABBR|B|CITE|CODE|DEL|EM|FONT|I|INS|MARK|Q|S|SMALL|SPAN|STRONG|SUB|SUP|TIME|U|WBR)$/;
/** Blocks that count as a paragraph when text sits in them directly. */
const PARAGRAPHS = /^(P|LI|PRE|BLOCKQUOTE|DD|DT|TD|TH|DIV)$/;
/** Blocks that take their own text: paragraphs, and headings (which do not count as paragraphs). */
const TEXT_BLOCKS = /^(P|LI|PRE|BLOCKQUOTE|DD|DT|TD|TH|DIV|H\d)$/;

export const isInline = (element: Element) => INLINE.test(element.tagName);
export const isParagraph = (element: Element) => PARAGRAPHS.test(element.tagName);
export const isTextBlock = (element: Element) => TEXT_BLOCKS.test(element.tagName);

export interface Walker {
  text(node: Text): void;
  media(element: Element): void;
  enter(element: Element): void;
  leave(element: Element): void;
}

/** Depth-first over the article: its text, its media (not entered) and each element around them. */
export function walk(root: Node, include: ArticleFilter, visit: Walker): void {
  const visitNode = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) return visit.text(node as Text);
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const element = node as Element;
    if (SKIPPED.test(element.tagName)) return;
    if (element.matches(MEDIA)) return visit.media(element);
    visit.enter(element);
    element.childNodes.forEach(visitNode);
    visit.leave(element);
  };
  root.childNodes.forEach((child) => {
    if (include(child)) visitNode(child);
  });
}

export const before = (node: Node): Boundary => ({
  node: node.parentNode!,
  offset: [...node.parentNode!.childNodes].indexOf(node as ChildNode),
});
export const after = (node: Node): Boundary => ({ node: node.parentNode!, offset: before(node).offset + 1 });

/** Before the first piece of article content: a preview of nothing. */
export function articleStart(root: Node, include: ArticleFilter): Boundary | null {
  const first = [...root.childNodes].find(include);
  return first ? before(first) : null;
}
