/**
 * Registers a tag, unless it is taken: by an earlier copy of the library, or by the page, which
 * then keeps its own. So loading the library twice never throws.
 */
export function defineElement(tag: string, type: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, type);
}
