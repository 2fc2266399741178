import { after, before, isHeading } from './elements.js';
import type { ArticleFilter, Boundary } from './types.js';
import { articleEvents, type ArticleEvent } from './walk.js';

/**
 * Counts paragraphs as the reader sees them: runs of text between block edges or `<br><br>`
 * runs (many content systems join paragraphs so inside one wrapper). A run counts when it holds
 * visible text and is no heading.
 */
class ParagraphCounter {
  count = 0;
  /** Where the `length`th paragraph ends. */
  cut: Boundary | null = null;
  textAfterCut = false;
  mediaAfterCut = false;
  private _runHasText = false;
  private _runIsHeading = false;
  private _headingDepth = 0;
  private _lineBreaksInRow = 0;
  private _firstLineBreak: Element | null = null;

  constructor(private readonly _length: number) {}

  read(event: ArticleEvent): void {
    if (event.kind === 'text') {
      if (!/\S/.test(event.node.data)) return;
      if (this.cut) this.textAfterCut = true;
      this._runHasText = true;
      this._runIsHeading = this._headingDepth > 0;
      this._lineBreaksInRow = 0;
    } else if (event.kind === 'media') {
      if (this.cut) this.mediaAfterCut = true;
      this._lineBreaksInRow = 0;
    } else if (event.kind === 'line-break') {
      this._lineBreaksInRow++;
      if (this._lineBreaksInRow === 1) this._firstLineBreak = event.element;
      // The second `<br>` in a row ends the paragraph before the first.
      if (this._lineBreaksInRow === 2) this.endRun(() => before(this._firstLineBreak!));
    } else if (event.kind === 'block-start') {
      this.endRun(() => before(event.element));
      if (isHeading(event.element)) this._headingDepth++;
    } else {
      this.endRun(() => after(event.element));
      if (isHeading(event.element)) this._headingDepth--;
    }
  }

  /** Ends the current run of text; `boundary` gives where it ends, asked only if the preview ends there. */
  endRun(boundary: () => Boundary): void {
    this._lineBreaksInRow = 0;
    if (!this._runHasText) return;
    this._runHasText = false;
    if (this._runIsHeading) return;
    this.count++;
    if (this.count === this._length) this.cut = boundary();
  }
}

/**
 * Where a preview of `length` paragraphs ends; `null` when the article has no more paragraphs
 * (and no media after them). `undefined` when the article's text forms fewer than two
 * paragraphs: it has no structure to count, and the caller measures it in words instead.
 */
export function cutByParagraphs(root: Node, length: number, include: ArticleFilter): Boundary | null | undefined {
  const counter = new ParagraphCounter(length);
  for (const event of articleEvents(root, include)) {
    counter.read(event);
    // Text after the cut is a further paragraph: the article has structure, and more to gate.
    if (counter.textAfterCut) return counter.cut;
  }
  // The last run ends with the article.
  counter.endRun(() => ({ node: root, offset: root.childNodes.length }));
  if (counter.count < 2) return undefined;
  return counter.mediaAfterCut ? counter.cut : null;
}
