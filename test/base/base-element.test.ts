import { expect } from '@open-wc/testing';
import { html } from 'lit/html.js';
import { BaseElement, css, type PropertyValues } from '../../src/base/base-element.js';

/** A test element that records its lifecycle. */
class TestElement extends BaseElement {
  static override styles = [css`:host { display: block; color: rgb(1, 2, 3); }`];
  static override properties = {
    label: {},
    maxCount: { type: Number },
    open: { type: Boolean },
    secret: { attribute: false },
  };
  declare label?: string;
  declare maxCount?: number;
  declare open?: boolean;
  declare secret?: unknown;
  log: string[] = [];
  failOnce = false;

  protected override willUpdate(changed: PropertyValues): void {
    this.log.push(`willUpdate ${[...changed].join(',')}`);
  }
  protected override render() {
    if (this.failOnce) {
      this.failOnce = false;
      throw new Error('render failed');
    }
    return html`<p>${this.label}</p>`;
  }
  protected override firstUpdated(): void {
    this.log.push(`firstUpdated ${this.hasUpdated}`);
  }
  protected override updated(): void {
    this.log.push('updated');
  }
}
customElements.define('test-base-element', TestElement);

describe('BaseElement', () => {
  it('maps kebab-case attributes to properties, converting Number and Boolean', async () => {
    expect(TestElement.observedAttributes).to.deep.equal(['label', 'max-count', 'open']);
    const el = document.createElement('test-base-element') as TestElement;
    el.setAttribute('label', 'Hello');
    el.setAttribute('max-count', '7');
    el.setAttribute('open', '');
    document.body.append(el);
    await el.updateComplete;
    expect([el.label, el.maxCount, el.open]).to.deep.equal(['Hello', 7, true]);
    expect(el.shadowRoot!.querySelector('p')!.textContent).to.equal('Hello');
    el.removeAttribute('open');
    expect(el.open).to.equal(false);
    el.remove();
  });

  it('batches changes into one update, in Lit’s order, after the first connection', async () => {
    const el = document.createElement('test-base-element') as TestElement;
    el.label = 'a';
    el.maxCount = 1;
    await Promise.resolve();
    expect(el.log).to.deep.equal([]);
    document.body.append(el);
    expect(await el.updateComplete).to.equal(true);
    expect(el.log).to.deep.equal(['willUpdate label,maxCount', 'firstUpdated true', 'updated']);
    el.label = 'b';
    el.label = 'b';
    await el.updateComplete;
    expect(el.log.slice(3)).to.deep.equal(['willUpdate label', 'updated']);
    expect(getComputedStyle(el).color).to.equal('rgb(1, 2, 3)');
    el.remove();
  });

  it('takes values a page set before the class was defined', async () => {
    const el = document.createElement('test-late-element') as TestElement;
    (el as unknown as { label: string }).label = 'early';
    document.body.append(el);
    customElements.define('test-late-element', class extends TestElement {});
    await (el as TestElement).updateComplete;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('p')!.textContent).to.equal('early');
    expect(Object.hasOwn(el, 'label')).to.equal(false);
    el.remove();
  });

  it('goes on updating after an update failed', async () => {
    const el = document.createElement('test-base-element') as TestElement;
    document.body.append(el);
    await el.updateComplete;
    const errors: unknown[] = [];
    const onRejection = (event: PromiseRejectionEvent) => {
      errors.push(event.reason);
      event.preventDefault();
    };
    window.addEventListener('unhandledrejection', onRejection);
    try {
      el.failOnce = true;
      el.label = 'broken';
      await el.updateComplete.catch(() => {});
      el.label = 'fixed';
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('p')!.textContent).to.equal('fixed');
    } finally {
      await new Promise((resolve) => setTimeout(resolve));
      window.removeEventListener('unhandledrejection', onRejection);
      el.remove();
    }
  });
});
