import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import type { PaywallGate } from '../../src/components/paywall-gate/paywall-gate.js';
import type { PlanCard } from '../../src/components/plan-card/plan-card.js';
import { animationsFinished, part } from '../support/helpers.js';

// The offer's geometry, measured in Chromium at a desktop's and a phone's size.
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };

const BENEFITS = [
  ['Subscriber-only journalism', 'Thirty in-depth pieces a day, chosen by our newsroom.'],
  ['The digital edition', 'Each day’s printed pages on your screen.'],
  ['Investor research', 'Market analysis from our research desk.'],
  ['No advertising', 'Pages without banners, pop-ups or autoplay.'],
  ['A partner newspaper', 'Its reporting and puzzles at no extra cost.'],
  ['Newsletters', 'Short briefings on markets and politics.'],
  ['The archive', 'Everything we have published since 1997.'],
  ['On every screen', 'Phone, tablet or computer.'],
].map(([title, description]) => ({ title, description }));

interface PlanJson {
  name: string;
  price: number;
  currency: string;
  period: string;
  href: string;
  featured?: boolean;
  badge?: string;
}

const PLANS: PlanJson[] = [
  { name: 'Quarterly', price: 900, currency: 'INR', period: 'P3M', href: '#quarterly' },
  { name: 'Annual', price: 2700, currency: 'INR', period: 'P1Y', href: '#annual', featured: true, badge: 'Best value' },
  { name: 'Two-Year', price: 3900, currency: 'INR', period: 'P2Y', href: '#two-year' },
];

const STORY = [
  'The council voted on Tuesday night to back the riverside tram line, after a debate that ran past eleven.',
  'Supporters said the line would take cars off the bridge; opponents worried about the cost of the depot.',
  'SECRET the rest of the story, for subscribers.',
  'SECRET and more of it.',
];

const LOCKED = { granted: false, reason: 'METERING', meter: { used: 3, limit: 3, remaining: 0 } };

/** A locked gate on a page with a readable column, its offer settled (modules in, animations done). */
async function lockedGate({ plans = PLANS, benefits = BENEFITS, preview = 2, story = STORY, attrs = '' } = {}): Promise<PaywallGate> {
  const wrapper = await fixture<HTMLElement>(html`<main lang="en-IN" style="max-width: 42rem; margin: 0 auto; padding: 0 1rem"></main>`);
  const json = JSON.stringify({ plans, benefits: benefits.length ? { heading: 'Every plan comes with', items: benefits } : undefined });
  wrapper.innerHTML = `<p style="margin: 0; padding: 1rem 0">Above the gate</p>
    <paywall-gate preview-length="${preview}" preview-unit="paragraphs" login-url="/login" ${attrs}>
      <script type="application/json">${json}</script>
      <article>${story.map((text) => `<p style="line-height: 1.5">${text}</p>`).join('')}</article>
    </paywall-gate>`;
  const el = wrapper.querySelector('paywall-gate')!;
  el.entitlement = LOCKED;
  await el.decisionComplete;
  const inner = [...el.shadowRoot!.querySelectorAll<PlanCard>('plan-card, benefits-list')];
  await Promise.all(inner.map((child) => child.updateComplete));
  await animationsFinished();
  return el;
}

const cards = (el: PaywallGate) => [...el.shadowRoot!.querySelectorAll<PlanCard>('plan-card')];
const box = (node: Element) => node.getBoundingClientRect();
const cardPart = (card: Element, name: string) => box(part(card, name));

