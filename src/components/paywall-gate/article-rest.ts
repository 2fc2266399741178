/**
 * Hard mode's rest of the article, once in the page: it belongs to one article. When the gate
 * moves on to another (a single-page app changing `article-id`), the rest it added goes.
 */
export class ArticleRest {
  private readonly host: HTMLElement;
  /** What this gate added, and for which article. */
  private added?: { articleId: string; nodes: ChildNode[] };

  constructor(host: HTMLElement) {
    this.host = host;
  }

  /** Whether the rest of this article is in the page already. */
  isIn(articleId: string): boolean {
    return this.added?.articleId === articleId;
  }

  /** Appends the rest of an article, after the preview, in place of another article's rest. */
  append(rest: DocumentFragment, articleId: string): void {
    this.remove();
    const nodes = [...rest.childNodes];
    (this.host.querySelector(':scope > article') ?? this.host).append(rest);
    this.added = { articleId, nodes };
  }

  /** Takes out the rest this gate added. */
  remove(): void {
    for (const node of this.added?.nodes ?? []) node.remove();
    this.added = undefined;
  }
}
