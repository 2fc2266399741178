/**
 * The truncation engine: where an article's preview ends, and cutting it there so that what
 * follows leaves the document (kept in memory, restored node for node). Pure functions over
 * DOM nodes; no rendering. One walk over the article, so the cost grows linearly with it, and
 * word segmentation only over as much text as the preview needs.
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
/** `Node.TEXT_NODE` and `Node.ELEMENT_NODE`, as numbers the minifier can inline. */
const TEXT = 3;
const ELEMENT = 1;
/** Stands between blocks in the text index, so words never run across them. */
const SEPARATOR = '\u2029';
/** Scripts written without spaces between words (Han, kana, Thai, Lao, Khmer, Myanmar): only there does a word take a dictionary. */
const UNSPACED = /[\p{sc=Hani}\p{sc=Hira}\p{sc=Kana}\p{sc=Thai}\p{sc=Laoo}\p{sc=Khmr}\p{sc=Mymr}]/u;
/**
 * A word much as `Intl.Segmenter` has it: letters, digits, marks and connectors (`_`), with the
 * invisible format characters inside words (soft hyphen, zero-width joiners); an apostrophe or a
 * Hebrew-style `"` joins letters (`don't`, `צה"ל`), a full stop or comma joins digits (`3.5`,
 * `10,000`). Or any other character. Its segments for such text, without the Segmenter's start-up
 * cost (its data loads on first use).
 */
