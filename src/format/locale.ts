import { isServer } from 'lit';

/** The canonical form of a BCP 47 tag, or `undefined` when it is malformed. */
export function canonicalLocale(tag: string | null | undefined): string | undefined {
  if (!tag?.trim()) return undefined;
  try {
    return Intl.getCanonicalLocales(tag.trim())[0];
  } catch {
    return undefined;
  }
}

/**
 * The `lang` in force for an element: the nearest ancestor's, crossing shadow roots, so a card
 * inside another component still follows the page's language. Else the browser's; on the server
 * (Lit SSR), which has neither, `en`: give a server-rendered card its `locale`.
 */
export function inheritedLocale(el: Element): string {
  if (isServer) return 'en';
  for (let node: Node | null = el; node;) {
    if (node instanceof Element) {
      const lang = canonicalLocale(node.getAttribute('lang'));
      if (lang) return lang;
    }
    node = node.parentNode ?? (node as ShadowRoot).host;
  }
  return canonicalLocale(navigator.language) ?? 'en';
}
