/**
 * The truncation engine: where an article's preview ends, and cutting it there so that what
 * follows leaves the document (kept in memory, restored node for node). Pure functions over
 * DOM nodes; no rendering. One walk over the article, so the cost grows linearly with it.
 */

export type PreviewUnit = 'words' | 'characters' | 'paragraphs';

export interface PreviewOptions {
  length: number;
  unit: PreviewUnit;
  /** Language for word boundaries (Chinese and Thai need a dictionary); default the browser's. */
  locale?: string;
}

/** A DOM boundary point, as a Range has one: in a text node at a character offset, or between an element's children. */
export interface Boundary {
  node: Node;
  offset: number;
}

/** Media, embeds and ad slots: they count as no words, and go when they fall after the cut. */
const MEDIA = 'img,picture,figure,iframe,video,audio,svg,canvas,object,embed,[data-ad],[data-paywall-media],.ad';
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);
const BLOCKS = new Set(
  'ADDRESS ARTICLE ASIDE BLOCKQUOTE BR DD DETAILS DIV DL DT FIGCAPTION FOOTER H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN NAV OL P PRE SECTION SUMMARY TABLE TD TH TR UL'.split(' '),
);
/** Blocks that count as a paragraph when text sits in them directly. Headings do not. */
const PARAGRAPHS = new Set('P LI PRE BLOCKQUOTE DD DT TD TH DIV'.split(' '));
/** Stands between blocks in the text index, so words never run across them. */
const SEPARATOR = '\u2029';

/** Article content of the root: its children that `include` accepts, and everything under them. */
type Include = (child: Node) => boolean;

interface Walker {
  text(node: Text): void;
  media(el: Element): void;
  enter?(el: Element): void;
  leave?(el: Element): boolean | void;
}

