/**
 * What a preview's length counts: `words` as `Intl.Segmenter` finds them; `characters` as the
 * reader sees them (grapheme clusters of the rendered text, white space collapsed, nothing for
 * block edges or line breaks), the cut then going to the end of the word; `paragraphs`, runs of
 * text between block edges or `<br><br>` runs, headings aside.
 */
export type PreviewUnit = 'words' | 'characters' | 'paragraphs';

export interface PreviewOptions {
  length: number;
  unit: PreviewUnit;
  /** Language for word boundaries (Chinese and Thai need a dictionary); default the browser's. */
  locale?: string;
  /** Elements where the preview ends, whatever its length, besides `[data-paywall-break]`: the gated part the page marked (`.paywall`). */
  breakSelector?: string;
}

/** A DOM boundary point, as a Range has one: in a text node at a character offset, or between an element's children. */
export interface Boundary {
  node: Node;
  offset: number;
}

/** Which children of the root are article content (the rest, such as a gate's slotted parts, are left alone). */
export type ArticleFilter = (child: Node) => boolean;
