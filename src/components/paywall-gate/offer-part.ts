import type { CSSResult, ReactiveControllerHost } from 'lit';
import { loadOfferModule, type OfferModule } from '../../elements/offer-loader.js';
import { warnOnce } from '../../util/warn.js';
import type { OfferContent, OfferInputs } from './offer-content.js';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * The offer's module (its content, its styles, `<plan-card>` and `<benefits-list>`): loaded when
 * the gate first locks (in the script-tag build, a file of its own), its styles adopted right
 * after the gate's own, so that a subclass's styles still come after both.
 */
export class OfferPart {
  /** Settles once the module is in, or could not be loaded: `updateComplete` waits for it. */
  loading?: Promise<void>;
  private module?: OfferModule | null;
  private readonly host: Host;
  private readonly ownStyles: CSSResult;

  /** `ownStyles`: the gate's own styles, which the offer's follow. */
  constructor(host: Host, ownStyles: CSSResult) {
    this.host = host;
    this.ownStyles = ownStyles;
  }

  /** Whether the module is still to come: the offer's room is kept meanwhile. */
  get waiting(): boolean {
    return this.module === undefined;
  }

  /** Loads the module, once. */
  load(): void {
    this.loading ??= loadOfferModule().then(
      (module) => {
        this.module = module;
        this.adoptStyles(module.offerStyles);
        this.host.requestUpdate();
      },
      (error: unknown) => {
        this.module = null;
        warnOnce(this.host, [{ attribute: 'plans', message: `could not be loaded (${String(error)}); no offer is shown.` }]);
        this.host.requestUpdate();
      },
    );
  }

  /** The offer, once the module is in. */
  content(inputs: OfferInputs): OfferContent | undefined {
    return this.module?.offerContent(inputs);
  }

  private adoptStyles(offerStyles: CSSResult): void {
    const root = this.host.shadowRoot;
    if (!root || !offerStyles.styleSheet) return;
    const sheets = [...root.adoptedStyleSheets];
    sheets.splice(sheets.indexOf(this.ownStyles.styleSheet!) + 1, 0, offerStyles.styleSheet);
    root.adoptedStyleSheets = sheets;
  }
}
