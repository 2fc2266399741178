import type { CSSResult, ReactiveControllerHost } from 'lit';
import { warnOnce } from '../../util/warn.js';

type Host = ReactiveControllerHost & HTMLElement;

/** A module of the gate's with styles of its own. */
export interface StyledModule {
  styles: CSSResult;
}

/**
 * A part of the gate loaded when first needed (in the script-tag build, a file of its own): the
 * offer, or the meter notice. Its styles are adopted right after the gate's own, so that a
 * subclass's styles still come after both.
 */
export class GatePart<Module extends StyledModule> {
  /** Settles once the module is in, or could not be loaded: `updateComplete` waits for it. */
  loading?: Promise<void>;
  /** The module, once in; `null` when it could not be loaded. */
  module?: Module | null;
  private readonly host: Host;
  private readonly ownStyles: CSSResult;
  private readonly importModule: () => Promise<Module>;
  /** What the warning names when the module could not be loaded, and what the gate does instead. */
  private readonly failure: { attribute: string; fallback: string };

  /** `ownStyles`: the gate's own styles, which the part's follow. */
  constructor(host: Host, ownStyles: CSSResult, importModule: () => Promise<Module>, failure: { attribute: string; fallback: string }) {
    this.host = host;
    this.ownStyles = ownStyles;
    this.importModule = importModule;
    this.failure = failure;
  }

  /** Whether the module is still to come (the gate keeps its room meanwhile). */
  get waiting(): boolean {
    return this.module === undefined;
  }

  /** Loads the module, once. */
  load(): void {
    this.loading ??= this.importModule().then(
      (module) => {
        this.module = module;
        this.adoptStyles(module.styles);
        this.host.requestUpdate();
      },
      (error: unknown) => {
        this.module = null;
        const { attribute, fallback } = this.failure;
        warnOnce(this.host, [{ attribute, message: `could not be loaded (${String(error)}); ${fallback}.` }]);
        this.host.requestUpdate();
      },
    );
  }

  private adoptStyles(styles: CSSResult): void {
    const root = this.host.shadowRoot;
    if (!root || !styles.styleSheet) return;
    const sheets = [...root.adoptedStyleSheets];
    sheets.splice(sheets.indexOf(this.ownStyles.styleSheet!) + 1, 0, styles.styleSheet);
    root.adoptedStyleSheets = sheets;
  }
}
