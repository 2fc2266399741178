import type { LitElement } from 'lit';

/**
 * A view a server rendered in an element's declarative shadow root (`paywall-elements/ssr`, or Lit
 * SSR): it stays until the element can show its own in its place, so that nothing flashes or moves
 * when the script takes over. Taken before the element's first render, which goes after it.
 */
export function takeServerView(host: LitElement): ChildNode[] {
  host.renderOptions.renderBefore = null;
  return [...host.renderRoot.childNodes];
}

/** What is left of the server's view: all of it until the element's own view is `ready`, then nothing. */
export function serverViewLeft(nodes: ChildNode[], ready: boolean): ChildNode[] {
  if (!ready) return nodes;
  nodes.forEach((node) => node.remove());
  return [];
}