const WORDS = /([\p{L}\p{N}\p{M}_][\p{L}\p{N}\p{M}\p{Cf}_]*(?:['’"][\p{L}\p{N}\p{M}\p{Cf}_]+|[.,]\p{N}+)*)|[^]/gu;

/** Article content of the root: its children that `include` accepts, and everything under them. */
type Include = (child: Node) => boolean;

interface Walker {
  text(node: Text): void;
  media(el: Element): void;
  enter(el: Element): void;
  leave(el: Element): void;
}

/** Depth-first over the article: its text, its media (not entered) and each element around them. */
function walk(root: Node, include: Include, visit: Walker): void {
  const visitNode = (node: Node) => {
    if (node.nodeType === TEXT) return visit.text(node as Text);
    const el = node as Element;
    if (node.nodeType !== ELEMENT || SKIPPED.test(el.tagName)) return;
    if (el.matches(MEDIA)) return visit.media(el);
    visit.enter(el);
    el.childNodes.forEach(visitNode);
    visit.leave(el);
  };
  root.childNodes.forEach((child) => include(child) && visitNode(child));
}

/** The marker a publisher puts where the preview must end: `<hr data-paywall-break>`, in the article. */
const breakMarker = (root: Element, include: Include) =>
  [...root.querySelectorAll('[data-paywall-break]')].find((marker) => {
    let top: Node = marker;
    while (top.parentNode !== root) top = top.parentNode!;
    return include(top);
  });

/** Before the first piece of article content: a preview of nothing. */
function start(root: Node, include: Include): Boundary | null {
  const first = [...root.childNodes].find(include);
  return first ? before(first) : null;
}

const before = (node: Node): Boundary => ({ node: node.parentNode!, offset: [...node.parentNode!.childNodes].indexOf(node as ChildNode) });
const after = (node: Node): Boundary => ({ node: node.parentNode!, offset: before(node).offset + 1 });

/** `undefined` when the article's text sits in no paragraph at all (loose text and `<br>`s). */
function cutByParagraphs(root: Node, length: number, include: Include): Boundary | null | undefined {
  const open: Element[] = [];
  const withText = new Set<Element>();
  let count = 0;
  let loose = false;
  let cut: Boundary | null = null;
  // Whether anything with content follows the cut: else the preview holds the whole article.
  let more = false;
  walk(root, include, {
    text(node) {
      if (!/\S/.test(node.data)) return;
      more ||= !!cut;
      const paragraph = open.at(-1);
      if (paragraph) withText.add(paragraph);
      else loose = true;
    },
    media: () => (more ||= !!cut),
    enter: (el) => TEXT_BLOCKS.test(el.tagName) && open.push(el),
    leave(el) {
      if (TEXT_BLOCKS.test(el.tagName) && open.pop() && !cut && PARAGRAPHS.test(el.tagName) && withText.has(el) && ++count >= length)
        cut = after(el);
    },
  });
  return count === 0 && loose ? undefined : more ? cut : null;
}

/** How many words stand in for a paragraph when an article has no paragraph elements. */
export const WORDS_PER_PARAGRAPH = 50;

function cutByText(root: Node, { length, unit, locale }: PreviewOptions, include: Include): Boundary | null {
  // One string of the article's text, blocks separated, with where each text node starts in it.
  const nodes: Text[] = [];
  const starts: number[] = [];
  const media: number[] = [];
  let text = '';
  const block = (el: Element) => {
    if (!INLINE.test(el.tagName)) text += SEPARATOR;
  };
  walk(root, include, {
    text(node) {
      nodes.push(node);
      starts.push(text.length);
      text += node.data;
    },
    media() {
      media.push(text.length);
    },
    enter: block,
    leave: block,
  });

  const chars = unit === 'characters';
  const graphemes = chars && new Intl.Segmenter(locale, { granularity: 'grapheme' });
  const size = (s: string) => (graphemes ? [...graphemes.segment(s)].length : 1);
  const segments = (slice: string) =>
    chars || UNSPACED.test(slice)
      ? new Intl.Segmenter(locale, { granularity: 'word' }).segment(slice)
      : Array.from(slice.matchAll(WORDS), (m) => ({ segment: m[0], index: m.index!, isWordLike: m[1] }));
  // The cut goes after the last word (and its closing punctuation) once the quota is met, at
  // the start of the next word: never inside a word, a grapheme or an emoji. Gives the count,
  // where the last word counted ends, and whether a word was left over.
  const scan = (slice: string): [count: number, end: number, more?: boolean] => {
    let count = 0;
    let end = 0;
    for (const { segment, index, isWordLike } of segments(slice)) {
      if (isWordLike) {
        if (count >= length) return [count, end, true];
        count += size(segment);
        end = index + segment.length;
      } else if (index === end && /\S/.test(segment)) {
        // Punctuation right after the word (a full stop, a closing quote) stays with it; an
        // opening quote or bracket after a space belongs to the next word, and goes.
        if (chars) count += size(segment);
        end = index + segment.length;
      } else if (chars) {
        count += 1;
      }
    }
    return [count, end];
  };
  // Segmenting costs time in proportion to the text given, so first give it a window that
  // should hold the preview: the article's length then hardly matters. Its result stands only
  // when a word follows the cut inside the window, which a word cut off at its edge cannot be.
  let result = scan(text.slice(0, Math.max(4096, length * 32)));
  if (!result[2]) result = scan(text);
  const [count, cutAt, more] = result;
  // Every word fits; media after the last word still make the article longer than the preview.
  if (!more && !media.some((at) => at > cutAt || (count === 0 && at >= cutAt))) return null;
  if (nodes.length === 0) return start(root, include);
  // The text node holding the cut: the last one starting before it (the first, for a cut at 0).
  let i = 0;
  while (i + 1 < nodes.length && starts[i + 1] < cutAt) i++;
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
  if (options.unit !== 'paragraphs') return cutByText(root, options, include);
  const cut = cutByParagraphs(root, options.length, include);
  return cut !== undefined ? cut : cutByText(root, { ...options, unit: 'words', length: options.length * WORDS_PER_PARAGRAPH }, include);
}

/**
 * Cuts the article at a boundary: the text after it in its text node, and every node after it
 * up to the root, leave the document; ancestors stay, so the markup stays valid. Root children
 * that `include` rejects (the gate's own slotted parts) are left alone. Returns the function
 * that puts back the very same nodes, in place, with their listeners.
 */
export function cutAt(root: Node, at: Boundary, include: Include = () => true): () => void {
  const removed: [node: Node, parent: Node, next: Node | null][] = [];
  let restoreText = () => {};
  let parent = at.node;
  let next: Node | null = at.node.childNodes[at.offset] ?? null;
  if (at.node.nodeType === TEXT) {
    const node = at.node as Text;
    const data = node.data;
    node.data = data.slice(0, at.offset);
    restoreText = () => (node.data = data);
    parent = node.parentNode!;
    next = node.nextSibling;
  }
  for (;;) {
    const doomed: Node[] = [];
    for (let n = next; n; n = n.nextSibling) if (parent !== root || include(n)) doomed.push(n);
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
