import type { CSSResult, ReactiveControllerHost, TemplateResult } from 'lit';
import type { View } from '../../entitlements/client.js';
import type { Entitlement, GateState } from '../../entitlements/entitlement.js';
import { loadOfferModule, type OfferModule } from '../../elements/offer-loader.js';
import { emit } from '../../util/emit.js';
import type { Problem } from '../../util/warn.js';
import type { GateLoginDetail } from './gate-events.js';
import { GatePart } from './gate-part.js';
import type { OfferLinks } from './gate-settings.js';
import type { OfferContent } from './offer-content.js';

type Host = ReactiveControllerHost & HTMLElement;

/** What the gate knows when it works out its offer and its notice. */
export interface OfferState {
  state: GateState;
  entitlement?: Entitlement | null;
  links: OfferLinks;
  view: View;
  freeLimit?: number;
  /** The language's locale strings, the JSON `strings`, then the `strings` property. */
  strings: unknown[];
  /** The nearest `lang`: the plural rules and numbers of the meter messages. */
  lang: string;
  headingLevel: number;
  /** Plan cards and the benefits list made from the JSON configuration. */
  plans: readonly HTMLElement[];
  benefits?: HTMLElement;
  /** `meter-notice` is not `off`. */
  noticeOn: boolean;
  /** The grant reasons that are a subscriber's: a subscriber's read shows no meter notice. */
  subscriberReasons: readonly string[];
  /** Called when the reader follows the login link, before the `paywall-login` event. */
  onLogin: () => void;
}

/**
 * The gate's offer when it locks, and the meter notice on a free read: each a part of its own,
 * loaded when first needed (their room kept meanwhile), and the reader's actions on them.
 */
export class OfferController {
  readonly offerPart: GatePart<OfferModule>;
  readonly noticePart: GatePart<typeof import('./meter-notice.js')>;
  private readonly host: Host;
  /** The reader dismissed the notice: it does not come back on this page. */
  private noticeDismissed = false;

  constructor(host: Host, ownStyles: CSSResult) {
    this.host = host;
    this.offerPart = new GatePart(host, ownStyles, loadOfferModule, { attribute: 'plans', fallback: 'no offer is shown' });
    this.noticePart = new GatePart(host, ownStyles, () => import('./meter-notice.js'), {
      attribute: 'meter-notice',
      fallback: 'no notice is shown',
    });
  }

  /** Settles once every part asked for is in. */
  get loading(): Promise<unknown> {
    return Promise.all([this.offerPart.loading, this.noticePart.loading]);
  }

  /** The offer for a locked gate (`undefined` while its part loads), with what was wrong. */
  offer(given: OfferState): OfferContent | undefined {
    if (given.state !== 'locked') return undefined;
    this.offerPart.load();
    const slotted = this.slottedPlans();
    return this.offerPart.module?.offerContent({
      ...given,
      slottedPlans: slotted,
      usedSlots: new Set([...this.host.children].map((child) => child.slot)),
      onSlotChange: () => this.host.requestUpdate(),
      onLogin: (event) => this.handleLogin(event, given.onLogin),
      onCta: () => this.handleCta(slotted, given.plans),
    });
  }

  /** The meter notice for a free read that has a meter to tell, unless turned off or dismissed. */
  notice(given: OfferState, problems: Problem[]): TemplateResult | undefined {
    const meter = given.entitlement?.meter;
    const reason = given.entitlement?.reason?.toUpperCase() ?? '';
    const subscriber = given.subscriberReasons.some((known) => known.toUpperCase() === reason);
    if (given.state !== 'unlocked' || !meter || subscriber || !given.noticeOn || this.noticeDismissed) return undefined;
    this.noticePart.load();
    const module = this.noticePart.module;
    if (!module) return undefined;
    const slotted = this.slottedPlans();
    const content = module.noticeContent({
      ...given,
      meter,
      subscribeUrl: given.links.subscribe,
      plans: slotted.length > 0 ? slotted : given.plans,
      onDismiss: () => this.dismissNotice(),
    });
    problems.push(...content.problems);
    return content.template;
  }

  /** The page's own plan cards, in the `plans` slot. */
  private slottedPlans(): HTMLElement[] {
    return [...this.host.children].filter((child) => child.slot === 'plans') as HTMLElement[];
  }

  private dismissNotice(): void {
    this.noticeDismissed = true;
    this.host.requestUpdate();
  }

  /** Off to log in: the gate prepares the way back, then tells the page. */
  private handleLogin(event: MouseEvent, onLogin: () => void): void {
    onLogin();
    emit<GateLoginDetail>(this.host, 'paywall-login', { url: (event.currentTarget as HTMLAnchorElement).href });
  }

  /** Without a link to follow, the call to action takes the reader to the first plan: slotted, or else made from JSON. */
  private handleCta(slotted: readonly HTMLElement[], made: readonly HTMLElement[]): void {
    (slotted[0] ?? made[0])?.focus();
  }
}
