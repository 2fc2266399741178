import type { OutlineHeading, TextSample } from './types.js';

/**
 * What a reader sees of the page: its text, and its headings in reading order, shadow roots and
 * slots followed as the browser lays them out.
 */

/** The library's elements: what they render in their shadow roots is the paywall's. */
const PAYWALL_TAGS = new Set(['paywall-gate', 'plan-card', 'benefits-list']);

/** Laid out and not hidden (`hidden`, `display: none`, `visibility: hidden`); a slot, which has no box of its own, by its display. */
function isVisible(el: Element): boolean {
  const display = getComputedStyle(el).display;
  if (display === 'contents') return true;
  return display !== 'none' && (el.checkVisibility?.({ visibilityProperty: true }) ?? true);
}

/** How findings name a gate: its place on the page, and its article id when it has one. */
export function gateLabel(gate: Element, index: number): string {
  const id = gate.getAttribute('article-id');
  return `Gate ${index + 1}${id ? ` (${id})` : ''}`;
}

/** Every element with an open shadow root, in the document and in shadow roots within. */
function shadowHosts(root: Document | ShadowRoot): Element[] {
  return [...root.querySelectorAll('*')].filter((el) => el.shadowRoot).flatMap((el) => [el, ...shadowHosts(el.shadowRoot!)]);
}

/** How a text sample names a shadow root's host. */
function hostName(host: Element, gates: Element[]): string {
  if (host.localName === 'paywall-gate') return `The offer of ${gateLabel(host, gates.indexOf(host))}`;
  const name = host.getAttribute('name') ?? (host as { name?: unknown }).name;
  return `<${host.localName}>${typeof name === 'string' && name ? ` “${name}”` : ''}`;
}

/** The visible text of the page, and of each shadow root apart (the page's own text leaves them out). */
export function visibleTexts(doc: Document): TextSample[] {
  const gates = [...doc.querySelectorAll('paywall-gate')];
  const samples: TextSample[] = [{ where: 'The page', text: doc.body?.innerText ?? '' }];
  for (const host of shadowHosts(doc)) {
    if (!isVisible(host)) continue;
    const shown = [...host.shadowRoot!.children].filter((el): el is HTMLElement => el instanceof HTMLElement && isVisible(el));
    const text = shown.map((el) => el.innerText).join('\n');
    if (text.trim()) samples.push({ where: hostName(host, gates), text });
  }
  return samples;
}

/** A node's children in the flat tree: a shadow root's instead of a host's, a slot's assigned nodes instead of its fallback. */
function flatChildren(node: Node): Node[] {
  if (node instanceof Element && node.shadowRoot) return [...node.shadowRoot.childNodes];
  if (node instanceof HTMLSlotElement) {
    const assigned = node.assignedNodes({ flatten: true });
    if (assigned.length > 0) return assigned;
  }
  return [...node.childNodes];
}

/** A node's text in the flat tree (what a heading reads, slotted text included). */
const flatText = (node: Node): string =>
  node.nodeType === Node.TEXT_NODE ? (node.textContent ?? '') : flatChildren(node).map(flatText).join('');

/** Whether an element was rendered by one of the library's elements, through however many shadow roots. */
function isPaywall(el: Element): boolean {
  for (let root = el.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) {
    if (PAYWALL_TAGS.has(root.host.localName)) return true;
  }
  return false;
}

/** An element's heading level: `<h1>`–`<h6>`, or `role=heading` with its `aria-level` (2 when it has none). */
function levelOf(el: Element): number | undefined {
  const tag = /^h([1-6])$/.exec(el.localName);
  if (tag) return Number(tag[1]);
  return el.getAttribute('role') === 'heading' ? Number(el.getAttribute('aria-level')) || 2 : undefined;
}

/** The visible headings in reading order. */
export function readOutline(doc: Document): OutlineHeading[] {
  const outline: OutlineHeading[] = [];
  const walk = (node: Node): void => {
    for (const child of flatChildren(node)) {
      if (!(child instanceof Element) || !isVisible(child)) continue;
      const level = levelOf(child);
      if (level === undefined) walk(child);
      else outline.push({ level, text: flatText(child).replace(/\s+/g, ' ').trim(), paywall: isPaywall(child) });
    }
  };
  if (doc.body) walk(doc.body);
  return outline;
}
