import { expect, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { PaywallGate } from '../../src/components/paywall-gate/paywall-gate.js';
import type { PlanCard } from '../../src/components/plan-card/plan-card.js';
import { DEFAULT_STRINGS } from '../../src/components/paywall-gate/gate-strings.js';
import { forgetLocales, registerLocale } from '../../src/locales/registry.js';
import type { Locale } from '../../src/locales/locale.js';
import ar from '../../src/locales/ar.js';
import de from '../../src/locales/de.js';
import es from '../../src/locales/es.js';
import fr from '../../src/locales/fr.js';
import hi from '../../src/locales/hi.js';
import { answerUrl, eachTestFreshAndWithoutRejections, freshKey } from '../support/api.js';
import { captureWarnings, part, partText } from '../support/helpers.js';
import { ARTICLE, DENIED, settled } from '../support/gates.js';

const FREE_READ = JSON.stringify({ granted: true, grantReason: 'METERING', data: { articlesRead: 1, articleLimit: 3 } });
const PLANS = JSON.stringify({ plans: [{ name: 'Annual', price: 2700, currency: 'INR', period: 'P1Y', href: '/buy' }] });

/** A gate in a wrapper with `lang`, asking a real endpoint that answers `body`, with one plan from JSON. */
async function gateIn(lang: string, body: string, json = PLANS): Promise<PaywallGate> {
  const wrapper = document.createElement('div');
  wrapper.lang = lang;
  wrapper.innerHTML = `<paywall-gate preview-length="1" preview-unit="paragraphs" login-url="/login" entitlements-url="${answerUrl(freshKey(), { body })}"><script type="application/json">${json}</script>${ARTICLE}</paywall-gate>`;
  document.body.append(wrapper);
  const el = wrapper.querySelector('paywall-gate')!;
  await settled(el);
  return el;
}

/** The plan card the gate made from its JSON, rendered. */
async function madeCard(el: PaywallGate): Promise<PlanCard> {
  const find = () => el.shadowRoot!.querySelector<PlanCard>('plan-card');
  await waitUntil(() => find()?.shadowRoot?.querySelector('[part~=cta]'), 'the card rendered');
  const card = find()!;
  await card.updateComplete;
  return card;
}

/** Text as `partText` gives it: white space (no-break spaces too) folded. */
const folded = (text: string | undefined) => text?.replace(/\s+/g, ' ');

/** What each language's locked gate (5 of 5 read) and free read (2 of 3 left) say, in our copy. */
const EXPECTED: [Locale, { heading: string; notice: string }][] = [
  [hi, { heading: 'इस महीने आप 5 मुफ़्त लेखों में से 5 पढ़ चुके हैं।', notice: 'इस महीने 3 में से 2 मुफ़्त लेख बचे हैं।' }],
  [fr, { heading: 'Vous avez lu 5 articles offerts sur 5 ce mois-ci.', notice: 'Il vous reste 2 articles offerts sur 3 ce mois-ci.' }],
  [
    de,
    {
      heading: 'Sie haben in diesem Monat 5 von 5 Gratisartikeln gelesen.',
      notice: 'Diesen Monat bleiben Ihnen noch 2 von 3 Gratisartikeln.',
    },
  ],
  [es, { heading: 'Este mes ya has leído 5 de tus 5 artículos gratuitos.', notice: 'Te quedan 2 de 3 artículos gratuitos este mes.' }],
  [
    ar,
    {
      heading: `قرأت هذا الشهر ${new Intl.NumberFormat('ar').format(5)} مقالات مجانية من أصل ${new Intl.NumberFormat('ar').format(5)}.`,
      notice: `بقي لك هذا الشهر مقالان مجانيان من أصل ${new Intl.NumberFormat('ar').format(3)}.`,
    },
  ],
];

describe('languages', () => {
  eachTestFreshAndWithoutRejections();
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => {
    forgetLocales();
    warnings = captureWarnings();
  });
  afterEach(() => {
    warnings.restore();
    document.querySelectorAll('body > div[lang]').forEach((wrapper) => wrapper.remove());
  });

  for (const [locale, expected] of EXPECTED) {
    describe(`lang="${locale.lang}"`, () => {
      beforeEach(() => registerLocale(locale));

      it('the locked gate and its plan speak the language', async () => {
        const el = await gateIn(`${locale.lang}-XX`, DENIED);
        expect(partText(el, 'heading')).to.equal(expected.heading);
        expect(partText(el, 'subheading')).to.equal(folded(locale.strings.subheading));
        expect(partText(el, 'login')).to.equal(folded(`${locale.strings.loginPrompt} ${locale.strings.loginLabel}`));
        expect(partText(el, 'cta')).to.equal(folded(locale.strings.cta));
        expect(part(el, 'plans').getAttribute('aria-label')).to.equal(locale.strings.plans);
        expect(part(el, 'base').getAttribute('aria-label')).to.equal(locale.strings.region);
        const card = await madeCard(el);
        expect(partText(card, 'cta')).to.equal(folded(locale.plan!.cta));
        expect(partText(card, 'note')).to.equal(folded(locale.plan!.renewalNote));
        expect(partText(card, 'per-month')).to.contain(locale.plan!.perMonth!.replace('{price}', '').trim());
        expect(partText(card, 'period')).to.not.match(/year/i);
        expect(warnings.messages).to.deep.equal([]);
      });

      it('the meter notice on a free read speaks it too', async () => {
        const el = await gateIn(locale.lang, FREE_READ);
        await waitUntil(() => el.shadowRoot!.querySelector('[part~=notice-text]'), 'the notice showed');
        expect(partText(el, 'notice-text')).to.equal(expected.notice);
        expect(part(el, 'notice-dismiss').getAttribute('aria-label')).to.equal(locale.strings.noticeDismiss);
      });
    });
  }

  it('a standalone plan card follows its own locale attribute', async () => {
    registerLocale(de);
    const wrapper = document.createElement('div');
    wrapper.lang = 'en';
    wrapper.innerHTML = '<plan-card locale="de-AT" name="Jahr" price="120" currency="EUR" period="P1Y"></plan-card>';
    document.body.append(wrapper);
    const card = wrapper.querySelector<PlanCard>('plan-card')!;
    await card.updateComplete;
    expect(partText(card, 'cta')).to.equal(de.plan!.cta);
    expect(partText(card, 'period')).to.equal('1 Jahr');
  });

  it('the page’s JSON strings and the strings property win over the locale', async () => {
    registerLocale(fr);
    const json = JSON.stringify({ ...JSON.parse(PLANS), strings: { cta: 'Je soutiens la rédaction', subheading: 'Notre sous-titre' } });
    const el = await gateIn('fr', DENIED, json);
    el.strings = { subheading: 'Le sous-titre de la page', heading: { one: 'Un seul', other: '{used} lus' } };
    await el.updateComplete;
    expect(partText(el, 'cta')).to.equal('Je soutiens la rédaction');
    expect(partText(el, 'subheading')).to.equal('Le sous-titre de la page');
    expect(partText(el, 'heading')).to.equal('5 lus');
    expect(partText(el, 'login')).to.equal('Déjà abonné ? Se connecter');
  });

  it('an unknown language reads in English, without a warning', async () => {
    const el = await gateIn('ja', DENIED);
    expect(partText(el, 'heading')).to.equal('You have read 5 of your 5 free articles this month.');
    expect(partText(el, 'cta')).to.equal(DEFAULT_STRINGS.cta);
    expect(partText(await madeCard(el), 'cta')).to.equal('Choose this plan');
    el.requestUpdate();
    await el.updateComplete;
    expect(warnings.messages).to.deep.equal([]);
  });

  it('a language whose locale is not registered reads in English until it is, then changes', async () => {
    const el = await gateIn('es-MX', DENIED);
    const card = await madeCard(el);
    expect(partText(el, 'cta')).to.equal(DEFAULT_STRINGS.cta);
    expect(partText(card, 'cta')).to.equal('Choose this plan');
    registerLocale(es);
    await waitUntil(() => partText(el, 'cta') === es.strings.cta, 'the gate changed language');
    await waitUntil(() => partText(card, 'cta') === es.plan!.cta, 'the card changed language');
    expect(part(el, 'base').getAttribute('aria-label')).to.equal('Artículo');
    expect(warnings.messages).to.deep.equal([]);
  });

  it('English pages keep the English copy while other locales are registered', async () => {
    registerLocale(hi);
    const el = await gateIn('en-IN', DENIED);
    expect(partText(el, 'heading')).to.equal('You have read 5 of your 5 free articles this month.');
  });
});
