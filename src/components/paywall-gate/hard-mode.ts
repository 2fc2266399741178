import { fail, fetchText } from '../../entitlements/http.js';
import type { EndpointRequest, EntitlementContext } from '../../entitlements/sources.js';
import { fillUrl } from '../../format/placeholders.js';
import { safeUrl } from '../../url/safe-url.js';

/** The rest of an article may be long; past this it is refused. */
export const CONTENT_CAP = 2 ** 21;

/** A publisher's own cleaner (DOMPurify, say): HTML in, nodes or HTML out. Used instead of the built-in allow-list. */
export type Sanitizer = (html: string) => DocumentFragment | string;

/**
 * Hard mode: the rest of an article is not in the page, and comes from `content-url` only after
 * a grant, parsed inert and cleaned. It belongs to one article: when the gate moves on to
 * another (a single-page app changing `article-id`), the rest it added goes, and the new
 * article's rest is fetched.
 */
export class ArticleRest {
  /** `content-url`, a URL template checked already; unset outside hard mode. */
  template?: string;
  request: EndpointRequest = { credentials: 'include', timeout: 0 };
  /** Keeps embeds (`<iframe>`s from other origins), sandboxed. */
  allowEmbeds = false;
  /** Replaces the built-in cleaner. */
  sanitize?: Sanitizer;
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
   * Fetches and cleans the rest of the view's article. Throws a `RequestFailure`: parsing and
   * cleaning included (a page whose Trusted Types forbid parsing gets a failure, not an exception).
   */
  async fetch(context: EntitlementContext): Promise<DocumentFragment> {
    const url = safeUrl(fillUrl(this.template ?? '', { ...context }), document.baseURI) ?? '';
    const { credentials, headers, timeout } = this.request;
    const [{ text }, cleaner] = await Promise.all([
      fetchText(url, { credentials, headers }, timeout, CONTENT_CAP),
      // The cleaner is loaded only by pages in hard mode: in the script-tag build it is a file of its own.
      import('../../sanitize/article-html.js'),
    ]);
    if (!this.sanitize) return cleaner.cleanArticleHtml(text, { base: url, allowEmbeds: this.allowEmbeds });
    const cleaned = this.sanitize(text);
    if (typeof cleaned === 'string') return cleaner.parseInert(cleaned);
    if (cleaned instanceof DocumentFragment) return cleaned;
    throw fail('bad-shape');
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
