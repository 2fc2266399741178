import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { createEntitlementClient, FAILURE, type EntitlementClient, type View } from '../../entitlements/client.js';
import type { Entitlement, GateState } from '../../entitlements/entitlement.js';
import { failureOf, type RequestFailure } from '../../entitlements/http.js';
import { readerId } from '../../entitlements/reader-id.js';
import { emit } from '../../util/emit.js';
import { warnOnce, type Problem } from '../../util/warn.js';
import type { ArticleController } from './article-controller.js';
import type { GateErrorDetail } from './gate-events.js';
import { FAILURE_SOURCE, readClientSettings, readPreviewSettings, viewOf, type GateProperties } from './gate-settings.js';
import { ArticleRest } from './article-rest.js';
import type { HardMode } from './hard-mode.js';
import type { PageGate, PageScope } from './page-scope.js';

/** What the controller asks of its gate. */
export interface DecidingHost extends ReactiveControllerHost, HTMLElement, GateProperties {
  entitlement?: Entitlement | null;
  readonly state: GateState;
}

/**
 * Asks for the gate's decisions and applies them: reads the entitlement settings, asks the
 * client, reports failures (a warning naming the attribute, and `paywall-error`), and in hard
 * mode fetches the rest of the article after a grant. Only the newest question's answer is
 * used: a newer question, a decision the page sets, or the gate's removal drop the others.
 */
export class EntitlementController implements ReactiveController, PageGate {
  private readonly host: DecidingHost;
  private readonly scope: PageScope;
  private readonly article: ArticleController;
  /** Hard mode's rest of the article, once in the page. */
  private readonly rest: ArticleRest;
  /** How hard mode fetches, when `content-url` is set. */
  private hardMode?: HardMode;
  private client?: EntitlementClient;
  /** Counts questions: only the newest one's answer is used. */
  private questions = 0;
  /** The last decision this controller made, to tell it from one the page set. */
  private decided?: Entitlement;
  /** The article the last question was about. */
  private articleAsked?: string;
  /** Questions still out, each resolving once answered and applied, or dropped. */
  private readonly asking = new Set<Promise<void>>();

  constructor(host: DecidingHost, scope: PageScope, article: ArticleController) {
    this.host = host;
    this.scope = scope;
    this.article = article;
    this.rest = new ArticleRest(host);
    host.addController(this);
  }

  /** Resolves once every question out is answered (applied, or dropped) and the gate has rendered. */
  get complete(): Promise<void> {
    return (async () => {
      // A gate not yet updated has not asked its first question yet.
      await this.host.updateComplete;
      while (this.asking.size > 0) await Promise.all(this.asking);
      await this.host.updateComplete;
    })();
  }

  /** The article the gate is about now. */
  get articleId(): string {
    return viewOf(this.host).articleId;
  }

  hostConnected(): void {
    this.scope.gates.add(this);
    // Back on the page after a move: the answer dropped on leaving is asked for again (the same view: fresh).
    if (this.client) void this.ask(true);
  }

  hostDisconnected(): void {
    this.scope.gates.delete(this);
    // An answer still on its way is for a gate no longer on the page.
    this.questions += 1;
  }

  /** Reads the settings and asks the first question, when the gate starts. */
  begin(): void {
    this.start();
    void this.ask(false);
  }

  /** Reads the settings again and asks again, skipping kept answers. */
  restart(): Promise<void> {
    this.start();
    return this.ask(true);
  }

  /** Kept answers go, and this gate and every other gate of its article on the page ask again. */
  refreshArticle(): Promise<void> {
    this.scope.answers.forget();
    const articleId = this.articleId;
    const gates = new Set<PageGate>([this, ...[...this.scope.gates].filter((gate) => gate.articleId === articleId)]);
    return Promise.all([...gates].map((gate) => gate.restart())).then(() => undefined);
  }

  /** Reads the entitlement settings: when the gate starts (frameworks set them all before that), and on `refresh()`. */
  private start(): void {
    const problems: Problem[] = [];
    const { client, hardMode } = readClientSettings(this.host, document.baseURI, problems);
    this.client = createEntitlementClient({ ...client, store: this.scope.answers, device: this.scope.device });
    const { contentUrl, sanitize, allowEmbeds } = hardMode;
    const request = { credentials: client.credentials ?? 'include', headers: client.headers, timeout: client.timeout ?? 0 };
    this.hardMode = contentUrl ? { template: contentUrl, request, sanitize, allowEmbeds } : undefined;
    warnOnce(this.host, problems);
  }

  /** When the page sets `entitlement` itself, its decision is the newest: questions still out are dropped. */
  takeEntitlement(entitlement: Entitlement | null | undefined): void {
    if (entitlement !== this.decided) this.questions += 1;
  }

  /** Asks for a decision and applies it; `complete` waits for it. Never rejects. */
  ask(fresh = false): Promise<void> {
    const asking = this.decide(fresh);
    this.asking.add(asking);
    return asking.finally(() => this.asking.delete(asking));
  }

  /**
   * Asks for a decision and applies it, unless a newer question came in meanwhile. In hard mode
   * a grant fetches the rest of the article first; when that fails, the gate locks. Every
   * failure ends in a decision and `paywall-error`.
   */
  private async decide(fresh: boolean): Promise<void> {
    const asked = ++this.questions;
    const view = viewOf(this.host);
    if (this.articleAsked !== undefined && this.articleAsked !== view.articleId) {
      // Another article (a single-page app moved on): the last one's cut and rest are not this one's.
      this.article.uncut();
      this.rest.remove();
    }
    this.articleAsked = view.articleId;
    const decision = await this.client?.decide(view, { fresh });
    if (asked !== this.questions || !decision) return;
    let { entitlement } = decision;
    for (const { source, ...failure } of decision.failures) this.reportFailure(FAILURE_SOURCE[source], failure, entitlement.granted);
    let rest: DocumentFragment | undefined;
    if (entitlement.granted && this.hardMode && !this.rest.isIn(view.articleId)) {
      rest = await this.fetchRest(view);
      if (asked !== this.questions) return;
      if (!rest) entitlement = { ...FAILURE, meter: entitlement.meter };
    }
    this.host.entitlement = this.decided = entitlement;
    if (!rest) return;
    await this.host.updateComplete;
    // Only if this is still the decision: a listener may have locked the gate meanwhile.
    if (asked === this.questions && this.host.state === 'unlocked')
      this.rest.append(rest, view.articleId, readPreviewSettings(this.host, []).gatedClass);
  }

  /** Hard mode: the rest of the article, or `undefined` after reporting the failure. */
  private async fetchRest(view: View): Promise<DocumentFragment | undefined> {
    try {
      // Loaded only by pages in hard mode: in the script-tag build, a file of its own with the cleaner.
      const { fetchArticleRest } = await import('./hard-mode.js');
      return await fetchArticleRest(this.hardMode!, { ...view, readerId: readerId(this.scope.device) });
    } catch (error) {
      this.reportFailure('content-url', failureOf(error), false);
      return undefined;
    }
  }

  private reportFailure(source: GateErrorDetail['source'], { reason, status }: RequestFailure, granted: boolean): void {
    const what = status ? `${reason} ${status}` : reason;
    warnOnce(this.host, [{ attribute: source, message: `the request failed (${what}); the ${granted ? 'article' : 'offer'} is shown.` }]);
    emit<GateErrorDetail>(this.host, 'paywall-error', { reason, status, source });
  }
}
