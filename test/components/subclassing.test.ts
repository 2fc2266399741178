import { expect, fixture, html as testHtml } from '@open-wc/testing';
import { css, html, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { BenefitsList, PaywallGate, PlanCard } from '../../src/index.js';
import '../../src/define.js';
import { part, partText } from '../support/helpers.js';

/** A publisher's card: the parent's properties plus its own, and its styles on top of the parent's. */
class SitePlanCard extends PlanCard {
  static override properties = { ribbon: { type: String, attribute: 'ribbon-text' } };
  static override styles = [
    PlanCard.styles,
    css`
      [part~='card'] {
        outline: 3px solid rgb(1, 2, 3);
      }
    `,
  ];
  declare ribbon?: string;

  protected override render() {
    return html`${super.render()}
      <p part="ribbon">${this.ribbon}</p>`;
  }
}
customElements.define('site-plan-card', SitePlanCard);

/** A subclass written with Lit's decorators. */
class DecoratedBenefits extends BenefitsList {
  @property({ type: Boolean, reflect: true }) compact = false;
  @state() private clicks = 0;
  @query('[part~="list"]') list!: HTMLUListElement;

  protected override render() {
    return html`${super.render()}<button @click=${() => this.clicks++}>${this.clicks}</button>`;
  }
}
customElements.define('decorated-benefits', DecoratedBenefits);

class DecoratedGate extends PaywallGate {
  @property({ attribute: 'site-section' }) siteSection?: string;
}
customElements.define('decorated-gate', DecoratedGate);

/** A controller that records its host's lifecycle. */
class LifecycleRecorder implements ReactiveController {
  calls: string[] = [];
  constructor(host: ReactiveControllerHost) {
    host.addController(this);
  }
  hostConnected() {
    this.calls.push('connected');
  }
  hostUpdate() {
    this.calls.push('update');
  }
  hostUpdated() {
    this.calls.push('updated');
  }
  hostDisconnected() {
    this.calls.push('disconnected');
  }
}

describe('subclassing and extending', () => {
  it('a subclass with its own properties and styles keeps the parent’s attributes, properties and styles', async () => {
    const el = await fixture<SitePlanCard>(
      testHtml`<site-plan-card lang="en-IN" name="Annual" price="2700" currency="INR" period="P1Y" cta-label="Go" ribbon-text="New" featured></site-plan-card>`,
    );
    expect(el).to.be.instanceOf(PlanCard);
    expect(partText(el, 'price')).to.equal('₹2,700');
    expect(partText(el, 'per-month')).to.equal('₹225/month');
    expect(partText(el, 'cta')).to.equal('Go');
    expect(partText(el, 'ribbon')).to.equal('New');
    expect(el.featured).to.equal(true);
    const card = getComputedStyle(part(el, 'card'));
    expect(card.outlineColor).to.equal('rgb(1, 2, 3)');
    // The parent's own styles still apply: the featured card's ring.
    expect(card.boxShadow).to.contain('0px 0px 0px 2px');
    el.setAttribute('price', '900');
    el.setAttribute('ribbon-text', 'Changed');
    await el.updateComplete;
    expect(partText(el, 'price')).to.equal('₹900');
    expect(partText(el, 'ribbon')).to.equal('Changed');
  });

  it('a subclass can use Lit’s decorators beside the parent’s', async () => {
    const el = await fixture<DecoratedBenefits>(
      testHtml`<decorated-benefits heading="Included" compact><ul><li><strong>Archive</strong> Since 1997.</li></ul></decorated-benefits>`,
    );
    expect(el.compact).to.equal(true);
    expect(el.list.querySelectorAll('li')).to.have.length(1);
    expect(partText(el, 'heading')).to.equal('Included');
    el.shadowRoot!.querySelector('button')!.click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('button')!.textContent).to.equal('1');
    el.compact = false;
    await el.updateComplete;
    expect(el.hasAttribute('compact')).to.equal(false);

    const gate = await fixture<DecoratedGate>(
      testHtml`<decorated-gate site-section="city" preview-length="1"><p>One two three.</p></decorated-gate>`,
    );
    expect(gate.siteSection).to.equal('city');
    expect(gate.previewLength).to.equal(1);
    gate.entitlement = { granted: false };
    await gate.updateComplete;
    expect(gate.state).to.equal('locked');
  });

  it('a reactive controller added to a component follows its lifecycle', async () => {
    const el = document.createElement('plan-card');
    const recorder = new LifecycleRecorder(el);
    Object.assign(el, { name: 'Annual', price: 2700, currency: 'INR', period: 'P1Y' });
    const wrapper = await fixture<HTMLElement>(testHtml`<div></div>`);
    wrapper.append(el);
    await el.updateComplete;
    expect(recorder.calls).to.deep.equal(['connected', 'update', 'updated']);
    el.remove();
    expect(recorder.calls.at(-1)).to.equal('disconnected');

    const gate = document.createElement('paywall-gate');
    const gateRecorder = new LifecycleRecorder(gate);
    gate.innerHTML = '<p>One two three.</p>';
    wrapper.append(gate);
    gate.entitlement = { granted: true };
    await gate.updateComplete;
    expect(gateRecorder.calls.slice(0, 3)).to.deep.equal(['connected', 'update', 'updated']);
  });
});
