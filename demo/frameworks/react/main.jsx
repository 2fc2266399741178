// A publisher's React app: <paywall-gate> straight in JSX (React 19 sets `entitlement` as a
// property and listens to `onpaywall-unlock`), and the same gate through the React 18 wrapper.
// The page decides (the `entitlement` property); the Subscribe button grants.
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import 'paywall-elements/define.js';
import { PaywallGate } from 'paywall-elements/react';

const METER_USED_UP = { granted: false, meter: { used: 3, limit: 3, remaining: 0 } };
const SUBSCRIBER = { granted: true, reason: 'SUBSCRIBER' };

// Static markup: the gate takes the rest of it out of the page while locked, so React must not
// re-render these paragraphs.
const story = (
  <article>
    <p>The harbour authority published its winter timetable on Monday, with fewer crossings after dark.</p>
    <p>Ferries will leave every forty minutes until six, then every hour until the last boat at ten.</p>
    <p>Regular travellers say the change will add a long wait to the evening journey home.</p>
    <p>The authority says the summer timetable returns in April, after a review of passenger numbers.</p>
  </article>
);

function App() {
  const [entitlement, setEntitlement] = useState(METER_USED_UP);
  const [heard, setHeard] = useState([]);
  const hear = (name) => (event) => setHeard((list) => [...list, `${name} ${event.type}`]);
  return (
    <>
      <button type="button" onClick={() => setEntitlement(SUBSCRIBER)}>
        Subscribe
      </button>
      <h2>The element (React 19)</h2>
      <paywall-gate
        id="element"
        preview-length={2}
        preview-unit="paragraphs"
        entitlement={entitlement}
        onpaywall-lock={hear('element')}
        onpaywall-unlock={hear('element')}
      >
        {story}
      </paywall-gate>
      <h2>The wrapper (paywall-elements/react, for React 18)</h2>
      <PaywallGate
        id="wrapper"
        previewLength={2}
        previewUnit="paragraphs"
        entitlement={entitlement}
        onPaywallLock={hear('wrapper')}
        onPaywallUnlock={hear('wrapper')}
      >
        {story}
      </PaywallGate>
      <output id="heard">{heard.join(', ')}</output>
    </>
  );
}

createRoot(document.querySelector('#app')).render(<App />);
