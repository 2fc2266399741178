import type { Entitlement } from './entitlement.js';

/** `own`: `{articleId, url, meter}` for each metered view. `amp`: the entitlement JSON for every view, as amp-subscriptions sends it. */
export type PingbackFormat = 'own' | 'amp';

/** What the view was, and what decided it. */
export interface PingbackView {
  articleId: string;
  url: string;
  entitlement: Entitlement;
  /** The endpoint's answer as it came, when one decided. */
  answer?: unknown;
}

/** An entitlement in amp-subscriptions' shape, for views no endpoint answered (an adapter, the local meter, the failure policy). */
const ampShape = ({ granted, reason, meter }: Entitlement) => ({
  granted,
  grantReason: reason,
  data: meter && { articlesRead: meter.used, articleLimit: meter.limit, articlesRemaining: meter.remaining },
});

/** The body to report for a view, or `undefined` when this format reports none. */
export function pingbackBody(format: PingbackFormat, { articleId, url, entitlement, answer }: PingbackView): string | undefined {
  if (format === 'amp') return JSON.stringify(answer ?? ampShape(entitlement));
  if (entitlement.granted && entitlement.reason === 'METERING') return JSON.stringify({ articleId, url, meter: entitlement.meter });
  return undefined;
}

/**
 * Reports a view: a beacon, which is a text/plain POST (no CORS preflight) that outlives the
 * page and carries the site's cookies, as amp-subscriptions' pingback does.
 */
export function sendPingback(url: string, body: string): void {
  // Where there is no beacon (some embedded browsers), no report: never an exception.
  navigator.sendBeacon?.(url, body);
}
