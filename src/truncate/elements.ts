import type { ArticleFilter, Boundary } from './types.js';

/** Media, embeds and ad slots: they count as no words, and go when they fall after the cut. */
const MEDIA = 'img,picture,figure,iframe,video,audio,svg,canvas,object,embed,[data-ad],[data-paywall-media],.ad';
/** Never rendered as text (`<rt>` and `<rp>` are a ruby's reading and its fallback brackets, not words of the text). */
const SKIPPED = new Set(['script', 'style', 'template', 'noscript', 'rt', 'rp']);
/**
 * HTML's phrasing content: the elements that flow inside a line, so a word may run through them
 * (`user<bdi>name</bdi>`). From the content model of the HTML standard, with the obsolete
 * phrasing elements pages still use. Every other element (flow blocks, list items, table parts,
 * and unknown or custom elements, to be safe) separates words.
 */
const PHRASING = new Set([
  ...['a', 'abbr', 'area', 'audio', 'b', 'bdi', 'bdo', 'button', 'canvas', 'cite', 'code', 'data', 'datalist', 'del', 'dfn', 'em'],
  ...['embed', 'i', 'iframe', 'img', 'input', 'ins', 'kbd', 'label', 'link', 'map', 'mark', 'meta', 'meter', 'object', 'output'],
  ...['picture', 'progress', 'q', 'ruby', 'rb', 'rtc', 's', 'samp', 'select', 'slot', 'small', 'span', 'strong', 'sub', 'sup'],
  ...['textarea', 'time', 'u', 'var', 'video', 'wbr'],
  ...['acronym', 'big', 'blink', 'font', 'nobr', 'strike', 'tt'],
]);
/** Blocks whose white space the browser keeps as written. */
const PREFORMATTED = new Set(['pre', 'listing', 'plaintext', 'xmp']);
const HTML_NAMESPACE = 'http://www.w3.org/1999/xhtml';

/**
 * How the article walk treats an element: not at all (`skipped`), as one piece that counts no
 * words (`media`), as a line break, as part of a line (`inline`), or as a block between lines.
 */
export type ElementRole = 'skipped' | 'media' | 'line-break' | 'inline' | 'block';

/** Whether an element flows inside a line: HTML phrasing content. */
export function isInline(element: Element): boolean {
  return element.namespaceURI === HTML_NAMESPACE && PHRASING.has(element.localName);
}

export function roleOf(element: Element): ElementRole {
  if (SKIPPED.has(element.localName)) return 'skipped';
  if (element.matches(MEDIA)) return 'media';
  if (element.localName === 'br') return 'line-break';
  return isInline(element) ? 'inline' : 'block';
}

export const isHeading = (element: Element): boolean => /^h[1-6]$/.test(element.localName);
export const isPreformatted = (element: Element): boolean => PREFORMATTED.has(element.localName);

export function before(node: Node): Boundary {
  const parent = node.parentNode!;
  return { node: parent, offset: Array.prototype.indexOf.call(parent.childNodes, node) };
}

export function after(node: Node): Boundary {
  const boundary = before(node);
  return { node: boundary.node, offset: boundary.offset + 1 };
}

/** Before the first piece of article content: a preview of nothing. */
export function articleStart(root: Node, include: ArticleFilter): Boundary | null {
  const first = [...root.childNodes].find(include);
  return first ? before(first) : null;
}
