// The demo's log-in and checkout pages, as HTML: no payment is taken and no account is made.

/** The plans the checkout sells, as the stories' offers list them. */
export const PLANS = [
  { id: 'quarterly', name: 'Quarterly', price: '₹900', per: 'every 3 months', monthly: '₹300 a month' },
  { id: 'annual', name: 'Annual', price: '₹2,700', per: 'a year', monthly: '₹225 a month', badge: 'Best value' },
  { id: 'two-year', name: 'Two-Year', price: '₹3,900', per: 'every 2 years', monthly: '₹162 a month' },
];

const escape = (text) => String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const withNext = (path, next) => `${path}${path.includes('?') ? '&' : '?'}next=${encodeURIComponent(next)}`;

/** A page of the site: the masthead (filled in by /site.js), then `main`. */
function shell(title, main) {
  return `<!doctype html>
<html lang="en-IN">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${escape(title)} · The Daily Ledger</title>
    <link rel="icon" href="/favicon.svg" />
    <link rel="stylesheet" href="/demo.css" />
    <script src="/site.js" defer></script>
  </head>
  <body>
    <div class="demo-bar"></div>
    <header class="masthead">
      <a class="brand" href="/">The Daily Ledger</a>
      <nav class="site-nav" aria-label="Account"></nav>
    </header>
    <main class="page narrow account">
${main}
    </main>
    <footer class="site-footer">The Daily Ledger is a demo of paywall-elements. Its stories are made up.</footer>
  </body>
</html>
`;
}

const back = (next) => `<p class="back"><a href="${escape(next)}">Back to where you were</a></p>`;

/** Log in: the demo's one account is a subscriber, so logging in opens every story. */
export function loginPage(next, subscriber) {
  const note = subscriber
    ? '<p class="notice">You are already logged in as the demo subscriber.</p>'
    : '<p>The demo has one account, a subscriber. Log in with it and every story opens, this one included.</p>';
  return shell(
    'Log in',
    `      <h1>Log in</h1>
      ${note}
      <form method="post" action="${escape(withNext('/login', next))}">
        <button class="button" type="submit">Log in as the demo subscriber</button>
      </form>
      ${back(next)}`,
  );
}

/** Checkout for one plan: a pretend payment that makes the reader a subscriber, then back to the story. */
export function checkoutPage(plan, next, subscriber) {
  const note = subscriber ? '<p class="notice">You already subscribe: this would add nothing.</p>' : '';
  return shell(
    `Subscribe: ${plan.name}`,
    `      <h1>Subscribe</h1>
      ${note}
      <div class="checkout-plan">
        <p class="checkout-name">${escape(plan.name)}${plan.badge ? ` <span class="badge">${escape(plan.badge)}</span>` : ''}</p>
        <p class="checkout-price"><strong>${escape(plan.price)}</strong> ${escape(plan.per)} <span>(${escape(plan.monthly)})</span></p>
      </div>
      <p>This is a demo: no card is asked for and nothing is charged. Completing the subscription logs you in as a subscriber and takes you back to your story.</p>
      <form method="post" action="${escape(withNext(`/subscribe?plan=${plan.id}`, next))}">
        <button class="button" type="submit">Complete subscription</button>
      </form>
      <p class="back"><a href="${escape(withNext('/subscribe', next))}">Choose another plan</a> · <a href="${escape(next)}">Back to your story</a></p>`,
  );
}

/** The choice of plans, for a "Subscribe" link that names none. */
export function planChoicePage(next) {
  const items = PLANS.map(
    (plan) => `        <li>
          <a class="plan-choice" href="${escape(withNext(`/subscribe?plan=${plan.id}`, next))}">
            <span class="checkout-name">${escape(plan.name)}${plan.badge ? ` <span class="badge">${escape(plan.badge)}</span>` : ''}</span>
            <span class="checkout-price"><strong>${escape(plan.price)}</strong> ${escape(plan.per)} (${escape(plan.monthly)})</span>
          </a>
        </li>`,
  ).join('\n');
  return shell(
    'Choose a plan',
    `      <h1>Choose a plan</h1>
      <p>Every plan opens every story, with no monthly limit.</p>
      <ul class="plan-choices">
${items}
      </ul>
      ${back(next)}`,
  );
}
