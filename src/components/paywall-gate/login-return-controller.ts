import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { PageScope } from './page-scope.js';

/** What a login page posts to its opener (or the gate's page) when the reader has logged in. */
const LOGIN_MESSAGE = 'paywall-login';

/** Window events that tell the gate the reader may be back from logging in. */
const RETURN_EVENTS = ['focus', 'visibilitychange', 'message'] as const;

/**
 * Knows when the reader comes back from logging in, and then calls `onReturn`: when the tab
 * shows again after a gate's login link was followed (in this tab or another), or when a login
 * popup posts `"paywall-login"` (or `{ type: "paywall-login" }`) from the login link's origin or
 * the page's own.
 */
export class LoginReturnController implements ReactiveController {
  /** The login link's origin, whose messages are trusted. */
  loginOrigin?: string;
  /** The logins started on this page that this gate has already come back from. */
  private loginsSeen: number;
  private readonly scope: PageScope;
  private readonly onReturn: () => void;

  constructor(host: ReactiveControllerHost, scope: PageScope, onReturn: () => void) {
    this.scope = scope;
    this.onReturn = onReturn;
    this.loginsSeen = scope.loginsStarted;
    host.addController(this);
  }

  hostConnected(): void {
    // visibilitychange bubbles from the document to the window.
    for (const type of RETURN_EVENTS) window.addEventListener(type, this.handleReturn);
  }

  hostDisconnected(): void {
    for (const type of RETURN_EVENTS) window.removeEventListener(type, this.handleReturn);
  }

  /** The reader follows a login link: kept answers are about to be wrong, and every gate asks again on the way back. */
  leave(): void {
    this.scope.loginsStarted += 1;
    this.scope.answers.forget();
  }

  private isLoginMessage({ origin, data }: MessageEvent): boolean {
    const trusted = origin === location.origin || origin === this.loginOrigin;
    const type = typeof data === 'object' && data !== null ? (data as { type?: unknown }).type : data;
    return trusted && type === LOGIN_MESSAGE;
  }

  private readonly handleReturn = (event: Event): void => {
    if (event instanceof MessageEvent) {
      if (!this.isLoginMessage(event)) return;
    } else if (this.loginsSeen === this.scope.loginsStarted || document.visibilityState !== 'visible') return;
    this.loginsSeen = this.scope.loginsStarted;
    // Answers kept, or still on their way, are the anonymous reader's: the first gate to hear
    // this event forgets them, so that every gate's question starts (and shares) a new request.
    if (this.scope.lastReturn !== event) {
      this.scope.lastReturn = event;
      this.scope.answers.forget();
    }
    this.onReturn();
  };
}
