// A publisher's own site script, as their build has it: the package's entry points, by name.
// `npm start` bundles it with rollup (the second build in rollup.config.mjs) into demo/bundled/app.js.
import 'paywall-elements/define.js';
import { PaywallGate } from 'paywall-elements';

// The classes are there for the site's own code too: here, to show what the gate decided.
const gate = document.querySelector('paywall-gate');
const status = document.querySelector('#decision');
if (gate instanceof PaywallGate) {
  for (const type of ['paywall-lock', 'paywall-unlock', 'paywall-error']) {
    gate.addEventListener(type, (event) => {
      status.textContent = `${type} ${JSON.stringify(event.detail)}`;
    });
  }
}
