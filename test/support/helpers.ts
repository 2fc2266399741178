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
  // An animation may start a frame after the render that asked for it: look again until none runs.
  // Endless ones (a placeholder's shimmer) never finish, and are not waited for.
  const running = () =>
    allAnimations().filter((animation) => animation.playState !== 'finished' && animation.effect?.getComputedTiming().endTime !== Infinity);
  for (;;) {
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const animations = running();
    if (animations.length === 0) return;
    await Promise.all(animations.map((animation) => animation.finished.catch(() => undefined)));
  }
}

/** Every animation in the page and in its shadow trees (`document.getAnimations()` leaves those out). */
function allAnimations(root: Document | ShadowRoot = document): Animation[] {
  const animations = root.getAnimations();
  for (const element of root.querySelectorAll('*')) if (element.shadowRoot) animations.push(...allAnimations(element.shadowRoot));
  return animations;
}
