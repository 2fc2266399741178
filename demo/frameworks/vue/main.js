// A publisher's Vue app: <paywall-gate> in a template, `:entitlement` set as a property and
// `@paywall-unlock` heard. The page decides (the `entitlement` property); Subscribe grants.
// (The build maps `vue` to its full build, which compiles this template in the browser.)
import { createApp, ref } from 'vue';
import 'paywall-elements/define.js';

const METER_USED_UP = { granted: false, meter: { used: 3, limit: 3, remaining: 0 } };
const SUBSCRIBER = { granted: true, reason: 'SUBSCRIBER' };

const app = createApp({
  setup() {
    const entitlement = ref(METER_USED_UP);
    const heard = ref([]);
    const hear = (event) => heard.value.push(event.type);
    return { entitlement, heard, hear, subscribe: () => (entitlement.value = SUBSCRIBER) };
  },
  template: `
    <button type="button" @click="subscribe">Subscribe</button>
    <paywall-gate :preview-length="2" preview-unit="paragraphs" :entitlement="entitlement" @paywall-lock="hear" @paywall-unlock="hear">
      <article>
        <p>The harbour authority published its winter timetable on Monday, with fewer crossings after dark.</p>
        <p>Ferries will leave every forty minutes until six, then every hour until the last boat at ten.</p>
        <p>Regular travellers say the change will add a long wait to the evening journey home.</p>
        <p>The authority says the summer timetable returns in April, after a review of passenger numbers.</p>
      </article>
    </paywall-gate>
    <output id="heard">{{ heard.join(', ') }}</output>`,
});
// The tags are custom elements, not Vue components (with Vite: the plugin's compilerOptions).
app.config.compilerOptions.isCustomElement = (tag) => ['paywall-gate', 'plan-card', 'benefits-list'].includes(tag);
app.mount('#app');
