import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { PaywallGate } from '../../src/components/paywall-gate/paywall-gate.js';
import { DEFAULT_STRINGS } from '../../src/components/paywall-gate/gate-strings.js';
import { animationsFinished, captureWarnings, part, partText } from '../support/helpers.js';

const config = {
  plans: [
    { name: 'Quarterly', price: 900, currency: 'INR', period: 'P3M', href: '#quarterly' },
    { name: 'Annual', price: 2700, currency: 'INR', period: 'P1Y', href: '#annual', featured: true, badge: 'Best value' },
    { name: 'Two-Year', price: 3900, currency: 'INR', period: 'P2Y', href: '#two-year' },
  ],
  benefits: {
    heading: 'Every plan comes with',
    items: [
      { title: 'The archive', description: 'Everything since 1997.' },
      { title: 'No advertising', description: 'Pages free of banners.' },
    ],
  },
};

const paragraphs = [
  'Opening paragraph of the story, free to read.',
  'Second paragraph, still in the preview.',
  'SECRET-THIRD paragraph, only for subscribers.',
  'SECRET-FOURTH paragraph, with a <b>bold</b> word.',
];

/** The gate's markup; `attrs` replace the default preview attributes of the same name. */
function gateTemplate(attrs = '', json: unknown = config) {
  const defaults = ['preview-length="2"', 'preview-unit="paragraphs"', 'login-url="/login"'].filter(
    (d) => !attrs.includes(d.split('=')[0] + '='),
  );
  const article = paragraphs.map((p) => `<p>${p}</p>`).join('') + '<p><button class="in-article">Share</button> SECRET-LAST</p>';
  const script =
    json === undefined ? '' : `<script type="application/json">${typeof json === 'string' ? json : JSON.stringify(json)}</script>`;
  return `<paywall-gate ${defaults.join(' ')} ${attrs}>${script}<article>${article}</article></paywall-gate>`;
}

async function gate(attrs = '', json: unknown = config): Promise<PaywallGate> {
  const wrapper = await fixture<HTMLElement>(html`<div lang="en-IN"></div>`);
  wrapper.innerHTML = gateTemplate(attrs, json);
  const el = wrapper.querySelector('paywall-gate')!;
  await el.updateComplete;
  return el;
}

async function settle(el: PaywallGate) {
  await el.updateComplete;
  const cards = [...el.shadowRoot!.querySelectorAll('plan-card, benefits-list')] as PaywallGate[];
  await Promise.all(cards.map((c) => c.updateComplete));
}

const locked = { granted: false, reason: 'METERING', meter: { used: 5, limit: 5, remaining: 0 } };
const pageText = () => document.body.innerText + document.body.textContent;

