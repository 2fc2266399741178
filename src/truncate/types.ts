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

/** Which children of the root are article content (the rest, such as a gate's slotted parts, are left alone). */
export type ArticleFilter = (child: Node) => boolean;