/** Depth-first over the article; `leave` returning true stops the walk. */
function walk(root: Node, include: Include, visit: Walker): boolean {
  const visitNode = (node: Node): boolean => {
    if (node.nodeType === Node.TEXT_NODE) {
      visit.text(node as Text);
      return false;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return false;
    const el = node as Element;
    if (SKIPPED.has(el.tagName)) return false;
    if (el.matches(MEDIA)) {
      visit.media(el);
      return false;
    }
    visit.enter?.(el);
    for (let child = el.firstChild; child; child = child.nextSibling) if (visitNode(child)) return true;
    return visit.leave?.(el) === true;
  };
  for (let child = root.firstChild; child; child = child.nextSibling) {
    if (include(child) && visitNode(child)) return true;
  }
  return false;
}

/** The marker a publisher puts where the preview must end: `<hr data-paywall-break>`. */
export function breakMarker(root: Element, include: Include = () => true): Element | undefined {
  for (const marker of root.querySelectorAll('[data-paywall-break]')) {
    let top: Node = marker;
    while (top.parentNode !== root) top = top.parentNode!;
    if (include(top)) return marker;
  }
  return undefined;
}

/** Before the first piece of article content: a preview of nothing. */
function start(root: Node, include: Include): Boundary | null {
  for (let child = root.firstChild; child; child = child.nextSibling) if (include(child)) return before(child);
  return null;
}

const before = (node: Node): Boundary => ({ node: node.parentNode!, offset: Array.prototype.indexOf.call(node.parentNode!.childNodes, node) });
const after = (node: Node): Boundary => ({ node: node.parentNode!, offset: before(node).offset + 1 });

function cutByParagraphs(root: Node, length: number, include: Include): Boundary | null {
  const withText = new Set<Element>();
  const open: Element[] = [];
  let count = 0;
  let cut: Boundary | null = null;
  let more = false;
  const seen = () => {
    if (cut) more = true;
  };
  walk(root, include, {
    text(node) {
      if (!/\S/.test(node.data)) return;
      seen();
      const paragraph = open[open.length - 1];
      if (paragraph) withText.add(paragraph);
    },
    media: seen,
    enter(el) {
      if (PARAGRAPHS.has(el.tagName)) open.push(el);
    },
    leave(el) {
      if (!PARAGRAPHS.has(el.tagName)) return more;
      open.pop();
      if (!cut && withText.has(el) && ++count >= length) cut = after(el);
      return more;
    },
  });
  return more ? cut : null;
}

function cutByText(root: Node, { length, unit, locale }: PreviewOptions, include: Include): Boundary | null {
  // One string of the article's text, blocks separated, with where each text node starts in it.
  const nodes: Text[] = [];
  const starts: number[] = [];
  const media: number[] = [];
  let text = '';
  walk(root, include, {
    text(node) {
      nodes.push(node);
      starts.push(text.length);
      text += node.data;
    },
    media() {
      media.push(text.length);
    },
    enter(el) {
      if (BLOCKS.has(el.tagName)) text += SEPARATOR;
    },
    leave(el) {
      if (BLOCKS.has(el.tagName)) text += SEPARATOR;
    },
  });

  const graphemes = unit === 'characters' ? new Intl.Segmenter(locale, { granularity: 'grapheme' }) : undefined;
  const size = (s: string) => {
    let n = 0;
    for (const _grapheme of graphemes!.segment(s)) n++;
    return n;
  };
  // The cut goes after the last word (and its closing punctuation) once the quota is met, at
  // the start of the next word: never inside a word, a grapheme or an emoji.
  let count = 0;
  let end = 0;
  let sealed = false;
  let cutAt = -1;
  for (const { segment, index, isWordLike } of new Intl.Segmenter(locale, { granularity: 'word' }).segment(text)) {
    if (isWordLike) {
      if (count >= length) {
        cutAt = end;
        break;
      }
      count += unit === 'words' ? 1 : size(segment);
      end = index + segment.length;
      sealed = false;
    } else if (segment.includes(SEPARATOR)) {
      sealed = true;
    } else if (!sealed && /\S/.test(segment)) {
      if (unit === 'characters') count += size(segment);
      end = index + segment.length;
    } else if (unit === 'characters') {
      count += 1;
    }
  }
  if (cutAt < 0) {
    // Every word fits; media after the last word still make the article longer than the preview.
    if (!media.some((at) => at > end || (count === 0 && at >= end))) return null;
    cutAt = end;
  }
  if (nodes.length === 0) return start(root, include);
  // The text node holding the cut: the last one starting before it (or at it, for a cut at 0).
  let i = 0;
  while (i + 1 < nodes.length && starts[i + 1] < cutAt) i++;
  if (cutAt === 0) i = 0;
  return { node: nodes[i], offset: Math.max(0, Math.min(nodes[i].data.length, cutAt - starts[i])) };
}

/**
 * Where the preview ends: before a break marker if there is one, else after `length` units.
 * `null` when the preview holds the whole article (nothing to gate).
 */
export function findCut(root: Element, options: PreviewOptions, include: Include = () => true): Boundary | null {
  const marker = breakMarker(root, include);
  if (marker) return before(marker);
  if (!(options.length > 0)) return start(root, include);
  return options.unit === 'paragraphs'
    ? cutByParagraphs(root, options.length, include)
    : cutByText(root, options, include);
}

/**
 * Cuts the article at a boundary: the text after it in its text node, and every node after it
 * up to the root, leave the document; ancestors stay, so the markup stays valid. Root children
 * that `include` rejects (the gate's own slotted parts) are left alone. Returns the function
 * that puts back the very same nodes, in place, with their listeners.
 */
export function cutAt(root: Node, at: Boundary, include: Include = () => true): () => void {
  const removed: [node: Node, parent: Node, next: Node | null][] = [];
  let restoreText: (() => void) | undefined;
  let parent: Node;
  let next: Node | null;
  if (at.node.nodeType === Node.TEXT_NODE) {
    const node = at.node as Text;
    const data = node.data;
    node.data = data.slice(0, at.offset);
    restoreText = () => (node.data = data);
    parent = node.parentNode!;
    next = node.nextSibling;
  } else {
    parent = at.node;
    next = at.node.childNodes[at.offset] ?? null;
  }
  for (;;) {
    const doomed: Node[] = [];
    for (let n = next; n; n = n.nextSibling) if (parent !== root || include(n)) doomed.push(n);
    // Last first, so each node records the nearest kept sibling it must go back before.
    for (let i = doomed.length - 1; i >= 0; i--) {
      removed.push([doomed[i], parent, doomed[i].nextSibling]);
      parent.removeChild(doomed[i]);
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
    restoreText?.();
  };
}
