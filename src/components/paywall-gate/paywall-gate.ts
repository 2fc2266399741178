import { html, nothing } from 'lit/html.js';
import { BaseElement, type PropertyValues } from '../../base/base-element.js';
import { decide, readerId, templateUrl, wholeNumber, type Adapter, type EntitlementContext } from '../../entitlements/decide.js';
import { stateOf, type Entitlement, type GateState, type Meter } from '../../entitlements/entitlement.js';
import { forgetAnswers, type FailureReason } from '../../entitlements/request.js';
import { inheritedLocale } from '../../format/locale.js';
import { parseConfig, type GateConfig } from '../../gate/config.js';
import { DEFAULT_STRINGS, meterMessage, STRING_KEYS, type GateStrings } from '../../gate/strings.js';
import { tokens } from '../../styles/tokens.js';
import { cutAt, findCut, type PreviewUnit } from '../../truncate/truncate.js';
import { emit } from '../../util/emit.js';
import { headingLevel, oneOf, type Problem, warnOnce } from '../../util/warn.js';
import type { PlanCard } from '../plan-card/plan-card.js';
import { styles } from './paywall-gate.styles.js';

export interface GateDecisionDetail {
  reason?: string;
  meter?: Meter;
}

export interface GateLoginDetail {
  url: string;
}

export interface GateErrorDetail {
  /** `timeout`, `network`, `http-status`, `bad-json`, `bad-shape`, `too-large` or `refused`. */
  reason: FailureReason;
  /** The HTTP status, for `http-status`. */
  status?: number;
  /** What failed: the entitlement request (`entitlements-url` or `adapter`), or hard mode's `content-url`. */
  source: 'entitlements-url' | 'adapter' | 'content-url';
}

const UNITS: PreviewUnit[] = ['words', 'characters', 'paragraphs'];
export const DEFAULT_PREVIEW_LENGTH = 100;

/** Set when the reader followed a gate's login link: coming back makes every gate ask again. */
let away = false;
/** What tells the gate that the reader may be back from logging in. */
const RETURNS = ['focus', 'visibilitychange', 'message'];

/** Root children that are the gate's own configuration or offer parts, not the article. */
const isArticle = (node: Node) => !(node instanceof Element && node.matches('[slot],script,template,style'));

/**
 * @tag paywall-gate
 * @summary Wraps an article; for a reader without access, cuts it after a preview and shows the offer.
 *
 * The decision comes from `entitlements-url` (any JSON, mapped by the `*-path` attributes), an
 * `adapter`, the local meter (`free-limit`), or the page setting `entitlement`; see README.
 * Until there is one the gate is `pending`: only the preview shows. A decision with
 * `granted: true` unlocks the article (the very nodes that were taken out go back); any other
 * locks it: the preview, a fade, then the offer. Text past the preview is not in the document
 * while pending or locked.
 *
 * @attr {"pending" | "locked" | "unlocked"} state - Reflects the gate's state, for CSS; set by the gate, not by the page.
 *
 * @slot - The article.
 * @slot heading - Replaces the meter message.
 * @slot subheading - Replaces the line under it.
 * @slot login - Replaces the login prompt and link.
 * @slot plans - `<plan-card>` elements; they win over the JSON plans. Direct `<plan-card>` children are put here.
 * @slot benefits - A `<benefits-list>`; it wins over the JSON benefits. A direct `<benefits-list>` child is put here.
 * @slot cta - Replaces the final call to action.
 *
 * @csspart base - The labelled region around article and offer.
 * @csspart offer - The offer under the preview.
 * @csspart fade - The fade over the end of the preview.
 * @csspart status - The live region that announces locking and unlocking.
 * @csspart heading - The meter message.
 * @csspart subheading - The line under the meter message.
 * @csspart login - The login prompt.
 * @csspart login-link - The login link.
 * @csspart plans - The row of plans.
 * @csspart benefits - The box around the benefits.
 * @csspart cta - The final call to action.
 *
 * @cssprop [--paywall-gate-background=var(--paywall-color-background)] - Ground of the offer and the end of the fade.
 * @cssprop [--paywall-gate-fade-height=6rem] - Height of the fade.
 * @cssprop [--paywall-gate-reserve=100vh] - Space kept for the offer while pending.
 * @cssprop [--paywall-gate-heading-size=1.5rem] - Font size of the meter message.
 * @cssprop [--paywall-gate-cta-color=var(--paywall-color-accent)] - Colour of the final call to action.
 *
 * @fires {CustomEvent<GateDecisionDetail>} paywall-lock - The gate locked (on a decision that does not grant).
 * @fires {CustomEvent<GateDecisionDetail>} paywall-unlock - The gate unlocked (on a decision that grants).
 * @fires {CustomEvent<GateLoginDetail>} paywall-login - The reader followed the login link.
 * @fires {CustomEvent<GateErrorDetail>} paywall-error - A request failed: the entitlement endpoint or adapter (the failure policy then decides), or hard mode's content.
 */
