/** Fires a bubbling, composed event with `detail` from `el`; false when a listener cancelled it. */
export const emit = <T>(el: Element, type: string, detail: T, cancelable = false): boolean =>
  el.dispatchEvent(new CustomEvent<T>(type, { bubbles: true, composed: true, cancelable, detail }));
