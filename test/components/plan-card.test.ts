import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import type { PlanCard } from '../../src/components/plan-card/plan-card.js';
import type { PlanSelectDetail } from '../../src/components/plan-card/plan-card.js';
import { animationsFinished, captureWarnings, part, partText } from '../support/helpers.js';

const seedPlans = () => html`
  <div lang="en-IN" class="plans" style="display:flex;flex-wrap:wrap;gap:1rem">
    <plan-card name="Quarterly" price="900" currency="INR" period="P3M" href="#quarterly"></plan-card>
    <plan-card name="Annual" price="2700" currency="INR" period="P1Y" href="#annual" featured badge="Best value"></plan-card>
    <plan-card name="Two-year" price="3900" currency="INR" period="P2Y" href="#two-year"></plan-card>
  </div>
`;

async function card(template: ReturnType<typeof html>): Promise<PlanCard> {
  const el = await fixture<PlanCard>(template);
  await el.updateComplete;
  return el;
}

describe('<plan-card>', () => {
  afterEach(async () => {
    await emulateMedia({ colorScheme: 'light' });
    await setViewport({ width: 800, height: 600 });
    if (location.hash) history.replaceState(null, '', location.pathname + location.search);
  });

  describe('figures', () => {
    it("renders the page's three plans with exactly their figures", async () => {
      const row = await fixture<HTMLElement>(seedPlans());
      const cards = [...row.querySelectorAll('plan-card')];
      await Promise.all(cards.map((c) => c.updateComplete));
      const shown = cards.map((c) => ['name', 'price', 'period', 'per-month'].map((p) => partText(c, p)));
      expect(shown).to.deep.equal([
        ['Quarterly', '₹900', '3 Months', '₹300/month'],
        ['Annual', '₹2,700', '1 Year', '₹225/month'],
        ['Two-year', '₹3,900', '2 Years', '₹162/month'],
      ]);
      expect(partText(cards[1], 'badge')).to.equal('Best value');
      expect(part(cards[0], 'badge').hidden).to.equal(true);
    });

    it('groups large amounts the Indian way', async () => {
      const el = await card(html`<plan-card locale="en-IN" name="Lifetime" price="150000" currency="INR" period="P1Y"></plan-card>`);
      expect(partText(el, 'price')).to.equal('₹1,50,000');
      expect(partText(el, 'per-month')).to.equal('₹12,500/month');
    });

    it('takes the locale from the nearest lang, across shadow roots, and the attribute over both', async () => {
      const host = await fixture<HTMLElement>(html`<div lang="de"><section></section></div>`);
      const shadow = host.querySelector('section')!.attachShadow({ mode: 'open' });
      shadow.innerHTML = '<plan-card name="Jahresabo" price="99.5" currency="EUR" period="P2Y"></plan-card>';
      const inner = shadow.querySelector('plan-card')!;
      await inner.updateComplete;
      expect(partText(inner, 'price')).to.equal('99,50 €');
      expect(partText(inner, 'period')).to.equal('2 Jahre');
      inner.locale = 'en-US';
      await inner.updateComplete;
      expect(partText(inner, 'price')).to.equal('€99.50');
      expect(partText(inner, 'per-month')).to.equal('€4.14/month');
    });

    it('shows the default renewal note and CTA label, and the publisher’s own when given', async () => {
      const el = await card(html`<plan-card lang="en" name="Annual" price="2700" currency="INR" period="P1Y"></plan-card>`);
      expect(partText(el, 'note')).to.equal('The plan renews by itself until you cancel it.');
      expect(partText(el, 'cta')).to.equal('Choose this plan');
      el.renewalNote = 'Billed once a year.';
      el.ctaLabel = 'Subscribe';
      el.perMonthLabel = 'just {price} a month';
      await el.updateComplete;
      expect(partText(el, 'note')).to.equal('Billed once a year.');
      expect(partText(el, 'cta')).to.equal('Subscribe');
      expect(partText(el, 'per-month')).to.equal('just ₹225 a month');
    });

    it('takes copy from slots', async () => {
      const el = await card(
        html`<plan-card lang="en" name="Annual" price="2700" currency="INR" period="P1Y">
          <span slot="badge">Most popular</span><span slot="cta">Start reading</span><span slot="note">Renewal is yearly.</span>
          <p>Includes the print replica.</p>
        </plan-card>`,
      );
      expect(part(el, 'badge').hidden).to.equal(false);
      const slotted = (name: string) =>
        part(el, name)
          .querySelector('slot')!
          .assignedNodes()
          .map((n) => n.textContent)
          .join('');
      expect(slotted('badge')).to.equal('Most popular');
      expect(slotted('cta')).to.equal('Start reading');
      expect(slotted('note')).to.equal('Renewal is yearly.');
    });

    it('shows the badge when badge content is slotted later, and hides it when removed', async () => {
      const el = await card(html`<plan-card name="Annual" price="2700" currency="INR" period="P1Y"></plan-card>`);
      expect(part(el, 'badge').hidden).to.equal(true);
      const badge = Object.assign(document.createElement('span'), { slot: 'badge', textContent: 'New' });
      el.append(badge);
      await waitUntil(() => !part(el, 'badge').hidden, 'the badge shown');
      badge.remove();
      await waitUntil(() => part(el, 'badge').hidden, 'the badge hidden');
    });
  });

  describe('call to action', () => {
    it('is a real link to href that fires paywall-plan-select with the plan, then navigates', async () => {
      const el = await card(
        html`<plan-card lang="en-IN" name="Annual" price="2700" currency="INR" period="P1Y" href="#annual" featured></plan-card>`,
      );
      const link = part<HTMLAnchorElement>(el, 'cta');
      expect(link.localName).to.equal('a');
      expect(link.getAttribute('href')).to.equal(new URL('#annual', document.baseURI).href);
      const selected = oneEvent(el, 'paywall-plan-select');
      link.click();
      const event = (await selected) as CustomEvent<PlanSelectDetail>;
      expect(event.bubbles && event.composed && event.cancelable).to.equal(true);
      expect(event.detail.plan).to.deep.equal({
        name: 'Annual',
        price: 2700,
        currency: 'INR',
        period: 'P1Y',
        href: link.href,
        featured: true,
      });
      expect(location.hash).to.equal('#annual');
    });

    it('does not navigate when the event is cancelled', async () => {
      const el = await card(html`<plan-card name="Annual" price="2700" currency="INR" period="P1Y" href="#annual"></plan-card>`);
      el.addEventListener('paywall-plan-select', (e) => e.preventDefault());
      // The click's default action, the navigation, is cancelled: dispatchEvent says so.
      const click = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
      expect(part(el, 'cta').dispatchEvent(click)).to.equal(false);
      expect(location.hash).to.equal('');
    });

    it('is activated by the keyboard: Tab reaches it, Enter follows it', async () => {
      const el = await card(html`<plan-card name="Annual" price="2700" currency="INR" period="P1Y" href="#annual"></plan-card>`);
      const before = document.createElement('button');
      before.textContent = 'before';
      el.before(before);
      before.focus();
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(part(el, 'cta'));
      const selected = oneEvent(el, 'paywall-plan-select');
      await sendKeys({ press: 'Enter' });
      expect(((await selected) as CustomEvent<PlanSelectDetail>).detail.plan.name).to.equal('Annual');
      expect(location.hash).to.equal('#annual');
      before.remove();
    });

    it('is a button without href, activated by Space, firing the event without navigating', async () => {
      const el = await card(html`<plan-card name="Annual" price="2700" currency="INR" period="P1Y"></plan-card>`);
      const button = part(el, 'cta');
      expect(button.localName).to.equal('button');
      button.focus();
      const selected = oneEvent(el, 'paywall-plan-select');
      await sendKeys({ press: 'Space' });
      const event = (await selected) as CustomEvent<PlanSelectDetail>;
      expect(event.detail.plan.href).to.equal(undefined);
      expect(location.hash).to.equal('');
    });

    for (const href of [
      'javascript:window.__planCanary=1',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:x',
      '//evil.example/pay',
      'https://site@evil.example/',
    ]) {
      it(`refuses ${href} with a warning, and follows nothing`, async () => {
        const warnings = captureWarnings();
        try {
          const el = await card(html`<plan-card name="Annual" price="2700" currency="INR" period="P1Y" href=${href}></plan-card>`);
          const cta = part(el, 'cta');
          expect(cta.localName).to.equal('button');
          expect(el.shadowRoot!.querySelector('[href]') === null).to.equal(true);
          cta.click();
          expect((window as unknown as { __planCanary?: number }).__planCanary).to.equal(undefined);
          expect(warnings.messages).to.have.length(1);
          expect(warnings.messages[0]).to.match(/^<plan-card> href: .* is refused/);
        } finally {
          warnings.restore();
        }
      });
    }
  });

  describe('bad input', () => {
    const cases: [string, string, string][] = [
      ['price', '-5', 'price'],
      ['price', '0', 'price'],
      ['price', 'abc', 'price'],
      ['price', '', 'price'],
      ['currency', 'XYZ', 'currency'],
      ['currency', 'rupees', 'currency'],
      ['period', 'P0M', 'period'],
      ['period', 'yearly', 'period'],
      ['name', '', 'name'],
      ['locale', 'not a locale!', 'locale'],
    ];
    for (const [attribute, value, named] of cases) {
      it(`${attribute}="${value}": one warning naming the element and attribute, and a sensible card`, async () => {
        const warnings = captureWarnings();
        const errors: unknown[] = [];
        const onError = (e: ErrorEvent) => errors.push(e.error);
        window.addEventListener('error', onError);
        try {
          const el = await card(html`<plan-card lang="en-IN" name="Annual" price="2700" currency="INR" period="P1Y"></plan-card>`);
          el.setAttribute(attribute, value);
          await el.updateComplete;
          el.requestUpdate();
          await el.updateComplete;
          expect(warnings.messages).to.have.length(1);
          expect(warnings.messages[0].startsWith(`<plan-card> ${named}:`)).to.equal(true);
          expect(errors).to.deep.equal([]);
          expect(part(el, 'cta')).to.exist;
          expect(el.shadowRoot!.textContent).to.not.match(/NaN|undefined|null|Infinity/);
          await animationsFinished();
          await expect(el).to.be.accessible();
        } finally {
          warnings.restore();
          window.removeEventListener('error', onError);
        }
      });
    }

    it('warns about a missing price once, with no other attribute blamed', async () => {
      const warnings = captureWarnings();
      try {
        const el = await card(html`<plan-card name="Annual" currency="INR" period="P1Y"></plan-card>`);
        expect(warnings.messages).to.deep.equal(['<plan-card> price: is missing; the price is not shown.']);
        expect(el.shadowRoot!.querySelector('[part=price]') === null).to.equal(true);
      } finally {
        warnings.restore();
      }
    });

    it('shows markup in any string as text, never parsed', async () => {
      const hostile = '<img src=x onerror="window.__planCanary=2">"><script>window.__planCanary=3</script>';
      const el = await card(
        html`<plan-card
          name=${hostile}
          badge=${hostile}
          cta-label=${hostile}
          renewal-note=${hostile}
          price="2700"
          currency="INR"
          period="P1Y"
        ></plan-card>`,
      );
      expect(partText(el, 'name')).to.equal(hostile);
      expect(partText(el, 'badge')).to.equal(hostile);
      expect(partText(el, 'cta')).to.equal(hostile);
      expect(partText(el, 'note')).to.equal(hostile);
      expect(el.shadowRoot!.querySelector('img, script') === null).to.equal(true);
      expect((window as unknown as { __planCanary?: number }).__planCanary).to.equal(undefined);
    });
  });

  describe('layout and theme', () => {
    async function row() {
      const el = await fixture<HTMLElement>(seedPlans());
      const cards = [...el.querySelectorAll('plan-card')];
      await Promise.all(cards.map((c) => c.updateComplete));
      return cards.map((c) => c.getBoundingClientRect());
    }

    it('sits three across, in equal shares of the row and with equal heights, on a desktop', async () => {
      await setViewport({ width: 1280, height: 800 });
      const boxes = await row();
      expect(new Set(boxes.map((b) => Math.round(b.top))).size).to.equal(1);
      expect(new Set(boxes.map((b) => Math.round(b.width))).size).to.equal(1);
      // The row is filled from edge to edge, whatever the cards' content.
      const container = document.querySelector('.plans')!.getBoundingClientRect();
      expect(Math.abs(boxes[2].right - container.right)).to.be.at.most(1);
      expect(new Set(boxes.map((b) => Math.round(b.height))).size).to.equal(1);
      expect(boxes[0].right).to.be.lessThan(boxes[1].left);
    });

    it('stacks on a 360 px phone', async () => {
      await setViewport({ width: 360, height: 740 });
      const boxes = await row();
      expect(new Set(boxes.map((b) => Math.round(b.left))).size).to.equal(1);
      expect(boxes[0].bottom).to.be.at.most(boxes[1].top);
      expect(boxes[1].bottom).to.be.at.most(boxes[2].top);
      expect(Math.max(...boxes.map((b) => b.right))).to.be.at.most(360);
    });

    it('makes a featured card visibly distinct', async () => {
      const el = await fixture<HTMLElement>(seedPlans());
      const [plain, featured] = [...el.querySelectorAll('plan-card')];
      await featured.updateComplete;
      const style = (c: Element, p: string) => getComputedStyle(part(c, p));
      // A ring outside the same 1px border: distinct, and nothing inside the card moves.
      expect(style(featured, 'card').borderTopWidth).to.equal(style(plain, 'card').borderTopWidth);
      expect(style(featured, 'card').boxShadow).to.not.equal(style(plain, 'card').boxShadow);
      expect(style(featured, 'card').borderTopColor).to.not.equal(style(plain, 'card').borderTopColor);
      expect(style(featured, 'cta').backgroundColor).to.not.equal(style(plain, 'cta').backgroundColor);
    });

    it('follows the global tokens, its own properties and ::part()', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div>
          <style>
            .brand {
              --paywall-color-accent: rgb(150, 0, 40);
              --plan-card-background: rgb(255, 250, 240);
            }
            .brand plan-card::part(name) {
              text-transform: uppercase;
              letter-spacing: 3px;
            }
          </style>
          <div class="brand"><plan-card name="Annual" price="2700" currency="INR" period="P1Y"></plan-card></div>
        </div>`,
      );
      const el = wrapper.querySelector('plan-card')!;
      await el.updateComplete;
      expect(getComputedStyle(part(el, 'cta')).borderTopColor).to.equal('rgb(150, 0, 40)');
      expect(getComputedStyle(part(el, 'card')).backgroundColor).to.equal('rgb(255, 250, 240)');
      expect(getComputedStyle(part(el, 'name')).letterSpacing).to.equal('3px');
    });

    it('follows prefers-color-scheme: dark', async () => {
      const el = await card(html`<plan-card name="Annual" price="2700" currency="INR" period="P1Y"></plan-card>`);
      const light = getComputedStyle(part(el, 'card')).backgroundColor;
      await emulateMedia({ colorScheme: 'dark' });
      expect(getComputedStyle(part(el, 'card')).backgroundColor).to.not.equal(light);
      await animationsFinished();
      await expect(el).to.be.accessible();
    });

    it('lays out right to left, in the page’s language, passing axe', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div dir="rtl" lang="ar" style="width:20rem">
          <plan-card name="سنوي" price="2700" currency="INR" period="P1Y" badge="الأفضل" featured></plan-card>
        </div>`,
      );
      const el = wrapper.querySelector('plan-card')!;
      await el.updateComplete;
      expect(getComputedStyle(part(el, 'card')).direction).to.equal('rtl');
      expect(partText(el, 'period')).to.not.match(/Year/);
      await animationsFinished();
      await expect(el).to.be.accessible();
    });
  });

  describe('accessibility', () => {
    it('passes axe as a plain, featured, linked, button and empty card', async () => {
      for (const template of [
        html`<plan-card name="Quarterly" price="900" currency="INR" period="P3M"></plan-card>`,
        html`<plan-card name="Annual" price="2700" currency="INR" period="P1Y" featured badge="Best value" href="/checkout"></plan-card>`,
        html`<plan-card></plan-card>`,
      ]) {
        const warnings = captureWarnings();
        try {
          const el = await card(template);
          await animationsFinished();
          await expect(el).to.be.accessible();
        } finally {
          warnings.restore();
        }
      }
    });

    it('names the card and describes the call to action by the plan name', async () => {
      const el = await card(html`<plan-card name="Annual" price="2700" currency="INR" period="P1Y" href="/x"></plan-card>`);
      expect(part(el, 'card').getAttribute('aria-labelledby')).to.equal('name');
      expect(part(el, 'cta').getAttribute('aria-describedby')).to.equal('name');
      expect(part(el, 'name').getAttribute('role')).to.equal('heading');
      expect(part(el, 'name').getAttribute('aria-level')).to.equal('3');
      el.headingLevel = 2;
      await el.updateComplete;
      expect(part(el, 'name').getAttribute('aria-level')).to.equal('2');
    });
  });
});