export class PaywallGate extends BaseElement {
  static override styles = [tokens, styles];

  static override properties = {
    previewLength: {},
    previewUnit: {},
    freeLimit: {},
    loginUrl: {},
    subscribeUrl: {},
    headingLevel: { type: Number },
    entitlementsUrl: {},
    articleId: {},
    credentials: {},
    timeout: {},
    onFailure: {},
    graceHours: {},
    grantedPath: {},
    reasonPath: {},
    usedPath: {},
    limitPath: {},
    remainingPath: {},
    pingbackUrl: {},
    contentUrl: {},
    entitlement: { attribute: false },
    strings: { attribute: false },
    headers: { attribute: false },
    adapter: { attribute: false },
    clock: { attribute: false },
  };

  /** How long the preview is, in `preview-unit`s. Default 100. */
  declare previewLength?: number | string;
  /** `words` (default), `characters` or `paragraphs`. */
  declare previewUnit?: PreviewUnit | string;
  /** Free articles a month: the local meter's limit, and the meter message's when the decision carries none. */
  declare freeLimit?: number | string;
  /** Where existing subscribers log in (http, https or relative; on an allowed origin when the page has `<meta name="paywall-allowed-origins">`); a URL template: `/login?next={returnUrl}`. */
  declare loginUrl?: string;
  /** Where the final call to action goes (held to `<meta name="paywall-allowed-origins">` like `login-url`); without it, the call to action leads to the plans. */
  declare subscribeUrl?: string;
  /** Heading level of the meter message. */
  headingLevel = 2;
  /** The decision: `{granted, reason, meter: {used, limit, remaining}}`. Unset means pending. */
  declare entitlement?: Entitlement | null;
  /** Replacements for any visible string; they win over the JSON `strings`. */
  declare strings?: Partial<GateStrings>;
  /** The entitlement endpoint: a URL template with `{articleId}`, `{url}`, `{readerId}`, `{returnUrl}`. */
  declare entitlementsUrl?: string;
  /** The article's id for the endpoint and the meter. Default: the canonical link, else the page's path. */
  declare articleId?: string;
  /** `include` (default), `same-origin` or `omit`: the requests' cookies. */
  declare credentials?: RequestCredentials;
  /** Milliseconds to wait for the endpoint; default 3000. */
  declare timeout?: number | string;
  /** When the endpoint fails: `closed` (default, the offer), `open` (the article) or an entitlement in JSON. */
  declare onFailure?: string;
  /** Hours a subscriber granted on this device keeps reading while the endpoint fails. Default 0. */
  declare graceHours?: number | string;
  /** Dot path of `granted` in the endpoint's answer (default `granted`). */
  declare grantedPath?: string;
  /** Dot path of the reason (default `grantReason`). */
  declare reasonPath?: string;
  /** Dot path of the articles used (default `data.articlesRead`). */
  declare usedPath?: string;
  /** Dot path of the meter's limit (default `data.articleLimit`). */
  declare limitPath?: string;
  /** Dot path of the articles left (default `data.articlesRemaining`). */
  declare remainingPath?: string;
  /** Receives one `text/plain` POST per view that used the meter. */
  declare pingbackUrl?: string;
  /** Hard mode: where the rest of the article is, fetched only after a grant. A URL template. */
  declare contentUrl?: string;
  /** Extra request headers for the endpoint (npm users). */
  declare headers?: Record<string, string>;
  /** Asks the publisher's own backend instead of `entitlements-url`: `async (context) => entitlement`. */
  declare adapter?: Adapter;
  /** The time in ms, for the meter and the cache; `Date.now` unless replaced (tests, a server clock). */
  declare clock?: () => number;

