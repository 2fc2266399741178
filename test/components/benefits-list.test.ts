import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import type { BenefitsList } from '../../src/components/benefits-list/benefits-list.js';
import { itemsFromMarkup, normalizeItems } from '../../src/components/benefits-list/benefit-items.js';
import { animationsFinished, captureWarnings, part, partText } from '../support/helpers.js';

const eight = [
  ['Premium reporting', 'Dozens of in-depth stories a day, picked by our editors.'],
  ['Partner access', 'A bundled subscription to a partner newspaper.'],
  ['Digital edition', 'Each morning’s print pages, readable and shareable on screen.'],
  ['Newsletters', 'Briefings on markets, money, politics and technology.'],
  ['Market insight', 'Analysis and research for investors.'],
  ['Archive', 'Every story back to 1997.'],
  ['No ads', 'Read without banners or pop-ups.'],
  ['Any device', 'Phone, tablet or computer, on the web or in the app.'],
];

const markupList = () => html`
  <benefits-list heading="Included with every plan">
    <ul>
      ${eight.map(([t, d]) => html`<li><strong>${t}</strong> ${d}</li>`)}
    </ul>
  </benefits-list>
`;

async function list(template: ReturnType<typeof html>): Promise<BenefitsList> {
  const el = await fixture<BenefitsList>(template);
  await el.updateComplete;
  return el;
}

const titles = (el: Element) => [...el.shadowRoot!.querySelectorAll('[part=title]')].map((n) => n.textContent);
const descriptions = (el: Element) => [...el.shadowRoot!.querySelectorAll('[part=description]')].map((n) => n.textContent);

describe('itemsFromMarkup', () => {
  it('takes the bold text or heading as title, the rest as description, an img as icon', () => {
    // An inert document, so that the test's <img> loads nothing.
    const host = document.implementation.createHTMLDocument('').createElement('div');
    host.innerHTML = `<ul>
      <li><strong>Archive</strong> Stories back to 1997.</li>
      <li><img src="/icons/ad.svg" alt=""><b>No ads</b> Nothing in the way.</li>
      <li><h3>Apps</h3><p>On every device.</p></li>
      <li><span data-title>Events</span> Invitations.</li>
      <li>Just a line</li>
    </ul><p>not an item</p><div><ul><li>nested, not an item</li></ul></div>`;
    expect(itemsFromMarkup(host)).to.deep.equal([
      { title: 'Archive', description: 'Stories back to 1997.', icon: undefined },
      { title: 'No ads', description: 'Nothing in the way.', icon: '/icons/ad.svg' },
      { title: 'Apps', description: 'On every device.', icon: undefined },
      { title: 'Events', description: 'Invitations.', icon: undefined },
      { title: 'Just a line', icon: undefined },
    ]);
  });
});

describe('normalizeItems', () => {
  const base = 'https://news.example/';
  it('keeps titled entries, drops the rest with a problem each, and filters icon URLs', () => {
    const { items, problems } = normalizeItems(
      [
        { title: ' Archive ', description: 'Back to 1997', icon: '/a.svg' },
        { description: 'no title' },
        null,
        'text',
        { title: 'Bad icon', icon: 'javascript:alert(1)' },
        { title: 42 },
      ],
      base,
    );
    expect(items).to.deep.equal([
      { title: 'Archive', description: 'Back to 1997', icon: 'https://news.example/a.svg' },
      { title: 'Bad icon', description: '', icon: undefined },
      { title: '42', description: '' },
    ]);
    expect(problems.map((p) => p.message)).to.deep.equal([
      'entry 1 has no title; it is skipped.',
      'entry 2 has no title; it is skipped.',
      'entry 3 has no title; it is skipped.',
      'entry 4 icon "javascript:alert(1)" is refused: only http, https and relative URLs are used; no icon is shown.',
    ]);
  });

  it('refuses a value that is not an array', () => {
    for (const value of [undefined, null, 'x', { title: 'a' }, 3]) {
      const { items, problems } = normalizeItems(value, base);
      expect(items).to.deep.equal([]);
      expect(problems).to.have.length(1);
    }
  });
});

