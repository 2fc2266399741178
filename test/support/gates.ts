/** Gates on a test page, for the tests against real entitlement endpoints. */
import { fixture, html, waitUntil } from '@open-wc/testing';
import type { PaywallGate } from '../../src/components/paywall-gate/paywall-gate.js';

export const ARTICLE = '<article><p>Free opening paragraph.</p><p>SECRET second paragraph.</p><p>SECRET third.</p></article>';
export const DENIED = JSON.stringify({ granted: false, grantReason: 'METERING', data: { articlesRead: 5, articleLimit: 5 } });
export const GRANTED = JSON.stringify({ granted: true, grantReason: 'SUBSCRIBER' });

/** Gates on a page, each with the given attributes, in one wrapper. */
export async function gates(attrs: string, count = 1, article = ARTICLE): Promise<PaywallGate[]> {
  const wrapper = await fixture<HTMLElement>(html`<div></div>`);
  wrapper.innerHTML = Array.from(
    { length: count },
    () => `<paywall-gate preview-length="1" preview-unit="paragraphs" ${attrs}>${article}</paywall-gate>`,
  ).join('');
  return [...wrapper.querySelectorAll('paywall-gate')];
}

/** Resolves once the gate has decided, and shown the decision (the offer's module included). */
export async function settled(el: PaywallGate, timeout = 5000): Promise<void> {
  await waitUntil(() => el.state !== 'pending', 'the gate decided', { timeout });
  await el.updateComplete;
}

/** Whether text past the preview is in the page. */
export const secretShown = (el: PaywallGate) => el.textContent!.includes('SECRET');