/** WCAG's contrast ratio of two computed `rgb()` colours. */
function contrast(a: string, b: string): number {
  const luminance = (color: string) => {
    const [r, g, bl] = color
      .match(/[\d.]+/g)!
      .slice(0, 3)
      .map((v) => Number(v) / 255)
      .map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/** The colour behind an element: the first ancestor's that paints one, else the canvas's white. */
function pageBackground(node: Element): string {
  for (let at: Element | null = node; at; at = at.parentElement) {
    const color = getComputedStyle(at).backgroundColor;
    if (color !== 'rgba(0, 0, 0, 0)') return color;
  }
  return 'rgb(255, 255, 255)';
}

describe('<paywall-gate> offer layout', () => {
  afterEach(async () => {
    await setViewport(DESKTOP);
    await emulateMedia({ colorScheme: 'light' });
  });

  describe('at 1280×800', () => {
    beforeEach(() => setViewport(DESKTOP));

    it('lines up names, prices, periods, per-month prices and buttons across the cards, with a badge or without', async () => {
      const el = await lockedGate();
      const [plain, featured, other] = cards(el);
      expect(box(plain).top).to.equal(box(featured).top);
      for (const name of ['name', 'price', 'period', 'per-month', 'cta', 'note']) {
        const tops = [plain, featured, other].map((card) => cardPart(card, name).top);
        expect(Math.max(...tops) - Math.min(...tops), name).to.be.at.most(2);
      }
      // The badge sits on the featured card's top edge.
      const badge = cardPart(featured, 'badge');
      const card = cardPart(featured, 'card');
      expect(badge.top).to.be.below(card.top);
      expect(badge.bottom).to.be.above(card.top);
    });

    it('keeps rows lined up when one card has no per-month price and another a longer name', async () => {
      const plans = [
        { name: 'Monthly', price: 300, currency: 'INR', period: 'P1M', href: '#monthly' },
        { name: 'Annual, with the print edition on Sundays', price: 5400, currency: 'INR', period: 'P1Y', href: '#annual', featured: true },
      ];
      const el = await lockedGate({ plans });
      const [monthly, annual] = cards(el);
      expect(Math.abs(cardPart(monthly, 'price').top - cardPart(annual, 'price').top)).to.be.at.most(2);
      expect(Math.abs(cardPart(monthly, 'cta').top - cardPart(annual, 'cta').top)).to.be.at.most(2);
      expect(Math.abs(cardPart(monthly, 'card').bottom - cardPart(annual, 'card').bottom)).to.be.at.most(1);
    });

    it('moves nothing inside a card when it becomes featured', async () => {
      const el = await lockedGate();
      const [first] = cards(el);
      const before = ['name', 'price', 'cta'].map((name) => cardPart(first, name).top);
      first.setAttribute('featured', '');
      await first.updateComplete;
      expect(['name', 'price', 'cta'].map((name) => cardPart(first, name).top)).to.deep.equal(before);
    });

    it('gives a single card a sensible width', async () => {
      const el = await lockedGate({ plans: [PLANS[1]] });
      expect(box(cards(el)[0]).width).to.be.within(200, 20 * 16);
    });

    it('aligns the offer on one edge: heading, plans, benefits and the call to action start together', async () => {
      const el = await lockedGate();
      const start = box(part(el, 'heading')).left;
      for (const name of ['subheading', 'login', 'plans', 'benefits', 'cta']) expect(box(part(el, name)).left, name).to.equal(start);
      expect(getComputedStyle(part(el, 'heading')).textAlign).to.be.oneOf(['start', 'left']);
    });

    it('shows the benefits without a summary to open', async () => {
      const el = await lockedGate();
      expect(part(el, 'benefits-summary').checkVisibility()).to.equal(false);
      const list = el.shadowRoot!.querySelector('benefits-list')!;
      expect(list.checkVisibility()).to.equal(true);
      expect(box(list).height).to.be.above(100);
      await expect(el).to.be.accessible();
    });

    it('fades the preview’s last lines, inside the gate, ending where the offer starts', async () => {
      const el = await lockedGate();
      const fade = box(part(el, 'fade'));
      expect(fade.height).to.be.above(20);
      expect(fade.top).to.be.at.least(box(el).top);
      expect(Math.abs(fade.bottom - box(part(el, 'offer')).top)).to.be.at.most(1);
    });

    it('leaves a one-line preview unfaded, at AA contrast', async () => {
      const el = await lockedGate({ preview: 1, story: ['A short first line.', 'SECRET the rest.'] });
      const line = el.querySelector('p')!;
      const fade = box(part(el, 'fade'));
      expect(fade.height === 0 || fade.top >= box(line).bottom).to.equal(true);
      expect(contrast(getComputedStyle(line).color, pageBackground(line))).to.be.at.least(4.5);
      expect(box(part(el, 'fade')).top).to.be.at.least(box(el).top);
      await expect(el).to.be.accessible();
    });

    it('rings a focused plan button in a colour other than the button’s outline', async () => {
      const el = await lockedGate();
      const button = part(cards(el)[0], 'cta');
      part(el, 'login-link').focus();
      await sendKeys({ press: 'Tab' });
      expect(cards(el)[0].shadowRoot!.activeElement).to.equal(button);
      const style = getComputedStyle(button);
      expect(style.outlineStyle).to.equal('solid');
      expect(style.outlineColor).to.not.equal(style.borderTopColor);
    });

    it('holds the same rows in dark mode and right to left', async () => {
      await emulateMedia({ colorScheme: 'dark' });
      const el = await lockedGate({ attrs: 'dir="rtl"' });
      const [first, second] = cards(el);
      expect(box(first).left).to.be.above(box(second).left);
      expect(Math.abs(cardPart(first, 'price').top - cardPart(second, 'price').top)).to.be.at.most(2);
      await expect(el).to.be.accessible();
    });
  });

  describe('at 390×844', () => {
    beforeEach(() => setViewport(PHONE));

    it('lays the plans out as compact rows, the featured plan first, its price on the name’s row', async () => {
      const el = await lockedGate();
      const [quarterly, annual, twoYear] = cards(el);
      expect(box(annual).top).to.be.below(box(quarterly).top);
      expect(box(quarterly).top).to.be.below(box(twoYear).top);
      for (const card of [quarterly, annual, twoYear]) {
        const name = cardPart(card, 'name');
        const price = cardPart(card, 'price');
        expect(price.top).to.be.below(name.bottom);
        expect(price.left).to.be.above(name.right);
        expect(box(card).width).to.be.above(300);
      }
      await expect(el).to.be.accessible();
    });

    it('takes the keyboard to the featured plan first, in the order the rows show', async () => {
      const el = await lockedGate();
      const [quarterly, annual] = cards(el);
      part(el, 'login-link').focus();
      await sendKeys({ press: 'Tab' });
      expect(annual.shadowRoot!.activeElement).to.equal(part(annual, 'cta'));
      await sendKeys({ press: 'Tab' });
      expect(quarterly.shadowRoot!.activeElement).to.equal(part(quarterly, 'cta'));
    });

    it('fits the offer, up to the first plan’s button, on one screen', async () => {
      const el = await lockedGate();
      const firstButton = cardPart(cards(el)[1], 'cta');
      expect(firstButton.bottom - box(part(el, 'offer')).top).to.be.at.most(PHONE.height);
    });

    it('keeps the whole offer with eight benefits within one and a half screens', async () => {
      const el = await lockedGate();
      expect(box(part(el, 'offer')).height).to.be.at.most(PHONE.height * 1.5);
    });

    it('folds the benefits behind “What’s included”, which opens by keyboard', async () => {
      const el = await lockedGate();
      const summary = part(el, 'benefits-summary');
      const list = el.shadowRoot!.querySelector('benefits-list')!;
      expect(summary.textContent!.trim()).to.equal('What’s included');
      expect(list.checkVisibility()).to.equal(false);
      await expect(el).to.be.accessible();
      const cta = part(cards(el)[2], 'cta');
      cards(el)[2].shadowRoot!.querySelector<HTMLElement>('[part~="cta"]')!.focus();
      expect(cards(el)[2].shadowRoot!.activeElement).to.equal(cta);
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(summary);
      await sendKeys({ press: 'Enter' });
      expect(part<HTMLDetailsElement>(el, 'benefits').open).to.equal(true);
      expect(list.checkVisibility()).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('shows no summary when there are no benefits', async () => {
      const el = await lockedGate({ benefits: [] });
      expect(part(el, 'benefits').hidden).to.equal(true);
    });
  });

  describe('while pending', () => {
    it('shows a quiet placeholder after half a second, in the room kept for the offer', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div></div>`);
      wrapper.innerHTML = `<paywall-gate preview-length="1" preview-unit="paragraphs"><article><p>One.</p><p>Two.</p></article></paywall-gate>`;
      const el = wrapper.querySelector('paywall-gate')!;
      await el.updateComplete;
      const offer = part(el, 'offer');
      const placeholder = getComputedStyle(offer, '::before');
      expect(placeholder.content).to.equal('""');
      expect(placeholder.animationDelay).to.equal('0.5s');
      expect(placeholder.backgroundColor).to.not.equal('rgba(0, 0, 0, 0)');
      // It fits in the kept room: the offer is as tall with it as the room alone.
      expect(box(offer).height).to.equal(window.innerHeight);
      await expect(el).to.be.accessible();
    });
  });
});