describe('<paywall-gate>', () => {
  afterEach(async () => {
    await emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
    if (location.hash) history.replaceState(null, '', location.pathname + location.search);
  });

  describe('states', () => {
    it('is pending until a decision: only the preview is in the document, no offer yet', async () => {
      const el = await gate();
      expect(el.getAttribute('state')).to.equal('pending');
      expect(el.state).to.equal('pending');
      expect(el.querySelectorAll('article p')).to.have.length(2);
      expect(pageText()).to.not.include('SECRET');
      expect(el.shadowRoot!.querySelector('[part=heading]') === null).to.equal(true);
      expect(part(el, 'status').getAttribute('role')).to.equal('status');
      expect(part(el, 'status').textContent!.trim()).to.equal('');
      expect(part(el, 'offer').getBoundingClientRect().height).to.be.greaterThan(100);
      await animationsFinished();
      await expect(el).to.be.accessible();
    });

    it('locks: the preview, a fade, then the offer with the meter message, plans and benefits', async () => {
      const el = await gate();
      const lock = oneEvent(el, 'paywall-lock');
      el.entitlement = locked;
      const event = (await lock) as CustomEvent;
      await settle(el);
      expect(event.detail).to.deep.equal({ reason: 'METERING', meter: locked.meter });
      expect(event.bubbles && event.composed).to.equal(true);
      expect(el.getAttribute('state')).to.equal('locked');
      expect(partText(el, 'heading')).to.equal('You have read 5 of your 5 free articles this month.');
      expect(part(el, 'status').contains(part(el, 'heading'))).to.equal(true);
      expect(part(el, 'fade')).to.exist;
      const cards = [...el.shadowRoot!.querySelectorAll('plan-card')];
      expect(cards.map((c) => partText(c, 'price'))).to.deep.equal(['₹900', '₹2,700', '₹3,900']);
      expect(cards.map((c) => partText(c, 'per-month'))).to.deep.equal(['₹300/month', '₹225/month', '₹162/month']);
      const list = el.shadowRoot!.querySelector('benefits-list')!;
      expect(partText(list, 'heading')).to.equal('Every plan comes with');
      expect(list.shadowRoot!.querySelectorAll('[part=item]')).to.have.length(2);
      expect(pageText()).to.not.include('SECRET');
      await animationsFinished();
      await expect(el).to.be.accessible();
    });

    it('unlocks with the very same nodes, listeners intact, and no offer', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div></div>`);
      wrapper.innerHTML = gateTemplate();
      const el = wrapper.querySelector('paywall-gate')!;
      const nodes = [...el.querySelectorAll('article *')];
      const texts = [...el.querySelectorAll('article p')].map((p) => p.firstChild);
      let shared = 0;
      el.querySelector('.in-article')!.addEventListener('click', () => shared++);
      await el.updateComplete;
      el.entitlement = locked;
      await settle(el);
      expect(el.querySelectorAll('article p')).to.have.length(2);
      const unlock = oneEvent(el, 'paywall-unlock');
      el.entitlement = { granted: true, reason: 'SUBSCRIBER' };
      expect(((await unlock) as CustomEvent).detail.reason).to.equal('SUBSCRIBER');
      await el.updateComplete;
      expect(el.getAttribute('state')).to.equal('unlocked');
      // The very same nodes; the blocks that were past the preview now sit in the gated part (for hasPart).
      const gated = el.querySelector('article > div.paywall')!;
      expect([...gated.children].map((p) => p.textContent)).to.deep.equal(
        paragraphs
          .slice(2)
          .map((p) => p.replace(/<\/?b>/g, ''))
          .concat('Share SECRET-LAST'),
      );
      expect([...el.querySelectorAll('article *')].filter((node) => node !== gated)).to.deep.equal(nodes);
      expect([...el.querySelectorAll('article p')].map((p) => p.firstChild)).to.deep.equal(texts);
      expect(el.textContent).to.include('SECRET-FOURTH paragraph, with a bold word.');
      el.querySelector<HTMLButtonElement>('.in-article')!.click();
      expect(shared).to.equal(1);
      expect(el.shadowRoot!.querySelector('[part=heading], [part=plans], [part=fade]') === null).to.equal(true);
      expect(partText(el, 'status')).to.equal(DEFAULT_STRINGS.unlocked);
      await animationsFinished();
      await expect(el).to.be.accessible();
    });

    it('locks again after an unlock, cutting at the same place', async () => {
      const el = await gate();
      el.entitlement = { granted: true };
      await el.updateComplete;
      el.entitlement = locked;
      await settle(el);
      expect(el.querySelectorAll('article p')).to.have.length(2);
      expect(pageText()).to.not.include('SECRET');
    });

    for (const granted of ['true', 1, 'yes', null, undefined, {}]) {
      it(`does not unlock for granted: ${JSON.stringify(granted)}`, async () => {
        const el = await gate();
        el.entitlement = { granted } as never;
        await el.updateComplete;
        expect(el.state).to.equal('locked');
        expect(pageText()).to.not.include('SECRET');
      });
    }

    it('keeps focus where it was on unlock and announces the continuation', async () => {
      const el = await gate();
      const outside = document.createElement('button');
      outside.textContent = 'outside';
      el.parentElement!.prepend(outside);
      el.entitlement = locked;
      await settle(el);
      outside.focus();
      el.entitlement = { granted: true };
      await el.updateComplete;
      expect(document.activeElement).to.equal(outside);
      expect(part(el, 'status').textContent!.trim()).to.equal(DEFAULT_STRINGS.unlocked);
    });

    it('moves nothing above the offer when the decision arrives', async () => {
      const el = await gate();
      const last = el.querySelector('article p:last-of-type')!;
      const before = last.getBoundingClientRect().top;
      const offerTop = part(el, 'offer').getBoundingClientRect().top;
      el.entitlement = locked;
      await settle(el);
      expect(last.getBoundingClientRect().top).to.equal(before);
      expect(part(el, 'offer').getBoundingClientRect().top).to.equal(offerTop);
    });

    it('does without motion when the reader asks for reduced motion', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      const el = await gate();
      el.entitlement = locked;
      await settle(el);
      expect(getComputedStyle(part(el, 'offer')).animationName).to.equal('none');
      await emulateMedia({ reducedMotion: 'no-preference' });
      expect(getComputedStyle(part(el, 'offer')).animationName).to.not.equal('none');
    });

    it('passes axe when locked in dark mode', async () => {
      await emulateMedia({ colorScheme: 'dark' });
      const el = await gate();
      el.entitlement = locked;
      await settle(el);
      await animationsFinished();
      await expect(el).to.be.accessible();
    });

    it('works independently with several gates on a page', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div></div>`);
      wrapper.innerHTML = gateTemplate() + gateTemplate('preview-length="1" preview-unit="paragraphs"');
      const [a, b] = [...wrapper.querySelectorAll('paywall-gate')];
      await Promise.all([a.updateComplete, b.updateComplete]);
      expect(a.querySelectorAll('article p')).to.have.length(2);
      expect(b.querySelectorAll('article p')).to.have.length(1);
      b.entitlement = { granted: true };
      a.entitlement = locked;
      await settle(a);
      await b.updateComplete;
      expect(a.state).to.equal('locked');
      expect(b.state).to.equal('unlocked');
      expect(b.textContent).to.include('SECRET-LAST');
      expect(a.textContent).to.not.include('SECRET');
    });
  });

  describe('lifecycle', () => {
    it('takes in an article, JSON and plan cards added after the gate is in the page', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div lang="en-IN"></div>`);
      const el = document.createElement('paywall-gate');
      el.setAttribute('preview-length', '2');
      el.setAttribute('preview-unit', 'paragraphs');
      wrapper.append(el);
      el.entitlement = locked;
      await el.updateComplete;
      const warnings = captureWarnings();
      try {
        el.innerHTML = gateTemplate().replace(/^<paywall-gate[^>]*>|<\/paywall-gate>$/g, '');
        const card = Object.assign(document.createElement('plan-card'), { name: 'Late', price: 100, currency: 'INR', period: 'P1M' });
        el.append(card);
        await waitUntil(() => card.slot === 'plans', 'the card taken into the offer');
        await settle(el);
        expect(el.querySelectorAll('article p')).to.have.length(2);
        expect(pageText()).to.not.include('SECRET');
        expect(card.slot).to.equal('plans');
        expect(partText(el, 'heading')).to.equal('You have read 5 of your 5 free articles this month.');
        expect(warnings.messages).to.deep.equal([]);
      } finally {
        warnings.restore();
      }
    });

    it('cuts again from the whole article when the preview length or unit changes', async () => {
      const el = await gate('preview-length="1"');
      expect(el.querySelectorAll('article p')).to.have.length(1);
      el.setAttribute('preview-length', '3');
      await el.updateComplete;
      expect(el.querySelectorAll('article p')).to.have.length(3);
      el.previewUnit = 'words';
      el.previewLength = 2;
      await el.updateComplete;
      expect(el.querySelector('article')!.innerHTML).to.equal('<p>Opening paragraph</p>');
    });

    it('puts the status region in the page before its text, even when the decision comes first', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div></div>`);
      const holder = document.createElement('div');
      holder.innerHTML = gateTemplate();
      const el = holder.querySelector('paywall-gate')!;
      el.entitlement = locked;
      const inserted: boolean[] = [];
      wrapper.append(el);
      new MutationObserver((records) => {
        for (const r of records) {
          for (const node of r.addedNodes) {
            const heading = node instanceof Element && node.matches('[part=heading]');
            if (heading) inserted.push((r.target as Element).closest?.('[role=status]') !== null);
          }
        }
      }).observe(el.shadowRoot!, { childList: true, subtree: true });
      await settle(el);
      expect(partText(el, 'heading')).to.equal('You have read 5 of your 5 free articles this month.');
      expect(inserted).to.deep.equal([true]);
    });

    it('moves focus from the offer to the gate’s region when the offer goes on unlock', async () => {
      const el = await gate();
      el.entitlement = locked;
      await settle(el);
      part(el, 'login-link').focus();
      el.entitlement = { granted: true };
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement).to.equal(part(el, 'base'));
      expect(document.activeElement).to.equal(el);
    });

    it('passes axe with two gates on a page, in every state', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div lang="en-IN"></div>`);
      wrapper.innerHTML =
        gateTemplate().replace('<article>', '<article><h2>Tram line approved</h2>') +
        gateTemplate().replace('<article>', '<article><h2>Budget passes</h2>');
      const gates = [...wrapper.querySelectorAll('paywall-gate')];
      await Promise.all(gates.map((g) => g.updateComplete));
      await animationsFinished();
      await expect(wrapper).to.be.accessible();
      for (const entitlement of [locked, { granted: true }]) {
        gates.forEach((g) => (g.entitlement = entitlement));
        await Promise.all(gates.map((g) => settle(g)));
        await animationsFinished();
        await expect(wrapper).to.be.accessible();
      }
      expect(gates.map((g) => part(g, 'base').getAttribute('aria-label'))).to.deep.equal([
        'Story: Tram line approved',
        'Story: Budget passes',
      ]);
    });

    it('puts plan names and the benefits heading one level below its own heading', async () => {
      const el = await gate('heading-level="3"');
      el.entitlement = locked;
      await settle(el);
      expect(part(el, 'heading').getAttribute('aria-level')).to.equal('3');
      const card = el.shadowRoot!.querySelector('plan-card')!;
      expect(part(card, 'name').getAttribute('aria-level')).to.equal('4');
      const list = el.shadowRoot!.querySelector('benefits-list')!;
      expect(part(list, 'heading').getAttribute('aria-level')).to.equal('4');
    });

    it('shows a slotted login line even without login-url', async () => {
      const el = await gate('login-url=""');
      el.entitlement = locked;
      await el.updateComplete;
      expect(part(el, 'login').hidden).to.equal(true);
      el.append(Object.assign(document.createElement('p'), { slot: 'login', textContent: 'Subscribers: use the app.' }));
      await waitUntil(() => !part(el, 'login').hidden, 'the login line shown');
    });
  });

  describe('preview', () => {
    it('cuts by words, keeping the structure', async () => {
      const el = await gate('preview-length="4" preview-unit="words"');
      expect(el.querySelector('article')!.innerHTML).to.equal('<p>Opening paragraph of the</p>');
    });

    it('lets a break marker win over the length', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div></div>`);
      wrapper.innerHTML = '<paywall-gate preview-length="100"><p>Free part.</p><hr data-paywall-break><p>SECRET</p></paywall-gate>';
      const el = wrapper.querySelector('paywall-gate')!;
      await el.updateComplete;
      expect(el.textContent!.trim()).to.equal('Free part.');
    });

    it('shows a short article whole, with no offer', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div></div>`);
      wrapper.innerHTML = '<paywall-gate preview-length="50"><p>A short note, entirely free.</p></paywall-gate>';
      const el = wrapper.querySelector('paywall-gate')!;
      el.entitlement = locked;
      await el.updateComplete;
      expect(el.textContent).to.include('entirely free.');
      expect(part(el, 'offer').hidden).to.equal(true);
    });
  });

  describe('messages', () => {
    const subscribersOnly = 'This story is for subscribers only. You still have 2 of 5 free articles this month for other stories.';
    const meters: [unknown, string | null, string][] = [
      // Free articles left, yet locked: the story is for subscribers only.
      [{ used: 3, limit: 5 }, null, subscribersOnly],
      [{ used: 3 }, '5', subscribersOnly],
      [{ remaining: 2, limit: 5 }, null, subscribersOnly],
      // The free articles are used up.
      [{ used: 5, limit: 5 }, '10', 'You have read 5 of your 5 free articles this month.'],
      [{ used: 3, limit: 3, remaining: 0 }, null, 'You have read 3 of your 3 free articles this month.'],
      [{ used: 3 }, '3', 'You have read 3 of your 3 free articles this month.'],
      // Counts that contradict each other, or none: no numbers.
      [{ used: 3, limit: 5, remaining: 0 }, null, DEFAULT_STRINGS.headingFallback],
      [{ used: 3 }, null, DEFAULT_STRINGS.headingFallback],
      [{ used: null, limit: 5 }, null, DEFAULT_STRINGS.headingFallback],
      [{ used: NaN, limit: 5 }, null, DEFAULT_STRINGS.headingFallback],
      [{ used: -1, limit: 5 }, null, DEFAULT_STRINGS.headingFallback],
      [{ used: 2, limit: -5 }, null, DEFAULT_STRINGS.headingFallback],
      [{ used: '2', limit: '5' }, null, DEFAULT_STRINGS.headingFallback],
      [undefined, '5', DEFAULT_STRINGS.headingFallback],
      [undefined, null, DEFAULT_STRINGS.headingFallback],
      [null, 'abc', DEFAULT_STRINGS.headingFallback],
    ];
    for (const [meter, freeLimit, expected] of meters) {
      it(`meter ${JSON.stringify(meter)} with free-limit ${freeLimit}: "${expected}"`, async () => {
        const warnings = captureWarnings();
        try {
          const el = await gate(freeLimit === null ? '' : `free-limit="${freeLimit}"`);
          el.entitlement = { granted: false, meter } as never;
          await el.updateComplete;
          const heading = partText(el, 'heading')!;
          expect(heading).to.equal(expected);
          expect(heading).to.not.match(/[{}]/);
        } finally {
          warnings.restore();
        }
      });
    }

    it('says when the endpoint could not be asked, whatever the meter', async () => {
      const el = await gate('free-limit="5"');
      el.entitlement = { granted: false, reason: 'FAILURE', meter: { used: 5, limit: 5 } };
      await el.updateComplete;
      expect(partText(el, 'heading')).to.equal(DEFAULT_STRINGS.headingUnavailable);
    });

    it('takes each reason’s heading from the publisher’s strings, with its numbers', async () => {
      const el = await gate('', {
        strings: {
          heading: 'All {limit} read.',
          headingSubscribersOnly: 'Members only; {remaining} free left.',
          headingUnavailable: 'Try again soon.',
          headingFallback: 'Members only.',
        },
      });
      const headings: string[] = [];
      for (const entitlement of [
        { granted: false, meter: { used: 4, limit: 4 } },
        { granted: false, meter: { used: 1, limit: 4 } },
        { granted: false, reason: 'FAILURE' },
        { granted: false },
      ]) {
        el.entitlement = entitlement;
        await el.updateComplete;
        headings.push(partText(el, 'heading')!);
      }
      expect(headings).to.deep.equal(['All 4 read.', 'Members only; 3 free left.', 'Try again soon.', 'Members only.']);
    });

    it('never shows a raw placeholder from the publisher’s own strings', async () => {
      const warnings = captureWarnings();
      try {
        const el = await gate('free-limit="5"', {
          ...config,
          strings: { heading: 'You’ve reached your limit of {{free_limit}} free articles this month.', subheading: 'Go {nowhere}' },
        });
        el.entitlement = { granted: false };
        await el.updateComplete;
        // {{free_limit}} is filled, as copy moved from other systems has it; {nowhere} is unknown, so its default stands.
        expect(partText(el, 'heading')).to.equal('You’ve reached your limit of 5 free articles this month.');
        expect(partText(el, 'subheading')).to.equal(DEFAULT_STRINGS.subheading);
        expect(warnings.messages).to.deep.equal([
          '<paywall-gate> strings.subheading: "Go {nowhere}" has a placeholder that nothing fills; the default is used.',
        ]);
        // A meter string naming a number there is none of: refused with a warning, the string before it stands.
        el.strings = { heading: 'Read {{articles_used}} of {free_limit}' };
        await el.updateComplete;
        expect(partText(el, 'heading')).to.equal('You’ve reached your limit of 5 free articles this month.');
        expect(warnings.messages[1]).to.equal(
          '<paywall-gate> strings.heading: "Read {{articles_used}} of {free_limit}" has a placeholder that nothing fills; the default is used.',
        );
        expect(el.shadowRoot!.textContent).to.not.match(/[{}]/);
      } finally {
        warnings.restore();
      }
    });

    it('fills {freeLimit}, {used} and {remaining} in the publisher’s strings', async () => {
      const el = await gate('free-limit="5"', {
        strings: {
          heading: '{used} read, {remaining} left of {freeLimit}.',
          headingSubscribersOnly: 'Members only: {used} read, {remaining} left of {limit}.',
          headingFallback: 'No free articles left.',
        },
      });
      el.entitlement = { granted: false, meter: { used: 5 } };
      await el.updateComplete;
      expect(partText(el, 'heading')).to.equal('5 read, 0 left of 5.');
      el.entitlement = { granted: false, meter: { used: 2 } };
      await el.updateComplete;
      expect(partText(el, 'heading')).to.equal('Members only: 2 read, 3 left of 5.');
    });

    it('takes every string from the strings property over JSON, and from slots', async () => {
      const el = await gate('', { ...config, strings: { cta: 'From JSON', subheading: 'From JSON' } });
      el.strings = { cta: 'From property', loginLabel: 'Sign in', loginPrompt: 'Subscribed?' };
      el.entitlement = locked;
      await el.updateComplete;
      expect(partText(el, 'cta')).to.equal('From property');
      expect(partText(el, 'subheading')).to.equal('From JSON');
      expect(partText(el, 'login')).to.equal('Subscribed? Sign in');
      const heading = Object.assign(document.createElement('span'), { slot: 'heading', textContent: 'Our own heading' });
      el.append(heading);
      await el.updateComplete;
      const slot = part(el, 'heading').querySelector('slot')!;
      expect(slot.assignedNodes().map((n) => n.textContent)).to.deep.equal(['Our own heading']);
    });
  });

  describe('configuration', () => {
    it('prefers slotted plan cards and benefits to the JSON ones', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div></div>`);
      wrapper.innerHTML = gateTemplate().replace(
        '<article>',
        '<plan-card name="Slotted" price="100" currency="INR" period="P1M"></plan-card><benefits-list heading="Slotted benefits"><ul><li>One</li></ul></benefits-list><article>',
      );
      const el = wrapper.querySelector('paywall-gate')!;
      el.entitlement = locked;
      await settle(el);
      const slot = el.shadowRoot!.querySelector<HTMLSlotElement>('slot[name=plans]')!;
      expect(slot.assignedElements().map((c) => c.getAttribute('name'))).to.deep.equal(['Slotted']);
      const benefits = el.shadowRoot!.querySelector<HTMLSlotElement>('slot[name=benefits]')!;
      expect(benefits.assignedElements().map((c) => c.getAttribute('heading'))).to.deep.equal(['Slotted benefits']);
      expect(el.querySelectorAll('article p')).to.have.length(2);
      await animationsFinished();
      await expect(el).to.be.accessible();
    });

    it('forwards the parts of the cards it makes from JSON, so that the page can style them', async () => {
      const style = Object.assign(document.createElement('style'), {
        textContent: 'paywall-gate::part(plan-price) { color: rgb(1, 2, 3); } paywall-gate::part(benefits-title) { color: rgb(4, 5, 6); }',
      });
      document.head.append(style);
      try {
        const el = await gate();
        el.entitlement = locked;
        await settle(el);
        const card = el.shadowRoot!.querySelector('plan-card')!;
        const list = el.shadowRoot!.querySelector('benefits-list')!;
        expect(getComputedStyle(part(card, 'price')).color).to.equal('rgb(1, 2, 3)');
        expect(getComputedStyle(part(list, 'title')).color).to.equal('rgb(4, 5, 6)');
      } finally {
        style.remove();
      }
    });

    it('warns about invalid JSON and uses the defaults', async () => {
      const warnings = captureWarnings();
      try {
        const el = await gate('', '{"plans": [');
        el.entitlement = locked;
        await el.updateComplete;
        expect(warnings.messages).to.have.length(1);
        expect(warnings.messages[0]).to.match(/^<paywall-gate> config: is not valid JSON/);
        expect(partText(el, 'cta')).to.equal(DEFAULT_STRINGS.cta);
        expect(el.shadowRoot!.querySelectorAll('plan-card')).to.have.length(0);
      } finally {
        warnings.restore();
      }
    });

    it('ignores unknown, __proto__ and constructor keys, and changes no prototype', async () => {
      const warnings = captureWarnings();
      try {
        const json = `{"plans": [{"name": "A", "price": 1, "currency": "INR", "period": "P1M", "__proto__": {"polluted": 1}, "cta-label": "Go"}],
          "strings": {"__proto__": {"polluted": 2}, "constructor": {"prototype": {"polluted": 3}}, "cta": "Subscribe now", "bogus": "x"},
          "__proto__": {"polluted": 4}, "extra": true}`;
        const el = await gate('', json);
        el.entitlement = locked;
        await settle(el);
        expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
        expect(Object.hasOwn(Object.prototype, 'polluted')).to.equal(false);
        expect(partText(el, 'cta')).to.equal('Subscribe now');
        const card = el.shadowRoot!.querySelector('plan-card')!;
        expect(partText(card, 'cta')).to.equal('Go');
        expect(warnings.messages.every((m) => m.startsWith('<paywall-gate> config: '))).to.equal(true);
        expect(warnings.messages.join('\n')).to.include('"config.__proto__"').and.include('"config.extra"').and.include('"strings.bogus"');
        expect(warnings.messages.join('\n')).to.include('"strings.constructor"').and.include('"plans[0].__proto__"');
      } finally {
        warnings.restore();
      }
    });

    it('warns about JSON values of the wrong type and never throws', async () => {
      const warnings = captureWarnings();
      const errors: unknown[] = [];
      const onError = (e: ErrorEvent) => errors.push(e.message);
      window.addEventListener('error', onError);
      try {
        const plan = { ...config.plans[0], currency: 356, period: {}, perMonthLabel: 5, badge: { _$litDirective$: 1 }, featured: 'false' };
        const el = await gate('', { plans: [plan], benefits: { heading: ['a'], items: config.benefits.items } });
        el.entitlement = locked;
        await settle(el);
        const card = el.shadowRoot!.querySelector('plan-card')!;
        expect(card.featured).to.equal(false);
        expect(partText(card, 'price')).to.equal('900');
        expect(partText(card, 'period')).to.equal(undefined);
        const selected = oneEvent(card, 'paywall-plan-select');
        card.addEventListener('paywall-plan-select', (e) => e.preventDefault());
        part(card, 'cta').click();
        expect(((await selected) as CustomEvent).detail.plan.currency).to.equal(undefined);
        const paths = warnings.messages.join('\n');
        expect(paths).to.include('<plan-card> currency: "356" is not a known ISO 4217 code');
        for (const path of ['plans[0].period', 'plans[0].badge', 'plans[0].featured', 'benefits.heading']) {
          expect(paths).to.include(`"${path}" is unknown or invalid`);
        }
        expect(errors).to.deep.equal([]);
      } finally {
        warnings.restore();
        window.removeEventListener('error', onError);
      }
    });

    const bad: [string, RegExp, number][] = [
      ['preview-length="abc"', /^<paywall-gate> preview-length: "abc" is not a whole number/, 100],
      ['preview-length="-2"', /^<paywall-gate> preview-length: "-2" is not a whole number/, 100],
      ['preview-unit="lines"', /^<paywall-gate> preview-unit: "lines" is not words, characters or paragraphs; words is used\.$/, 2],
    ];
    for (const [attrs, warning, words] of bad) {
      it(`${attrs}: one warning and a sensible preview`, async () => {
        const warnings = captureWarnings();
        try {
          const wrapper = await fixture<HTMLElement>(html`<div></div>`);
          const text = Array.from({ length: 150 }, (_, i) => `w${i}`).join(' ');
          const length = attrs.includes('preview-length') ? '' : 'preview-length="2"';
          wrapper.innerHTML = `<paywall-gate ${length} ${attrs}><p>${text}</p></paywall-gate>`;
          const el = wrapper.querySelector('paywall-gate')!;
          await el.updateComplete;
          expect(warnings.messages).to.have.length(1);
          expect(warnings.messages[0]).to.match(warning);
          expect(el.textContent!.trim().split(' ')).to.have.length(words);
        } finally {
          warnings.restore();
        }
      });
    }

    it('warns about a bad free-limit and falls back to the message without it', async () => {
      const warnings = captureWarnings();
      try {
        const el = await gate('free-limit="lots"');
        el.entitlement = { granted: false, meter: { used: 2 } };
        await el.updateComplete;
        expect(warnings.messages).to.deep.equal([
          '<paywall-gate> free-limit: "lots" is not a whole number of 0 or more; there is no local meter, and the message is shown without the limit.',
        ]);
        expect(partText(el, 'heading')).to.equal(DEFAULT_STRINGS.headingFallback);
      } finally {
        warnings.restore();
      }
    });

    it('warns about an empty article, and about one with no text, which shows the offer only', async () => {
      const warnings = captureWarnings();
      try {
        const wrapper = await fixture<HTMLElement>(html`<div></div>`);
        wrapper.innerHTML =
          '<paywall-gate></paywall-gate><paywall-gate><figure><img alt="A chart" src="/test/fixtures/icon.svg"></figure></paywall-gate>';
        const [empty, media] = [...wrapper.querySelectorAll('paywall-gate')];
        empty.entitlement = locked;
        media.entitlement = locked;
        await Promise.all([empty.updateComplete, media.updateComplete]);
        // Judged a task later: a framework may still be adding the article.
        await waitUntil(() => warnings.messages.length === 2, 'two warnings');
        expect(warnings.messages).to.deep.equal([
          '<paywall-gate> content: the article is empty; there is nothing to preview.',
          '<paywall-gate> content: the article has no text; only the offer is shown.',
        ]);
        expect(media.querySelector('figure') === null).to.equal(true);
        expect(part(media, 'heading')).to.exist;
        media.entitlement = { granted: true };
        await media.updateComplete;
        expect(media.querySelector('figure img')).to.exist;
      } finally {
        warnings.restore();
      }
    });

    it('refuses a hostile login or subscribe URL with a warning', async () => {
      const warnings = captureWarnings();
      try {
        const el = await gate('subscribe-url="javascript:alert(1)"');
        el.loginUrl = '//evil.example/login';
        el.entitlement = locked;
        await el.updateComplete;
        expect(part(el, 'login').hidden).to.equal(true);
        expect(el.shadowRoot!.querySelector('[part=login-link]') === null).to.equal(true);
        // Without a safe subscribe-url, the call to action goes to the featured plan's checkout.
        expect(part(el, 'cta').getAttribute('href')).to.equal(new URL('#annual', location.href).href);
        expect(warnings.messages.sort()).to.deep.equal([
          '<paywall-gate> login-url: "//evil.example/login" is refused: only http, https and relative URLs are used; no login link is shown.',
          '<paywall-gate> subscribe-url: "javascript:alert(1)" is refused: only http, https and relative URLs are used; the call to action leads to the plans.',
        ]);
      } finally {
        warnings.restore();
      }
    });

    it('keeps login and checkout links to the origins a paywall-allowed-origins meta lists, and refuses others', async () => {
      const meta = Object.assign(document.createElement('meta'), {
        name: 'paywall-allowed-origins',
        content: 'https://login.example  https://shop.example',
      });
      document.head.append(meta);
      const warnings = captureWarnings();
      try {
        const json = {
          plans: [
            { ...config.plans[0], href: 'https://shop.example/buy' },
            { ...config.plans[1], href: 'https://evil.example/buy' },
          ],
        };
        const el = await gate(
          'login-url="https://login.example/in?next={returnUrl}" subscribe-url="https://other.example/subscribe"',
          json,
        );
        el.entitlement = locked;
        await settle(el);
        expect(part<HTMLAnchorElement>(el, 'login-link').href).to.match(/^https:\/\/login\.example\/in\?next=/);
        // The subscribe-url is refused, and so is the featured plan's checkout: the call to action leads to the plans.
        expect(part(el, 'cta').localName).to.equal('button');
        const [shop, evil] = [...el.shadowRoot!.querySelectorAll('plan-card')].map((card) =>
          card.shadowRoot!.querySelector('[part~=cta]')!,
        );
        expect(shop.getAttribute('href')).to.equal('https://shop.example/buy');
        expect(evil.localName).to.equal('button');
        expect(warnings.messages.sort()).to.deep.equal([
          '<paywall-gate> subscribe-url: "https://other.example/subscribe" is not on an allowed origin; the call to action leads to the plans.',
          '<plan-card> href: "https://evil.example/buy" is not on an allowed origin; the button goes nowhere.',
        ]);
        // The page's own origin is always allowed; so is every origin once the meta is gone.
        el.loginUrl = '/login';
        el.subscribeUrl = 'https://other.example/subscribe';
        meta.remove();
        el.requestUpdate();
        await el.updateComplete;
        expect(part<HTMLAnchorElement>(el, 'login-link').href).to.equal(new URL('/login', location.href).href);
        expect(part<HTMLAnchorElement>(el, 'cta').href).to.equal('https://other.example/subscribe');
      } finally {
        meta.remove();
        warnings.restore();
      }
    });

    it('shows hostile strings from JSON as text', async () => {
      const hostile = '<img src=x onerror="window.__gateCanary=1">{{constructor.constructor("window.__gateCanary=2")()}}';
      const el = await gate('', { plans: [{ ...config.plans[0], name: hostile }], strings: { subheading: hostile, cta: hostile } });
      el.entitlement = locked;
      await settle(el);
      expect(partText(el, 'subheading')).to.equal(hostile);
      expect(partText(el.shadowRoot!.querySelector('plan-card')!, 'name')).to.equal(hostile);
      expect(el.shadowRoot!.querySelector('img') === null).to.equal(true);
      expect((window as unknown as { __gateCanary?: number }).__gateCanary).to.equal(undefined);
    });
  });

  describe('links and keyboard', () => {
    it('links to login-url and reports its use', async () => {
      const el = await gate();
      el.entitlement = locked;
      await el.updateComplete;
      const link = part<HTMLAnchorElement>(el, 'login-link');
      expect(link.href).to.equal(new URL('/login', location.href).href);
      link.addEventListener('click', (e) => e.preventDefault());
      const login = oneEvent(el, 'paywall-login');
      link.click();
      expect(((await login) as CustomEvent).detail.url).to.equal(link.href);
    });

    it('reaches the login link, each plan and the final call to action by Tab, in reading order', async () => {
      const el = await gate();
      el.entitlement = locked;
      await settle(el);
      const start = document.createElement('button');
      start.textContent = 'start';
      el.parentElement!.prepend(start);
      start.focus();
      const deepActive = () => {
        let active = document.activeElement;
        while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
        return active;
      };
      const stops: string[] = [];
      for (let i = 0; i < 5; i++) {
        await sendKeys({ press: 'Tab' });
        const active = deepActive() as HTMLElement;
        const card = (active.getRootNode() as ShadowRoot).host;
        stops.push(
          card?.localName === 'plan-card'
            ? `plan:${card.getAttribute('name') ?? (card as never as { name: string }).name}`
            : active.getAttribute('part')!,
        );
      }
      expect(stops).to.deep.equal(['login-link', 'plan:Quarterly', 'plan:Annual', 'plan:Two-Year', 'cta']);
    });

    it('links the final call to action to the featured plan’s checkout, bringing the reader back', async () => {
      const plans = config.plans.map((plan) => ({ ...plan, href: `https://shop.example/buy/${plan.name}?back={returnUrl}` }));
      const el = await gate('', { ...config, plans });
      el.entitlement = locked;
      await settle(el);
      expect(part(el, 'cta').getAttribute('href')).to.equal(`https://shop.example/buy/Annual?back=${encodeURIComponent(location.href)}`);
      const cards = [...el.shadowRoot!.querySelectorAll('plan-card')];
      expect(part(cards[0], 'cta').getAttribute('href')).to.equal(
        `https://shop.example/buy/Quarterly?back=${encodeURIComponent(location.href)}`,
      );
    });

    it('takes the reader from the final call to action to the first plan when no plan has a checkout', async () => {
      const el = await gate('', { ...config, plans: config.plans.map(({ href: _href, ...plan }) => plan) });
      el.entitlement = locked;
      await settle(el);
      part(el, 'cta').click();
      const card = el.shadowRoot!.querySelector('plan-card')!;
      expect(card.shadowRoot!.activeElement).to.equal(part(card, 'cta'));
    });

    it('links the final call to action to subscribe-url', async () => {
      const el = await gate('subscribe-url="/subscribe"');
      el.entitlement = locked;
      await el.updateComplete;
      expect(part<HTMLAnchorElement>(el, 'cta').href).to.equal(new URL('/subscribe', location.href).href);
    });
  });
});
