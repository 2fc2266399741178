import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';

/**
 * Tells a component whether the page put content into one of its named slots, and updates it
 * when that changes, so that a template can hide the box around an empty slot (a badge, a login
 * line) and show it when content arrives later.
 */
export class SlottedContentController implements ReactiveController {
  private readonly host: ReactiveControllerHost & HTMLElement;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.host = host;
    host.addController(this);
  }

  /** Whether a direct child of the host is assigned to the slot `name` (never on the server, which cannot see children). */
  has(name: string): boolean {
    if (isServer) return false;
    return [...this.host.children].some((child) => child.slot === name);
  }

  hostConnected(): void {
    this.host.shadowRoot?.addEventListener('slotchange', this.handleSlotChange);
  }

  hostDisconnected(): void {
    this.host.shadowRoot?.removeEventListener('slotchange', this.handleSlotChange);
  }

  private readonly handleSlotChange = (): void => {
    this.host.requestUpdate();
  };
}
