import { css, html, nothing, type TemplateResult } from 'lit';
import type { Problem } from '../../util/warn.js';
import type { View } from '../../entitlements/client.js';
import type { Meter } from '../../entitlements/entitlement.js';
import { mergeStrings, noticeMessage } from './gate-strings.js';
import { subscribeHref } from './subscribe-link.js';

/**
 * The meter notice on a free read: "2 of 3 free articles left this month", a link to subscribe,
 * and a button that dismisses it. It sits after the article, never over it, in the gate's live
 * region, which announces it once. Loaded only when a free read has a meter to tell (in the
 * script-tag build, a file of its own).
 */

export interface NoticeInputs {
  /** The JSON `strings`, then the `strings` property. */
  strings: unknown[];
  meter: Meter;
  freeLimit?: number;
  /** `subscribe-url`, when set and safe. */
  subscribeUrl?: string;
  /** The plan cards (the page's own, else those made from JSON): without `subscribe-url`, the link goes to the featured plan's checkout. */
  plans: readonly HTMLElement[];
  view: View;
  onDismiss: () => void;
}

/** The notice, or nothing when its numbers are unknown; with what was wrong with its strings. */
export function noticeContent({ strings: overrides, meter, freeLimit, subscribeUrl, plans, view, onDismiss }: NoticeInputs): {
  template: TemplateResult | undefined;
  problems: Problem[];
} {
  const problems: Problem[] = [];
  const strings = mergeStrings(problems, ...overrides);
  const message = noticeMessage(strings, meter, freeLimit);
  if (!message) return { template: undefined, problems };
  const href = subscribeHref(subscribeUrl, plans, view);
  const template = html`<div part="notice">
    <p part="notice-text"><slot name="notice">${message}</slot></p>
    ${href ? html`<a part="notice-link" href=${href}>${strings.noticeLink}</a>` : nothing}
    <button part="notice-dismiss" type="button" aria-label=${strings.noticeDismiss} @click=${onDismiss}>×</button>
  </div>`;
  return { template, problems };
}

export const styles = css`
  [part~='notice'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) / 2) var(--_space);
    margin-block-start: var(--_space);
    padding: calc(var(--_space) / 2) var(--_space);
    border-radius: var(--_radius);
    background: var(--paywall-gate-notice-background, var(--_surface));
    color: var(--_text);
    font-family: var(--paywall-font-family, system-ui, sans-serif);
    font-size: 0.9375rem;
    line-height: 1.4;
  }
  [part~='notice-text'] {
    flex: 1 1 12rem;
  }
  [part~='notice-link'] {
    color: var(--_accent);
    font-weight: 700;
  }
  [part~='notice-dismiss'] {
    min-width: 2.75rem;
    min-height: 2.75rem;
    border: 0;
    border-radius: var(--_radius);
    background: transparent;
    color: var(--_muted);
    font: inherit;
    font-size: 1.25rem;
    cursor: pointer;
  }
`;
