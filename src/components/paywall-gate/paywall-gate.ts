import { isServer, LitElement, noChange, type CSSResultGroup, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { stateOf, type Entitlement, type GateState } from '../../entitlements/entitlement.js';
import { readerId } from '../../entitlements/reader-id.js';
import type { Adapter } from '../../entitlements/sources.js';
import { tokens } from '../../styles/tokens.js';
import type { PreviewUnit } from '../../truncate/truncate.js';
import { emit } from '../../util/emit.js';
import { blank, numberAttribute } from '../../util/values.js';
import { oneOf, warnOnce, type Problem } from '../../util/warn.js';
import { ArticleController } from './article-controller.js';
import { EntitlementController } from './entitlement-controller.js';
import type { GateDecisionDetail } from './gate-events.js';
import {
  gateHeadingLevel,
  readFreeLimit,
  readSubscriberReasons,
  readOfferLinks,
  readPreviewSettings,
  viewOf,
  type GateProperties,
  type PreviewSettings,
} from './gate-settings.js';
import type { GateCopy } from './gate-strings.js';
import { copyLayers, coreString } from './core-strings.js';
import type { Sanitizer } from './hard-mode.js';
import { LightConfigController } from './light-config-controller.js';
import { LoginReturnController } from './login-return-controller.js';
import { OfferController } from './offer-controller.js';
import { gateTemplate } from './offer.js';
import type { OfferContent } from './offer-content.js';
import { pageScope } from './page-scope.js';
import { styles } from './paywall-gate.styles.js';

export type { GateDecisionDetail, GateErrorDetail, GateLoginDetail } from './gate-events.js';

/**
 * @tag paywall-gate
 * @summary Wraps an article; for a reader without access, cuts it after a preview and shows the offer.
 *
 * The decision comes from `entitlements-url` (any JSON, mapped by the `*-path` attributes), an
 * `adapter`, the local meter (`free-limit`), or the page setting `entitlement`; see
 * docs/entitlements.md. Until there is one the gate is `pending`: only the preview shows. A
 * decision with `granted: true` unlocks the article (the very nodes that were taken out go
 * back); any other locks it: the preview, a fade, then the offer. Text past the preview is not
 * in the document while pending or locked.
 *
 * @attr {"pending" | "locked" | "unlocked"} state - Reflects the gate's state, for CSS; set by the gate, not by the page.
 * @attr {boolean} doctor - Loads the paywall doctor, which checks the page's paywall setup and reports in the console and an overlay (docs/doctor.md); `?paywall-doctor` in the page's address does the same. For development, not for readers.
 * @attr {boolean} server-rendered - Set by `paywall-elements/ssr` on a gate it rendered locked: the gate keeps the server's view (and its `state`) until it can show its own in its place.
 *
 * @slot - The article.
 * @slot heading - Replaces the meter message.
 * @slot subheading - Replaces the line under it.
 * @slot login - Replaces the login prompt and link.
 * @slot plans - `<plan-card>` elements; they win over the JSON plans. Direct `<plan-card>` children are put here.
 * @slot benefits - A `<benefits-list>`; it wins over the JSON benefits. A direct `<benefits-list>` child is put here.
 * @slot cta - Replaces the final call to action.
 * @slot notice - Replaces the meter notice's text on a free read.
 *
 * @csspart base - The labelled region around article and offer.
 * @csspart offer - The offer under the preview.
 * @csspart fade - The fade over the preview's last lines (none over a preview of three lines or fewer).
 * @csspart status - The live region that announces locking and unlocking.
 * @csspart heading - The meter message.
 * @csspart subheading - The line under the meter message.
 * @csspart login - The login prompt.
 * @csspart login-link - The login link.
 * @csspart plans - The row of plans.
 * @csspart benefits - The box around the benefits: a `<details>` that folds them on a phone.
 * @csspart benefits-summary - The benefits' summary ("What’s included"), shown where they fold: an offer narrower than 30rem.
 * @csspart cta - The final call to action.
 * @csspart notice - The meter notice after the article on a free read.
 * @csspart notice-text - The notice's text.
 * @csspart notice-link - The notice's link to subscribe.
 * @csspart notice-dismiss - The button that dismisses the notice.
 * @csspart plan-card - A plan card made from the JSON configuration: its `card` part (likewise `plan-badge`, `plan-name`, `plan-price`, `plan-period`, `plan-per-month`, `plan-cta`, `plan-note`).
 * @csspart benefits-list - The benefits list made from the JSON configuration: its `base` part (likewise `benefits-heading`, `benefits-items` for its `list`, `benefits-item`, `benefits-icon`, `benefits-title`, `benefits-description`).
 *
 * @cssprop [--paywall-gate-background=var(--paywall-color-background)] - Ground of the offer and the end of the fade.
 * @cssprop [--paywall-gate-fade-height=6rem] - Height of the fade, at most: it leaves the preview's first three lines clear.
 * @cssprop [--paywall-gate-reserve=100vh] - Space kept for the offer while pending (after half a second, a quiet placeholder shows in it).
 * @cssprop [--paywall-gate-heading-size=1.5rem] - Font size of the meter message.
 * @cssprop [--paywall-gate-cta-color=var(--paywall-color-accent)] - Colour of the final call to action.
 * @cssprop [--paywall-gate-notice-background=var(--paywall-color-surface)] - Ground of the meter notice.
 *
 * @fires {CustomEvent<GateDecisionDetail>} paywall-lock - The gate locked (on a decision that does not grant).
 * @fires {CustomEvent<GateDecisionDetail>} paywall-unlock - The gate unlocked (on a decision that grants).
 * @fires {CustomEvent<GateLoginDetail>} paywall-login - The reader followed the login link.
 * @fires {CustomEvent<GateErrorDetail>} paywall-error - A request failed: the entitlement endpoint or adapter (the failure policy then decides), or hard mode's content.
 */
export class PaywallGate extends LitElement implements GateProperties {
  static override styles: CSSResultGroup = [tokens, styles];

  /** How long the preview is, in `preview-unit`s. Default 100. */
  @property({ type: Number, attribute: 'preview-length', converter: numberAttribute }) previewLength?: number;
  /** `words` (default), `characters` or `paragraphs`. */
  @property({ attribute: 'preview-unit' }) previewUnit?: PreviewUnit;
  /** Free articles a month: the local meter's limit, and the meter message's when the decision carries none. */
  @property({ type: Number, attribute: 'free-limit', converter: numberAttribute }) freeLimit?: number;
  /** Where existing subscribers log in (http, https or relative; on an allowed origin when the page has `<meta name="paywall-allowed-origins">`); a URL template: `/login?next={returnUrl}`. */
  @property({ attribute: 'login-url' }) loginUrl?: string;
  /** Where the final call to action goes (held to `<meta name="paywall-allowed-origins">` like `login-url`); without it, the call to action leads to the plans. */
  @property({ attribute: 'subscribe-url' }) subscribeUrl?: string;
  /** Heading level (1-5) of the meter message; plan names and the benefits heading sit one level below. */
  @property({ type: Number, attribute: 'heading-level', converter: numberAttribute }) headingLevel = 2;
  /** The entitlement endpoint: a URL template with `{articleId}`, `{url}`, `{readerId}`, `{returnUrl}`. */
  @property({ attribute: 'entitlements-url' }) entitlementsUrl?: string;
  /** The article's id for the endpoint and the meter. Default: the canonical link, else the page's path. */
  @property({ attribute: 'article-id' }) articleId?: string;
  /** `include` (default), `same-origin` or `omit`: the requests' cookies. */
  @property() credentials?: RequestCredentials;
  /** Milliseconds to wait for the endpoint (or adapter), from when its request goes out: 100 to 60000; default 3000. */
  @property({ type: Number, converter: numberAttribute }) timeout?: number;
  /** When the endpoint fails: `closed` (default, the offer), `open` (the article) or an entitlement in JSON. */
  @property({ attribute: 'on-failure' }) onFailure?: string;
  /** Hours a subscriber granted on this device keeps reading while the endpoint fails. Default 0. */
  @property({ type: Number, attribute: 'grace-hours', converter: numberAttribute }) graceHours?: number;
  /** Dot path of `granted` in the endpoint's answer (default `granted`). */
  @property({ attribute: 'granted-path' }) grantedPath?: string;
  /** Dot path of the reason (default `grantReason`). */
  @property({ attribute: 'reason-path' }) reasonPath?: string;
  /** Dot path of the articles used (default `data.articlesRead`). */
  @property({ attribute: 'used-path' }) usedPath?: string;
  /** Dot path of the meter's limit (default `data.articleLimit`). */
  @property({ attribute: 'limit-path' }) limitPath?: string;
  /** Dot path of the articles left (default `data.articlesRemaining`). */
  @property({ attribute: 'remaining-path' }) remainingPath?: string;
  /** Receives a `text/plain` POST per view: each metered view, or with `pingback-format="amp"` every view. A URL template. */
  @property({ attribute: 'pingback-url' }) pingbackUrl?: string;
  /** `own` (default: `{articleId, url, meter}` for metered views) or `amp` (the entitlement JSON for every view, as amp-subscriptions sends it). */
  @property({ attribute: 'pingback-format' }) pingbackFormat?: 'own' | 'amp';
  /** The grant reasons that are a subscriber's, separated by spaces or commas, in any case: only they start a `grace-hours` period. Default `SUBSCRIBER`. */
  @property({ attribute: 'subscriber-reasons' }) subscriberReasons?: string;
  /** Hard mode: where the rest of the article is, fetched only after a grant. A URL template. */
  @property({ attribute: 'content-url' }) contentUrl?: string;
  /** Hard mode keeps embeds (`<iframe>`s from other origins, https), sandboxed and without `allow=`; without it they are dropped. */
  @property({ type: Boolean, attribute: 'allow-embeds' }) allowEmbeds = false;
  /** The class of the gated part, which JSON-LD's `hasPart` names: an element of the article with it is where the preview ends, and the rest (restored or fetched) goes in one. Default `paywall`. */
  @property({ attribute: 'gated-class' }) gatedClass?: string;
  /** Writes JSON-LD for the gated article (`isAccessibleForFree: false`, and a `hasPart` naming the gated class) when the page has none. */
  @property({ type: Boolean, attribute: 'structured-data' }) structuredData = false;
  /** `on` (default): a free read whose answer carries a meter shows "2 of 3 free articles left this month" after the article; `off`: no notice. */
  @property({ attribute: 'meter-notice' }) meterNotice?: 'on' | 'off';
  /** The decision: `{granted, reason, meter: {used, limit, remaining}, loggedIn}`. Unset means pending. */
  @property({ attribute: false }) entitlement?: Entitlement | null;
  /** Replacements for any visible string (the meter messages may have plural forms); they win over the JSON `strings` and the language's locale. */
  @property({ attribute: false }) strings?: Partial<GateCopy>;
  /** Extra request headers for the endpoint (npm users). */
  @property({ attribute: false }) headers?: Record<string, string>;
  /** Asks the publisher's own backend instead of `entitlements-url`: `async (context) => entitlement`. */
  @property({ attribute: false }) adapter?: Adapter;
  /** The time in ms, for the local meter, grace and kept answers; `Date.now` unless replaced (tests, a server clock). */
  @property({ attribute: false }) clock?: () => number;
  /** Hard mode's cleaner instead of the built-in allow-list (DOMPurify, say): `(html) => DocumentFragment | string`. */
  @property({ attribute: false }) sanitize?: Sanitizer;

  private readonly lightConfig = new LightConfigController(this, () => this.handleChildrenChange());
  private readonly article = new ArticleController(this, { preview: () => this.preview, ready: () => this.lightConfig.ready });
  private readonly deciding = new EntitlementController(this, pageScope, this.article);
  private readonly loginReturn = new LoginReturnController(this, pageScope, () => void this.deciding.ask(true));
  private preview: PreviewSettings = readPreviewSettings(this, []);
  /** The offer for the last update, when locked with the offer's module in. */
  private offer?: OfferContent;
  /** The meter notice for the last update, on a free read. */
  private notice?: TemplateResult;
  private regionLabel = '';
  /** The article's own heading, as it reads whole. */
  private articleTitle?: string;
  private unlockedMessage = '';
  /** The state last announced by an event. */
  private announced?: GateState;
  /** Whether the gate has been locked (or came locked from the server): unlocking is news only then. */
  private lockedBefore = false;
  private readonly offers = new OfferController(this, styles);
  private serverView: ChildNode[] = [];

  /** `pending`, `locked` or `unlocked`; reflected as the `state` attribute. */
  get state(): GateState {
    return stateOf(this.entitlement);
  }

  /** Resolves once every question asked is answered (applied, or dropped for a newer one) and rendered: for a page, or a test, that acts on the outcome. */
  get decisionComplete(): Promise<void> {
    return this.deciding.complete;
  }

  /**
   * Reads the settings again and asks again, skipping kept answers, for every gate of this
   * article on the page: after the page changed a setting (a single-page app moving to another
   * `article-id`, with its preview), or logged the reader in itself.
   */
  refresh(): Promise<void> {
    return this.deciding.refreshArticle();
  }

  /** New children (an article, JSON, cards) are news only while the article is whole: the gate's own cutting changes its children too. */
  private handleChildrenChange(): void {
    if (!this.article.isCut) this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (isServer) return; // Lit SSR: no page, storage or children to read (paywall-elements/ssr renders the locked view)
    if (!this.hasUpdated && this.isConnected) {
      // A view a server rendered in the shadow root (paywall-elements/ssr) stays until this gate's own can take its place.
      this.serverView = [...this.renderRoot.childNodes];
      this.renderOptions.renderBefore = null;
      this.deciding.begin();
      // JSON-LD for the page, when it has none (in the script-tag build, a file of its own).
      if (this.structuredData)
        void import('../../seo/structured-data.js').then((seo) => seo.writeFor(this, this.preview.gatedClass, this.articleTitle));
    }
    // A decision set by the page is the newest answer (even one set before the gate started).
    if (changed.has('entitlement')) this.deciding.takeEntitlement(this.entitlement);
    const state = this.state;
    this.lockedBefore ||= state === 'locked' || this.getAttribute('state') === 'locked';
    const problems: Problem[] = [];
    this.preview = readPreviewSettings(this, problems);
    if (this.lightConfig.ready) this.lightConfig.adoptCards();
    // Focus in the offer, which is about to go, moves to the gate's region instead of falling to the page.
    if (state === 'unlocked' && this.shadowRoot?.activeElement) this.renderRoot.querySelector('section')?.focus({ preventScroll: true });
    const level = gateHeadingLevel(this);
    this.lightConfig.setHeadingLevel(level + 1);
    // Known in every state: a login popup's message is trusted from the login link's origin even before the offer shows.
    const links = readOfferLinks(this, viewOf(this), readerId(pageScope.device), document.baseURI, problems);
    this.loginReturn.loginOrigin = links.login && new URL(links.login).origin;
    const freeLimit = readFreeLimit(this, problems);
    const { lang, layers: overrides } = copyLayers(this, this.lightConfig.config.strings, this.strings);
    // Named after the article's own heading where it has one, so that several gates on a page differ
    // (read while the article is whole: a short preview may cut the heading itself).
    if (!this.article.isCut) this.articleTitle = this.querySelector('h1, h2, h3')?.textContent?.trim();
    const region = coreString('region', problems, ...overrides);
    this.regionLabel = this.articleTitle ? `${region}: ${this.articleTitle}` : region;
    // Announced only after a lock: a free article that was never locked is nothing new.
    this.unlockedMessage = state === 'unlocked' && this.lockedBefore ? coreString('unlocked', problems, ...overrides) : '';
    const offerState = {
      state,
      entitlement: this.entitlement,
      links,
      view: viewOf(this),
      freeLimit,
      strings: overrides,
      lang,
      headingLevel: level,
      plans: this.lightConfig.plans,
      benefits: this.lightConfig.benefits,
      noticeOn: oneOf(this.meterNotice, ['on', 'off'], 'meter-notice', problems) === 'on',
      subscriberReasons: readSubscriberReasons(this),
      // Off to log in: kept answers are about to be wrong, and coming back asks again.
      onLogin: () => this.loginReturn.leave(),
    };
    this.offer = this.offers.offer(offerState);
    this.notice = this.offers.notice(offerState, problems);
    // It goes, with its `state`, once this gate can show its own: decided, with its offer and cards made.
    const ownView = state === 'unlocked' || (!!this.offer && !this.lightConfig.reading);
    if (ownView && this.lightConfig.ready && this.article.engineReady)
      this.serverView = this.serverView.filter((node) => void node.remove());
    if (!this.serverView[0] && this.getAttribute('state') !== state) this.setAttribute('state', state);
    warnOnce(this, [...problems, ...this.lightConfig.problems, ...(this.offer?.problems ?? [])]);
  }

  /** The status region must exist before any text goes into it: the text comes a render later. */
  protected override firstUpdated(): void {
    this.requestUpdate();
  }

  /** Resolves after that second render too, and after the offer's module and the JSON configuration came and rendered. */
  protected override async getUpdateComplete(): Promise<boolean> {
    await super.getUpdateComplete();
    await Promise.all([this.offers.loading, this.lightConfig.loading]);
    return super.getUpdateComplete();
  }

  protected override updated(): void {
    const state = this.state;
    if (state === this.announced || !this.lightConfig.ready) return;
    this.announced = state;
    if (state === 'pending') return;
    const { reason, meter } = this.entitlement ?? {};
    emit<GateDecisionDetail>(this, state === 'locked' ? 'paywall-lock' : 'paywall-unlock', { reason, meter });
  }

  protected override render(): TemplateResult | typeof noChange {
    if (this.serverView[0]) return noChange;
    const state = this.state;
    // Locked with a cut article, or in hard mode, where the page holds only the preview.
    const offered = state === 'locked' && (this.article.isCut || !blank(this.contentUrl));
    return gateTemplate({
      ready: isServer || (this.lightConfig.ready && this.article.engineReady),
      offer: offered ? this.offer : undefined,
      hideOfferBox: state === 'locked' && !offered,
      reserve: offered && this.offers.offerPart.waiting,
      unlockedMessage: this.unlockedMessage,
      notice: this.notice,
      live: this.hasUpdated,
      regionLabel: this.regionLabel,
    });
  }
}