describe('<benefits-list>', () => {
  afterEach(async () => {
    await emulateMedia({ colorScheme: 'light' });
    await setViewport({ width: 800, height: 600 });
  });

  it('renders the heading and the eight items of its markup list', async () => {
    const el = await list(markupList());
    expect(partText(el, 'heading')).to.equal('Included with every plan');
    expect(titles(el)).to.deep.equal(eight.map(([t]) => t));
    expect(descriptions(el)).to.deep.equal(eight.map(([, d]) => d));
    expect(el.shadowRoot!.querySelectorAll('li[part=item]')).to.have.length(8);
    await animationsFinished();
    await expect(el).to.be.accessible();
  });

  it('follows changes to its markup', async () => {
    const el = await list(markupList());
    const li = document.createElement('li');
    li.innerHTML = '<strong>Puzzles</strong> A daily crossword.';
    el.querySelector('ul')!.append(li);
    el.querySelector('li strong')!.textContent = 'Premium journalism';
    await waitUntil(() => titles(el).length === 9, 'the new item');
    expect(titles(el)[0]).to.equal('Premium journalism');
    expect(titles(el)).to.have.length(9);
    expect(titles(el)[8]).to.equal('Puzzles');
  });

  it('takes items from the items property, over its markup', async () => {
    const el = await list(markupList());
    el.items = [{ title: 'Archive', description: 'Back to 1997.', icon: '/test/fixtures/icon.svg' }];
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['Archive']);
    const icon = part<HTMLImageElement>(el, 'icon');
    expect(icon.localName).to.equal('img');
    expect(icon.getAttribute('src')).to.equal(new URL('/test/fixtures/icon.svg', document.baseURI).href);
    expect(icon.alt).to.equal('');
    el.items = undefined;
    await el.updateComplete;
    expect(titles(el)).to.have.length(8);
  });

  it('reads well as plain HTML before the script runs', async () => {
    // A page without the library: the element is unknown there, and its list shows as it is.
    const frame = document.createElement('iframe');
    document.body.append(frame);
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.srcdoc = `<benefits-list heading="Included"><ul>${eight.map(([t, d]) => `<li><strong>${t}</strong> ${d}</li>`).join('')}</ul></benefits-list>`;
    await loaded;
    const doc = frame.contentDocument!;
    const items = [...doc.querySelectorAll('li')].map((li) => (li as HTMLElement).innerText.replace(/\s+/g, ' ').trim());
    expect(items).to.deep.equal(eight.map(([t, d]) => `${t} ${d}`));
    expect(doc.defaultView!.customElements.get('benefits-list')).to.equal(undefined);
    frame.remove();
  });

  it('lays eight items out in two columns on a desktop and one on a phone', async () => {
    const columns = async () => {
      const el = await list(markupList());
      const lefts = [...el.shadowRoot!.querySelectorAll('li')].map((li) => Math.round(li.getBoundingClientRect().left));
      return new Set(lefts).size;
    };
    await setViewport({ width: 1280, height: 800 });
    expect(await columns()).to.equal(2);
    await setViewport({ width: 360, height: 740 });
    expect(await columns()).to.equal(1);
  });

  it('warns, naming itself and the property, about bad items, and shows the good ones', async () => {
    const warnings = captureWarnings();
    try {
      const el = await list(html`<benefits-list heading="Included"></benefits-list>`);
      el.items = [{ title: 'Good' }, { description: 'untitled' }] as never;
      await el.updateComplete;
      el.requestUpdate();
      await el.updateComplete;
      expect(titles(el)).to.deep.equal(['Good']);
      expect(warnings.messages).to.deep.equal(['<benefits-list> items: entry 1 has no title; it is skipped.']);
      el.items = 'nonsense' as never;
      await el.updateComplete;
      expect(titles(el)).to.deep.equal([]);
      expect(warnings.messages[1]).to.match(/^<benefits-list> items: is not an array/);
    } finally {
      warnings.restore();
    }
  });

  it('shows hostile strings as text and loads no hostile icon', async () => {
    const warnings = captureWarnings();
    try {
      const hostile = '<img src=x onerror="window.__benefitCanary=1">{{constructor.constructor("window.__benefitCanary=2")()}}';
      const el = await list(html`<benefits-list heading=${hostile}></benefits-list>`);
      el.items = [{ title: hostile, description: hostile, icon: 'javascript:window.__benefitCanary=3' }];
      await el.updateComplete;
      expect(partText(el, 'heading')).to.equal(hostile);
      expect(titles(el)).to.deep.equal([hostile]);
      expect(el.shadowRoot!.querySelector('img') === null).to.equal(true);
      expect((window as unknown as { __benefitCanary?: number }).__benefitCanary).to.equal(undefined);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.match(/^<benefits-list> items: entry 0 icon .* is refused/);
    } finally {
      warnings.restore();
    }
  });

  it('takes its heading from a slot, and hides an empty heading', async () => {
    const el = await list(
      html`<benefits-list
        ><span slot="heading">What you get</span>
        <ul>
          <li>Archive</li>
        </ul></benefits-list
      >`,
    );
    expect(part(el, 'heading').hidden).to.equal(false);
    const bare = await list(
      html`<benefits-list
        ><ul>
          <li>Archive</li>
        </ul></benefits-list
      >`,
    );
    expect(part(bare, 'heading').hidden).to.equal(true);
    await animationsFinished();
    await expect(bare).to.be.accessible();
  });

  it('themes through tokens, its own properties and ::part()', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <style>
          .brand {
            --paywall-color-accent: rgb(0, 90, 60);
          }
          .brand benefits-list::part(title) {
            color: rgb(10, 20, 30);
          }
        </style>
        <div class="brand">
          <benefits-list heading="Included"
            ><ul>
              <li><b>Archive</b> Back to 1997.</li>
            </ul></benefits-list
          >
        </div>
      </div>`,
    );
    const el = wrapper.querySelector('benefits-list')!;
    await el.updateComplete;
    expect(getComputedStyle(part(el, 'icon')).color).to.equal('rgb(0, 90, 60)');
    expect(getComputedStyle(part(el, 'title')).color).to.equal('rgb(10, 20, 30)');
  });

  it('passes axe in dark mode and right to left', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const dark = await list(markupList());
    await animationsFinished();
    await expect(dark).to.be.accessible();
    const wrapper = await fixture<HTMLElement>(html`<div dir="rtl" lang="ar">${markupList()}</div>`);
    const rtl = wrapper.querySelector('benefits-list')!;
    await rtl.updateComplete;
    const li = rtl.shadowRoot!.querySelector('li')!;
    const icon = part(rtl, 'icon').getBoundingClientRect();
    const title = part(rtl, 'title').getBoundingClientRect();
    expect(icon.left).to.be.greaterThan(title.left);
    expect(getComputedStyle(li).direction).to.equal('rtl');
    await animationsFinished();
    await expect(rtl).to.be.accessible();
  });
});
