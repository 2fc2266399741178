// The script-tag build's module: `<paywall-gate>` at once; `<plan-card>` and `<benefits-list>`
// (and hard mode's cleaner, and the paywall doctor) in files of their own, loaded when a page needs them.
import { PaywallGate } from './components/paywall-gate/paywall-gate.js';
import { defineElement } from './elements/define-element.js';
import { defineOfferElementsWhenSeen } from './elements/offer-loader.js';
import { loadDoctorWhenAsked } from './doctor/loader.js';

defineElement('paywall-gate', PaywallGate);
defineOfferElementsWhenSeen(document);
loadDoctorWhenAsked(document);
