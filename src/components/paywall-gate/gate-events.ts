import type { Meter } from '../../entitlements/entitlement.js';
import type { FailureReason } from '../../entitlements/http.js';

/** `paywall-lock` and `paywall-unlock`: why, and the meter when the decision carried one. */
export interface GateDecisionDetail {
  reason?: string;
  meter?: Meter;
}

/** `paywall-login`: the login link the reader followed. */
export interface GateLoginDetail {
  url: string;
}

/** `paywall-error`: what failed, and why. */
export interface GateErrorDetail {
  /** `timeout`, `network`, `http-status`, `bad-json`, `bad-shape`, `too-large` or `refused`. */
  reason: FailureReason;
  /** The HTTP status, for `http-status`. */
  status?: number;
  /** What failed: the entitlement request (`entitlements-url` or `adapter`), or hard mode's `content-url`. */
  source: 'entitlements-url' | 'adapter' | 'content-url';
}

declare global {
  interface GlobalEventHandlersEventMap {
    'paywall-lock': CustomEvent<GateDecisionDetail>;
    'paywall-unlock': CustomEvent<GateDecisionDetail>;
    'paywall-login': CustomEvent<GateLoginDetail>;
    'paywall-error': CustomEvent<GateErrorDetail>;
  }
}
