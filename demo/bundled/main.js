// A publisher's own site script, as their build has it: the package's entry points, by name.
// `npm start` bundles it with rollup (the second build in rollup.config.mjs) into demo/bundled/app.js.
import 'paywall-elements/define.js';
import { PaywallGate } from 'paywall-elements';

// The classes are there for the site's own code too: here, the page notes what the gate decided
// (as an analytics script would pick it up), in an attribute no reader sees.
const gate = document.querySelector('paywall-gate');
if (gate instanceof PaywallGate) {
  for (const type of ['paywall-lock', 'paywall-unlock', 'paywall-error']) {
    gate.addEventListener(type, () => {
      document.documentElement.dataset.paywallDecision = type;
    });
  }
}
