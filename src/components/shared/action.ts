import { html, nothing, type TemplateResult } from 'lit';

export interface Action {
  /** The `part` names of the link or button. */
  part: string;
  /** Where it leads: a link when set, else a button. */
  href?: string;
  /** Its label: text, or a slot with a fallback. */
  label: unknown;
  /** The id of what describes it. */
  describedBy?: string;
  /** Runs on activation, by click, Enter or Space. */
  onActivate?: (event: MouseEvent) => void;
}

/**
 * A call to action: a real link when it leads somewhere (so that it opens in a new tab, shows
 * its address, works without script), else a button.
 */
export function actionTemplate({ part, href, label, describedBy, onActivate }: Action): TemplateResult {
  return href
    ? html`<a part=${part} href=${href} aria-describedby=${describedBy ?? nothing} @click=${onActivate}>${label}</a>`
    : html`<button part=${part} type="button" aria-describedby=${describedBy ?? nothing} @click=${onActivate}>${label}</button>`;
}
