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

  /**
   * Appends the rest of an article after the preview, in place of another article's rest, in an
   * element with the gated class, which a search engine's `hasPart` selector names.
   */
  append(rest: DocumentFragment, articleId: string, gatedClass: string): void {
    this.remove();
    const part = document.createElement('div');
    part.className = gatedClass;
    part.append(rest);
    (this.host.querySelector(':scope > article') ?? this.host).append(part);
    this.added = { articleId, nodes: [part] };
  }

  /** Takes out the rest this gate added. */
  remove(): void {
    for (const node of this.added?.nodes ?? []) node.remove();
    this.added = undefined;
  }
}
