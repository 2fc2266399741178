import type { LitElement, ReactiveController } from 'lit';

/**
 * The locked view a server rendered into the gate's declarative shadow root (`paywall-elements/ssr`,
 * which marks the gate `server-rendered`). It stays until the gate can show its own view in its
 * place, so that nothing flashes or moves when the script takes over; the gate renders after it
 * meanwhile (nothing, until then). Any other view found in the shadow root goes at once.
 */
export class ServerView implements ReactiveController {
  private readonly host: LitElement;
  private nodes: ChildNode[] = [];

  constructor(host: LitElement) {
    this.host = host;
    host.addController(this);
  }

  /** Whether the server's view is still shown. */
  get shown(): boolean {
    return this.nodes.length > 0;
  }

  /** Connected with its shadow root made (the declarative one, when the page had it), not yet rendered. */
  hostConnected(): void {
    if (this.host.hasUpdated) return;
    const nodes = [...this.host.renderRoot.childNodes];
    if (this.host.hasAttribute('server-rendered')) this.nodes = nodes;
    else nodes.forEach((node) => node.remove());
    this.host.renderOptions.renderBefore = null;
  }

  /** Removes the view unless it must be kept; returns whether it is still shown. */
  keepWhile(keep: boolean): boolean {
    if (!keep) {
      this.nodes.forEach((node) => node.remove());
      this.nodes = [];
    }
    return this.shown;
  }
}
