/** Records console.warn calls until `restore()`; the messages are joined as the console shows them. */
export function captureWarnings(): { messages: string[]; restore: () => void } {
  const original = console.warn;
  const messages: string[] = [];
  console.warn = (...args: unknown[]) => {
    messages.push(args.map(String).join(' '));
  };
  return { messages, restore: () => (console.warn = original) };
}

/** The text a reader sees in a shadow part, white space folded. */
export function partText(el: Element, part: string): string | undefined {
  const node = el.shadowRoot?.querySelector(`[part~="${part}"]`);
  return node ? (node as HTMLElement).innerText.replace(/\s+/g, ' ').trim() : undefined;
}

/** The element behind a shadow part. */
export function part<T extends Element = HTMLElement>(el: Element, name: string): T {
  const node = el.shadowRoot?.querySelector<T>(`[part~="${name}"]`);
  if (!node) throw new Error(`<${el.localName}> has no part "${name}"`);
  return node;
}

/**
 * Resolves once every running animation on the page (shadow trees included) has finished: axe
 * must judge the colours a reader ends up with, not a frame halfway through a fade-in.
 */
export async function animationsFinished(): Promise<void> {
  await Promise.all(document.getAnimations().map((animation) => animation.finished.catch(() => undefined)));
}
