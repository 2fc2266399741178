import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/define.js';
import type { PaywallGate } from '../../src/components/paywall-gate/paywall-gate.js';
import { animationsFinished, part, partText } from '../support/helpers.js';

// A gate that a server rendered (paywall-elements/ssr): its view arrives in a declarative shadow
// root, parsed as a page's HTML is. The gate keeps it until its own view can take its place.

const config = { plans: [{ name: 'Annual', price: 2700, currency: 'INR', period: 'P1Y', href: '#annual', featured: true }] };

/** What the server's shadow root holds here: a stand-in for renderGate's locked view, told apart by its id. */
const SERVER_VIEW =
  '<template shadowrootmode="open"><section part="base" id="server"><slot></slot>' +
  '<div part="offer"><div part="heading" role="heading" aria-level="2">From the server</div></div></section></template>';

/** A gate parsed from HTML, as the browser parses a server's page: `marked` adds what renderGate writes on it. */
async function serverGate(marked = true): Promise<PaywallGate> {
  const wrapper = await fixture<HTMLElement>(html`<div lang="en-IN"></div>`);
  const attributes = marked ? 'state="locked" server-rendered' : '';
  wrapper.setHTMLUnsafe(
    `<paywall-gate preview-length="1" preview-unit="paragraphs" login-url="/login" content-url="/rest" ${attributes}>${SERVER_VIEW}` +
      `<script type="application/json">${JSON.stringify(config)}</script><article><p>Preview.</p></article></paywall-gate>`,
  );
  const gate = wrapper.querySelector('paywall-gate')!;
  await gate.updateComplete;
  return gate;
}

const sections = (gate: PaywallGate) => [...gate.shadowRoot!.querySelectorAll('section')].map((section) => section.id || 'own');
const locked = { granted: false, reason: 'METERING', meter: { used: 3, limit: 3, remaining: 0 } };

describe('<paywall-gate> rendered on the server', () => {
  it('keeps the server’s view, and its locked state, while it decides; then shows its own in its place, without fading it in', async () => {
    const gate = await serverGate();
    expect(gate.state).to.equal('pending');
    expect(gate.getAttribute('state')).to.equal('locked');
    expect(sections(gate)).to.deep.equal(['server']);
    const lock = oneEvent(gate, 'paywall-lock');
    gate.entitlement = locked;
    await lock;
    await gate.updateComplete;
    expect(sections(gate)).to.deep.equal(['own']);
    expect(gate.getAttribute('state')).to.equal('locked');
    expect(partText(gate, 'heading')).to.equal('You have read 3 of your 3 free articles this month.');
    expect(gate.shadowRoot!.querySelectorAll('plan-card')).to.have.length(1);
    expect(part(gate, 'offer').getAnimations()).to.have.length(0);
    await animationsFinished();
    await expect(gate).to.be.accessible();
  });

  it('unlocks from the server’s locked view: the view goes, and the unlock is announced', async () => {
    const gate = await serverGate();
    gate.entitlement = { granted: true, reason: 'SUBSCRIBER' };
    await gate.updateComplete;
    expect(sections(gate)).to.deep.equal(['own']);
    expect(gate.getAttribute('state')).to.equal('unlocked');
    await gate.updateComplete;
    expect(part(gate, 'status').textContent).to.include('Full access');
  });

  it('replaces a declarative shadow root it was not marked for (Lit SSR of the element itself) once its own view is ready', async () => {
    const gate = await serverGate(false);
    expect(sections(gate)).to.deep.equal(['server']);
    gate.entitlement = locked;
    await gate.updateComplete;
    expect(sections(gate)).to.deep.equal(['own']);
    expect(gate.shadowRoot!.textContent).to.not.include('From the server');
  });
});
