import type { Finding } from './types.js';

/**
 * The doctor's overlay: a small panel in a corner, in its own shadow root so that the page's
 * styles neither reach it nor are reached. Built from DOM calls (no HTML strings, which Trusted
 * Types would refuse), styled by a constructed sheet (which a CSP's style-src does not block).
 */

const STYLES = `
:host { all: initial; }
aside {
  position: fixed; inset-block-end: 1rem; inset-inline-end: 1rem; z-index: 2147483647;
  box-sizing: border-box; inline-size: min(32rem, calc(100vw - 2rem)); max-block-size: min(60vh, 36rem);
  display: flex; flex-direction: column; gap: 0.5rem; padding: 0.75rem 1rem;
  font: 14px/1.45 system-ui, sans-serif; color: #1b1b1b; background: #fff;
  border: 2px solid #1b1b1b; border-radius: 0.5rem; box-shadow: 0 0.5rem 2rem #0004;
}
header { display: flex; align-items: baseline; justify-content: space-between; gap: 1rem; }
strong { font-size: 1rem; }
button { font: inherit; color: #fff; background: #1b1b1b; border: 0; border-radius: 0.25rem; padding: 0.25rem 0.75rem; cursor: pointer; }
button:focus-visible, ol:focus-visible { outline: 3px solid #0b57d0; outline-offset: 2px; }
ol { margin: 0; padding: 0 0 0 1.25rem; overflow: auto; }
li { margin-block: 0 0.5rem; }
.severity { font-weight: 700; text-transform: uppercase; }
.error .severity { color: #a50e0e; }
.warning .severity { color: #7a4b00; }
.fix { display: block; }
.fix, .note { color: #3c3c3c; }
@media (prefers-color-scheme: dark) {
  aside { color: #f1f1f1; background: #1b1b1b; border-color: #f1f1f1; }
  button { color: #1b1b1b; background: #f1f1f1; }
  .error .severity { color: #ff8a80; }
  .warning .severity { color: #ffd180; }
  .fix, .note { color: #d0d0d0; }
}`;

/** An element with text, and a class for styling. */
function el(tag: string, text?: string, className?: string): HTMLElement {
  const element = document.createElement(tag);
  if (text !== undefined) element.textContent = text;
  if (className) element.className = className;
  return element;
}

function findingItem(finding: Finding): HTMLElement {
  const item = el('li', undefined, finding.severity);
  item.append(
    el('span', finding.severity, 'severity'),
    ` (${finding.check}) ${finding.message} `,
    el('span', `Fix: ${finding.fix}`, 'fix'),
  );
  return item;
}

/** The summary line: how many errors and warnings, or none. */
export function summaryOf(findings: readonly Finding[]): string {
  const errors = findings.filter((finding) => finding.severity === 'error').length;
  const warnings = findings.length - errors;
  if (findings.length === 0) return 'No problems found.';
  return `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}.`;
}

/**
 * Shows the findings in a panel with a Close button (Escape closes it too); returns the panel's
 * host, which closing removes. The list scrolls, and takes focus to be scrolled by keyboard.
 */
export function showOverlay(findings: readonly Finding[], notes: readonly string[]): HTMLElement {
  const host = el('div');
  host.dataset.paywallDoctor = '';
  const root = host.attachShadow({ mode: 'open' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(STYLES);
  root.adoptedStyleSheets = [sheet];
  const panel = el('aside');
  panel.setAttribute('aria-labelledby', 'title');
  const title = el('strong', `Paywall doctor: ${summaryOf(findings)}`);
  title.id = 'title';
  const close = el('button', 'Close');
  close.setAttribute('type', 'button');
  close.addEventListener('click', () => host.remove());
  panel.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') host.remove();
  });
  const header = el('header');
  header.append(title, close);
  const list = el('ol');
  list.tabIndex = 0;
  list.setAttribute('aria-label', 'Findings');
  list.append(...findings.map(findingItem), ...notes.map((note) => el('li', `Not checked: ${note}`, 'note')));
  panel.append(header, ...(list.childElementCount > 0 ? [list] : []));
  root.append(panel);
  document.body.append(host);
  return host;
}
