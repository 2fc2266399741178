import type { Meter } from './entitlement.js';

/** What a pingback reports of one metered view. */
export interface PingbackReport {
  articleId: string;
  url: string;
  meter?: Meter;
}

/**
 * Reports a view: a beacon, which is a text/plain POST (no CORS preflight) that outlives the
 * page and carries the site's cookies.
 */
export function sendPingback(url: string, report: PingbackReport): void {
  navigator.sendBeacon(url, JSON.stringify(report));
}
