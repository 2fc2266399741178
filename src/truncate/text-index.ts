import { after, articleStart, isPreformatted } from './elements.js';
import type { ArticleFilter, Boundary } from './types.js';
import { articleEvents, type ArticleEvent } from './walk.js';

/** Stands for each block boundary and line break in the text, so words never run across them. */
export const SEPARATOR = '\u2029';

/**
 * The article's text as one string, read lazily: blocks and line breaks separated, with where
 * each text node and each medium starts in it. Positions in the string map back to DOM
 * boundaries, so a preview measured in the string can be cut in the document.
 */
export class TextIndex {
  text = '';
  /** Whether the whole article has been read. */
  complete = false;
  readonly nodes: Text[] = [];
  readonly starts: number[] = [];
  /** Where each medium stands in the text. */
  readonly media: number[] = [];
  /** For each text node, whether it sits in preformatted text (`<pre>`), whose white space is shown as written. */
  private readonly _preformatted: boolean[] = [];
  private _preformattedDepth = 0;
  private readonly _events: Iterator<ArticleEvent, void>;

  constructor(
    private readonly _root: Node,
    include: ArticleFilter,
  ) {
    this._events = articleEvents(_root, include);
  }

  /**
   * Reads on until the text holds at least `length` characters and ends at a separator, or the
   * article ends. Text segmented up to a separator segments as it does in the whole text, since
   * no word and no grapheme runs across one.
   */
  readTo(length: number): void {
    while (!this.complete && (this.text.length < length || !this.text.endsWith(SEPARATOR))) this._readNext();
  }

  private _readNext(): void {
    const next = this._events.next();
    if (next.done) {
      this.complete = true;
      return;
    }
    const event = next.value;
    if (event.kind === 'text') {
      this.nodes.push(event.node);
      this.starts.push(this.text.length);
      this._preformatted.push(this._preformattedDepth > 0);
      this.text += event.node.data;
    } else if (event.kind === 'media') {
      this.media.push(this.text.length);
    } else {
      this.text += SEPARATOR;
      if (event.kind !== 'line-break' && isPreformatted(event.element)) this._preformattedDepth += event.kind === 'block-start' ? 1 : -1;
    }
  }

  /** The text node a position falls in: the last one starting before it (the first, for position 0). */
  private _nodeIndexAt(position: number): number {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if (this.starts[middle] < position) low = middle;
      else high = middle - 1;
    }
    return low;
  }

  isPreformattedAt(position: number): boolean {
    return this._preformatted[this._nodeIndexAt(position + 1)] ?? false;
  }

  /** Whether a medium stands after a position (or at it, `atToo`). */
  hasMediaAfter(position: number, atToo: boolean): boolean {
    return this.media.some((at) => at > position || (atToo && at === position));
  }

  /**
   * The DOM boundary at a position of the text: in the text node holding it. A cut inside a
   * `<ruby>` moves after it, so that a base text never loses its reading.
   */
  boundaryAt(position: number): Boundary {
    const nodeIndex = this._nodeIndexAt(position);
    const node = this.nodes[nodeIndex];
    const ruby = node.parentElement?.closest('ruby');
    if (ruby && ruby !== this._root && this._root.contains(ruby)) return after(ruby);
    return { node, offset: Math.max(0, Math.min(node.data.length, position - this.starts[nodeIndex])) };
  }
}

/** How far a scan of the text got: units counted, where the preview ends, and whether a unit follows it. */
export interface TextScan {
  count: number;
  end: number;
  more: boolean;
}

/**
 * Where a preview measured in the text ends, or `null` when it holds the whole article.
 * Segmenting costs time in proportion to the text given, so the scan gets the text up to the
 * first separator past `windowLength`, which should hold the preview: the article's length then
 * hardly matters. Its result stands when a unit follows the cut in it; else the scan runs again
 * over a window four times as long, so that the text is scanned less than twice over in all.
 */
export function cutWhereScanEnds(
  root: Node,
  include: ArticleFilter,
  windowLength: number,
  scan: (text: string, index: TextIndex) => TextScan,
): Boundary | null {
  const index = new TextIndex(root, include);
  index.readTo(windowLength);
  let result = scan(index.text, index);
  while (!result.more && !index.complete) {
    index.readTo(index.text.length * 4);
    result = scan(index.text, index);
  }
  // Every unit fits; media after the last one still make the article longer than the preview.
  if (!result.more && !index.hasMediaAfter(result.end, result.count === 0)) return null;
  if (index.nodes.length === 0) return articleStart(root, include);
  return index.boundaryAt(result.end);
}
