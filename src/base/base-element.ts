import { render } from 'lit/html.js';
import { camel, kebab } from '../util/case.js';

/**
 * The reactive base of the three components: Lit's own lifecycle (`static properties`,
 * `willUpdate` → `render` → `firstUpdated` → `updated`, `updateComplete`, `requestUpdate`),
 * rendering with lit-html, minus what they never use (controllers, decorators, converters,
 * style fallbacks for browsers without constructable stylesheets).
 *
 * Why not `LitElement`: its reactive half is 3 KB of the library's 14 KB gzipped budget; this
 * does the same work for these components in under 1 KB, which is what leaves room for the
 * entitlement client. Templates, `html`, `nothing` and directives are Lit's, unchanged.
 */

/** What `static properties` may say about one property. */
export interface PropertyDeclaration {
  /** `false` for no attribute. Else the attribute is the property name in kebab case (`previewLength`: `preview-length`). */
  attribute?: boolean;
  /** How an attribute's text becomes the value: `Number`, `Boolean`, else the text itself. */
  type?: NumberConstructor | BooleanConstructor;
}

/** The names of the properties changed since the last update. */
export type PropertyValues<T = unknown> = Set<keyof T | PropertyKey>;

/** Styles as text, kept whole (CSS escapes included); a sheet is made once per class. */
export const css: (strings: TemplateStringsArray, ...values: unknown[]) => string = String.raw;

/** Each class's styles as one stylesheet, made for its first instance and shared by all. */
const sheets = new WeakMap<object, CSSStyleSheet>();

export abstract class BaseElement extends HTMLElement {
  declare static properties: Record<string, PropertyDeclaration>;
  declare static styles: string[];

  /** Read once by `customElements.define`: the moment to make the accessors. */
  static get observedAttributes(): string[] {
    const attributes = [];
    for (const [name, { attribute }] of Object.entries(this.properties)) {
      if (attribute !== false) attributes.push(kebab(name));
      Object.defineProperty(this.prototype, name, {
        get(this: BaseElement) {
          return this._values.get(name);
        },
        set(this: BaseElement, value: unknown) {
          const old = this._values.get(name);
          this._values.set(name, value);
          if (old !== value) this.requestUpdate(name);
        },
        configurable: true,
      });
    }
    return attributes;
  }

  /** The shadow root the template renders into. */
  readonly renderRoot: ShadowRoot = this.attachShadow({ mode: 'open' });
  /** True after the first update. */
  declare hasUpdated?: boolean;
  private _values = new Map<PropertyKey, unknown>();
  private _changed: PropertyValues = new Set();
  private _pending?: boolean;
  private _enable!: (value: boolean) => void;
  private _done: Promise<boolean> = new Promise((resolve) => (this._enable = resolve));

  constructor() {
    super();
    const type = this.constructor as typeof BaseElement;
    let sheet = sheets.get(type);
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(type.styles.join(''));
      sheets.set(type, sheet);
    }
    this.renderRoot.adoptedStyleSheets = [sheet];
    // Values a page gave the element before its class was defined go through the accessors.
    for (const name of Object.keys(type.properties)) {
      if (Object.hasOwn(this, name)) {
        const value = this[name as keyof this];
        delete this[name as keyof this];
        queueMicrotask(() => (this[name as keyof this] = value));
      }
    }
    this.requestUpdate();
  }

  connectedCallback(): void {
    // Updates wait for the first connection.
    this._enable(true);
  }

  disconnectedCallback(): void {}

  attributeChangedCallback(attribute: string, _old: string | null, value: string | null): void {
    const name = camel(attribute);
    const convert = (this.constructor as typeof BaseElement).properties[name].type;
    (this as Record<string, unknown>)[name] = convert === Boolean ? value !== null : convert === Number && value !== null ? Number(value) : value;
  }

  /** Asks for an update in a microtask; `name` records what changed. */
  requestUpdate(name?: PropertyKey): void {
    if (name !== undefined) this._changed.add(name);
    if (!this._pending) {
      this._pending = true;
      this._done = this._schedule();
    }
  }

  /** After the previous update (the first waits for a connection): `willUpdate`, `render`, `firstUpdated`, `updated`. */
  private async _schedule(): Promise<boolean> {
    // A failed update (an exception in render) does not stop the ones after it.
    await this._done.catch(() => {});
    const changed = this._changed;
    try {
      this.willUpdate?.(changed);
      render(this.render(), this.renderRoot, { host: this });
    } finally {
      this._changed = new Set();
      this._pending = false;
    }
    if (!this.hasUpdated) {
      this.hasUpdated = true;
      this.firstUpdated?.(changed);
    }
    this.updated?.(changed);
    return !this._pending;
  }

  /** Resolves after the pending update (and any it requested), to `true` when none is left. */
  get updateComplete(): Promise<boolean> {
    return this._done;
  }

  protected willUpdate?(changed: PropertyValues): void;
  protected abstract render(): unknown;
  protected firstUpdated?(changed: PropertyValues): void;
  protected updated?(changed: PropertyValues): void;
}
