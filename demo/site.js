// The Daily Ledger's own site script (not the library): the masthead says who the reader is, and
// a bar shows the demo's endpoint switch on every page. Both come from /api/reader, asked again
// whenever a gate on the page decides (its request may have just counted this story).
(() => {
  /** Where Log in, Log out and the switch come back to: this page, or on log-in and checkout pages, the story they return to. */
  const here = () => {
    const next = new URLSearchParams(location.search).get('next');
    if (next && ['/login', '/subscribe'].includes(location.pathname)) return next;
    return location.pathname + location.search + location.hash;
  };
  const withNext = (path) => `${path}${path.includes('?') ? '&' : '?'}next=${encodeURIComponent(here())}`;
  const MODES = [
    ['normal', 'Normal'],
    ['slow', 'Slow'],
    ['fail', 'Failing'],
  ];
  const MODE_NOTES = {
    normal: 'The entitlement endpoint answers normally.',
    slow: 'The entitlement endpoint is slow on purpose: it answers after the gate has given up.',
    fail: 'The entitlement endpoint fails on purpose: every request gets an error.',
  };

  function element(tag, attributes = {}, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
    node.append(...children);
    return node;
  }

  /** Who the reader is, in words; a phone shows only the middle of them (`.wide-only` is hidden there). */
  const status = (reader, before, main, after) =>
    element(
      'span',
      { class: 'reader-status', 'data-reader': reader },
      element('span', { class: 'wide-only' }, before),
      main,
      element('span', { class: 'wide-only' }, after),
    );

  /** The masthead's account links: who the reader is, then Log in or Log out, never both. */
  function account(reader) {
    if (reader.subscriber) {
      const logout = element(
        'form',
        { method: 'post', action: withNext('/logout') },
        element('button', { type: 'submit', class: 'nav-button' }, 'Log out'),
      );
      return [status('subscriber', 'Logged in · ', 'Subscriber', ''), logout];
    }
    const left = ['No free articles left', '1 free article left'][reader.remaining] ?? `${reader.remaining} free articles left`;
    return [
      status('anonymous', 'Not logged in · ', left, ' this month'),
      element('a', { href: withNext('/login') }, 'Log in'),
      element('a', { href: withNext('/subscribe'), class: 'nav-subscribe' }, 'Subscribe'),
    ];
  }

  /** The demo bar: which mode the endpoint is in, each mode one click away, and a reset when it is not normal. */
  function demoBar(mode) {
    const links = MODES.map(([value, label]) =>
      element(
        'a',
        {
          href: `/demo/mode?set=${value}&next=${encodeURIComponent(here())}`,
          class: 'mode',
          ...(value === mode ? { 'aria-current': 'true' } : {}),
        },
        label,
      ),
    );
    const bar = element(
      'aside',
      { class: 'demo-bar', 'aria-label': 'Demo switch', 'data-mode': mode },
      element('span', { class: 'demo-bar-label' }, 'Demo', element('span', { class: 'wide-only' }, ' · Endpoint'), ':'),
      element('span', { class: 'modes' }, ...links),
      element('span', { class: 'demo-bar-note' }, MODE_NOTES[mode]),
    );
    if (mode !== 'normal')
      bar.append(element('a', { href: `/demo/mode?set=normal&next=${encodeURIComponent(here())}`, class: 'reset' }, 'Reset'));
    return bar;
  }

  let asking;
  async function show() {
    const response = await fetch('/api/reader', { credentials: 'same-origin', cache: 'no-store' });
    const reader = await response.json();
    document.querySelector('.site-nav')?.replaceChildren(...account(reader));
    const bar = demoBar(reader.mode);
    const old = document.querySelector('.demo-bar');
    if (old) old.replaceWith(bar);
    else document.body.prepend(bar);
    document.documentElement.dataset.reader = reader.subscriber ? 'subscriber' : `anonymous-${reader.remaining}`;
  }
  const refresh = () => {
    asking = (asking ?? Promise.resolve()).then(show).catch(() => {});
  };

  refresh();
  for (const type of ['paywall-lock', 'paywall-unlock', 'paywall-error']) document.addEventListener(type, refresh);
})();
