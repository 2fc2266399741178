// Registers the library's three tags (npm users: `import 'paywall-elements/define.js'`).
import { PaywallGate } from './components/paywall-gate/paywall-gate.js';
import { defineElement } from './elements/define-element.js';
import './elements/offer-elements.js';

defineElement('paywall-gate', PaywallGate);

declare global {
  interface HTMLElementTagNameMap {
    'paywall-gate': PaywallGate;
  }
}