  private _config?: GateConfig;
  /** The plan cards made from the JSON configuration, once. */
  private _plans?: Element[];
  /** The benefits list made from the JSON configuration, once. */
  private _benefits?: Element;
  /** Set once the children are parsed and the configuration read. */
  private _ready?: boolean;
  /** Puts the removed part of the article back; set while the article is cut. */
  private _restore?: () => void;
  /** The state last announced by an event. */
  private _shown?: GateState;
  /** Counts questions: only the newest one's answer is used. */
  private _asks = 0;
  /** The last decision the gate made itself, to tell it from one the page set. */
  private _decided?: Entitlement;
  /** Set once hard mode's rest of the article is in. */
  private _added?: boolean;
  /** The login link's origin: messages from it (or this page) say the reader logged in. */
  private _loginOrigin?: string;
  /** Children added later (by a framework, or a late script) are taken in as they come. */
  private readonly _children = new MutationObserver(() => this._prepare());

  /** `pending`, `locked` or `unlocked`; reflected as the `state` attribute. */
  get state(): GateState {
    return stateOf(this.entitlement);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // visibilitychange bubbles from the document to the window.
    for (const type of RETURNS) window.addEventListener(type, this._handleReturn);
    this._children.observe(this, { childList: true });
    // Back on the page after a move: the answer dropped on leaving is asked for again.
    // Fresh: the same view, already reported to pingback-url.
    if (this.hasUpdated) this._ask(true);
    // A gate parsed before its children (a script in <head> without defer) waits for them,
    // showing nothing of the article meanwhile.
    if (document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', () => this._prepare(), { once: true });
    } else this._prepare();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const type of RETURNS) window.removeEventListener(type, this._handleReturn);
    this._children.disconnect();
    // An answer still on its way is for a gate no longer on the page.
    this._asks++;
  }

  /** Asks the endpoint (or adapter, or local meter) again, skipping kept answers: after the page changed a setting, or logged the reader in itself. */
  refresh(): Promise<void> {
    forgetAnswers();
    return this._ask(true);
  }

  /** What the URL templates and an adapter may use. */
  private _context(): EntitlementContext {
    const canonical = document.querySelector<HTMLLinkElement>('link[rel=canonical]')?.href;
    return { articleId: `${this.articleId || canonical || location.pathname}`, url: location.href, readerId: readerId(), returnUrl: location.href };
  }

  /**
   * Asks for a decision and applies it, unless a newer question (or the page, or a removal)
   * came in meanwhile. Never rejects: every failure ends in the failure policy and `paywall-error`.
   */
  private async _ask(fresh = false): Promise<void> {
    const asked = ++this._asks;
    const problems: Problem[] = [];
    const now = typeof this.clock === 'function' ? this.clock() : Date.now();
    const deciding = decide(this, this._context(), now, problems, { fresh, content: !this._added });
    warnOnce(this, problems);
    const decision = await deciding;
    if (asked !== this._asks || !decision) return;
    const { entitlement, failures, content } = decision;
    for (const [attribute, failure] of failures) {
      warnOnce(this, [{ attribute, message: `the request failed (${failure.reason}${failure.status ? ` ${failure.status}` : ''}); the ${entitlement.granted ? 'article' : 'offer'} is shown.` }]);
      emit<GateErrorDetail>(this, 'paywall-error', { ...failure, source: attribute as GateErrorDetail['source'] });
    }
    this.entitlement = this._decided = entitlement;
    if (content) {
      await this.updateComplete;
      this._added = true;
      (this.querySelector(':scope>article') ?? this).append(content);
    }
  }

  /** Back from logging in: the tab shows again, or a login popup says so by a message. */
  private _handleReturn = (event: Event): void => {
    if (event instanceof MessageEvent) {
      const { origin, data } = event;
      if ((origin !== location.origin && origin !== this._loginOrigin) || data !== 'paywall-login') return;
    } else if (!away || document.visibilityState !== 'visible') return;
    // Every gate on the page hears this event and asks again (sharing one request; the kept
    // answers went when the link was used); then the reader is back.
    setTimeout(() => (away = false));
    this._ask(true);
  };

  /** Direct `<plan-card>` and `<benefits-list>` children belong to the offer, not the article. */
  private _adopt(): void {
    for (const child of this.children) {
      if (child.hasAttribute('slot')) continue;
      if (child.localName === 'plan-card') child.slot = 'plans';
      if (child.localName === 'benefits-list') child.slot = 'benefits';
    }
  }

  private _prepare(): void {
    this._adopt();
    const script = this._config ? null : this.querySelector(':scope>script[type="application/json"]');
    if (script) {
      const { config, problems } = parseConfig(script.textContent ?? '');
      this._config = config;
      warnOnce(this, problems);
      const make = (tag: string, props: object) => Object.assign(document.createElement(tag), props);
      this._plans = (config.plans ?? []).map((plan) => make('plan-card', plan));
      if (config.benefits?.items) this._benefits = make('benefits-list', config.benefits);
    }
    this._ready = true;
    // The gate's own cutting and restoring change its children too: only uncut content is news.
    if (!this._restore) this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // The settings are read once, when the gate starts (frameworks set them all before that);
    // `refresh()` asks again after a later change.
    if (!this.hasUpdated && this.isConnected) this._ask();
    // A decision set by the page is the newest answer (even one set before the gate started):
    // questions still out are dropped.
    if (changed.has('entitlement') && this.entitlement !== this._decided) this._asks++;
    const state = this.state;
    if (this.getAttribute('state') !== state) this.setAttribute('state', state);
    if (!this._ready) return;
    // A new preview length or unit cuts again, from the whole article.
    if (state === 'unlocked' || changed.has('previewLength') || changed.has('previewUnit')) {
      // Focus in the shadow tree is in the offer, which is about to go: it moves to the gate's
      // region instead of falling to the page. (Focus in the article is in the light tree.)
      if (state === 'unlocked' && this.renderRoot.activeElement) this.renderRoot.querySelector('section')!.focus({ preventScroll: true });
      this._restore?.();
      this._restore = undefined;
    }
    if (state !== 'unlocked' && !this._restore) {
      this._adopt();
      this._cutArticle();
    }
    // Plan names and the benefits heading sit one level below the meter message.
    for (const made of [...(this._plans ?? []), this._benefits]) if (made) (made as PlanCard).headingLevel = this._level() + 1;
  }

  private _level(): number {
    return headingLevel(this.headingLevel, 2, 5);
  }

  private _cutArticle(): void {
    const problems: Problem[] = [];
    const length = wholeNumber(this.previewLength, 'preview-length', `${DEFAULT_PREVIEW_LENGTH} is used`, problems) ?? DEFAULT_PREVIEW_LENGTH;
    const unit = oneOf(this.previewUnit, UNITS, 'preview-unit', problems);
    const at = findCut(this, { length, unit, locale: inheritedLocale(this) }, isArticle);
    if (![...this.childNodes].some((n) => isArticle(n) && /\S/.test(n.textContent!))) {
      problems.push({ attribute: 'content', message: `the article ${at ? 'has no text; only the offer is shown' : 'is empty; nothing is shown'}.` });
    }
    warnOnce(this, problems);
    if (at) this._restore = cutAt(this, at, isArticle);
  }

  /** The status region must exist before any text goes into it: the text comes a render later. */
  protected override firstUpdated(): void {
    this.requestUpdate();
  }

  /** …and `updateComplete` waits for that second render too. */
  override get updateComplete(): Promise<boolean> {
    return super.updateComplete.then(() => super.updateComplete);
  }

  protected override updated(): void {
    const state = this.state;
    if (state === this._shown || !this._ready) return;
    this._shown = state;
    if (state === 'pending') return;
    const { reason, meter } = this.entitlement ?? {};
    emit<GateDecisionDetail>(this, state === 'locked' ? 'paywall-lock' : 'paywall-unlock', { reason, meter });
  }

  /** Built-in strings, then the JSON `strings`, then the `strings` property; only texts count. */
  private _allStrings(): GateStrings {
    // The JSON strings are texts already (parseConfig checks them); the property may hold anything.
    const strings = { ...DEFAULT_STRINGS, ...this._config?.strings };
    for (const key of STRING_KEYS) if (typeof this.strings?.[key] === 'string') strings[key] = this.strings[key];
    return strings;
  }

  /** Off to log in: kept answers are about to be wrong, and coming back asks again. */
  private _handleLogin(event: MouseEvent): void {
    away = true;
    forgetAnswers();
    emit<GateLoginDetail>(this, 'paywall-login', { url: (event.currentTarget as HTMLAnchorElement).href });
  }

  /**
   * Without a subscribe URL, the call to action takes the reader to the first plan's button: of
   * the slotted plans, or else (the slot's fallback) of the plans from JSON.
   */
  private _handleCta(): void {
    const card = this.querySelector('plan-card[slot=plans]') ?? this._plans?.[0];
    card?.shadowRoot?.querySelector<HTMLElement>('[part~=cta]')?.focus(); // which scrolls it into view
  }

  protected override render() {
    const state = this.state;
    const strings = this._allStrings();
    // Locked with a cut article, or in hard mode, where the page holds only the preview.
    const locked = state === 'locked' && !!(this._restore || this.contentUrl);
    const problems: Problem[] = [];
    const freeLimit = wholeNumber(this.freeLimit, 'free-limit', 'the message is shown without it', problems);
    warnOnce(this, problems);
    const level = this._level();
    // Named after the article's own heading where it has one, so that several gates differ.
    const title = this.querySelector('h1,h2,h3')?.textContent?.trim();
    return html`
      <section part="base" tabindex="-1" aria-label=${title || strings.region}>
        <slot ?hidden=${!this._ready}></slot>
        <div part="offer" ?hidden=${state === 'locked' && !locked}>
          ${locked ? html`<div part="fade"></div>` : nothing}
          <div part="status" role="status">
            ${!this.hasUpdated
              ? nothing
              : locked
              ? html`<div part="heading" role="heading" aria-level=${level}>
                  <slot name="heading">${meterMessage(strings, this.entitlement?.meter, freeLimit)}</slot>
                </div>`
              : state === 'unlocked'
                ? html`<span>${strings.unlocked}</span>`
                : nothing}
          </div>
          ${locked ? this._renderOffer(strings) : nothing}
        </div>
      </section>
    `;
  }

  private _renderOffer(strings: GateStrings) {
    const problems: Problem[] = [];
    const context = this._context();
    const login = templateUrl(this.loginUrl, context, 'login-url', 'no login link is shown', problems, true);
    this._loginOrigin = login && new URL(login).origin;
    const subscribe = templateUrl(this.subscribeUrl, context, 'subscribe-url', 'the call to action leads to the plans', problems, true);
    warnOnce(this, problems);
    return html`
      <p part="subheading"><slot name="subheading">${strings.subheading}</slot></p>
      <p part="login" ?hidden=${!login && !this.querySelector(':scope>[slot=login]')}>
        <slot name="login" @slotchange=${() => this.requestUpdate()}
          >${login
            ? html`${strings.loginPrompt} <a part="login-link" href=${login} @click=${this._handleLogin}>${strings.loginLabel}</a>`
            : nothing}</slot
        >
      </p>
      <div part="plans" role="group" aria-label=${strings.plans}>
        <slot name="plans">${this._plans}</slot>
      </div>
      <div part="benefits"><slot name="benefits">${this._benefits}</slot></div>
      <slot name="cta">
        ${subscribe
          ? html`<a part="cta" href=${subscribe}>${strings.cta}</a>`
          : html`<button part="cta" type="button" @click=${this._handleCta}>${strings.cta}</button>`}
      </slot>
    `;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'paywall-lock': CustomEvent<GateDecisionDetail>;
    'paywall-unlock': CustomEvent<GateDecisionDetail>;
    'paywall-login': CustomEvent<GateLoginDetail>;
    'paywall-error': CustomEvent<GateErrorDetail>;
  }
}
