import { expect, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { PaywallGate } from '../../src/components/paywall-gate/paywall-gate.js';
import { registerLocale } from '../../src/locales/registry.js';
import { loadLocalesWhenNeeded } from '../../src/locales/script-loader.js';
import { answerUrl, eachTestFreshAndWithoutRejections, freshKey, nextTask } from '../support/api.js';
import { captureWarnings, partText } from '../support/helpers.js';
import { ARTICLE, DENIED, settled } from '../support/gates.js';

// Served from src/, the loader looks for src/locales/parts/locale-hi.js, which is not there: the
// module fails to load, as a locale missing beside the script-tag bundle would (test/bundle/
// locales.test.ts loads the real ones).
describe('the script-tag build’s locale loader, when a module cannot be loaded', () => {
  eachTestFreshAndWithoutRejections();
  // Once for the page, as the script-tag build does: a second call would start a loader that asks again.
  before(() => loadLocalesWhenNeeded());

  it('warns once, for every gate of the language, and the gates keep English', async () => {
    const warnings = captureWarnings();
    try {
      const wrapper = document.createElement('div');
      wrapper.lang = 'hi';
      const gate = () =>
        `<paywall-gate preview-length="1" preview-unit="paragraphs" entitlements-url="${answerUrl(freshKey(), { body: DENIED })}">${ARTICLE}</paywall-gate>`;
      wrapper.innerHTML = gate() + gate();
      document.body.append(wrapper);
      const gates = [...wrapper.querySelectorAll<PaywallGate>('paywall-gate')];
      await Promise.all(gates.map((el) => settled(el)));
      await waitUntil(() => warnings.messages.length > 0, 'the failure was reported');
      for (const el of gates) {
        el.requestUpdate();
        await el.updateComplete;
        expect(partText(el, 'heading')).to.equal('You have read 5 of your 5 free articles this month.');
      }
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('parts/locale-hi.js');
      wrapper.remove();
    } finally {
      warnings.restore();
    }
  });

  it('holds on to no element of a language it has no module for (a Japanese page stays English, asking nothing)', async () => {
    const warnings = captureWarnings();
    try {
      const wrapper = document.createElement('div');
      wrapper.lang = 'ja';
      wrapper.innerHTML = `<paywall-gate preview-length="1" preview-unit="paragraphs" entitlements-url="${answerUrl(freshKey(), { body: DENIED })}">${ARTICLE}</paywall-gate>`;
      document.body.append(wrapper);
      const el = wrapper.querySelector<PaywallGate>('paywall-gate')!;
      await settled(el);
      // Only an element held while its language's module loads is updated when a locale comes.
      registerLocale({ lang: 'ja', strings: { heading: 'JA' } });
      await nextTask();
      await el.updateComplete;
      expect(el.isUpdatePending).to.equal(false);
      expect(partText(el, 'heading')).to.equal('You have read 5 of your 5 free articles this month.');
      expect(warnings.messages).to.deep.equal([]);
      wrapper.remove();
    } finally {
      warnings.restore();
    }
  });
});
