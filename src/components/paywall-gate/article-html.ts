import { safeUrl } from '../../url/safe-url.js';

/** Elements that run code or change the page's base, dropped from fetched article HTML. */
const DROPPED = 'script,object,embed,base,meta,link,frame,frameset,animate,set';
const URL_ATTRIBUTES = /^(href|src|action|formaction|poster|xlink:href)$/i;

type Policy = { createHTML(markup: string): string };
/**
 * The library's one Trusted Types policy, `paywall-elements`, made on first use: its HTML goes
 * only into the inert template below, and is cleaned there before any of it reaches the page.
 */
let policy: Policy | undefined;
const trusted = (markup: string) =>
  (policy ??= (globalThis as { trustedTypes?: { createPolicy(name: string, rules: Policy): Policy } }).trustedTypes?.createPolicy(
    'paywall-elements',
    {
      createHTML: String, // the markup as it is
    },
  ))?.createHTML(markup) ?? markup;

/**
 * The rest of an article, fetched in hard mode, as inert nodes: parsed in a template (so nothing
 * loads or runs while parsing), then stripped of scripts, event-handler attributes, `srcdoc`, `name`, and
 * links and sources that are not http, https or relative.
 */
export function articleNodes(markup: string, base: string): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = trusted(markup);
  for (const el of template.content.querySelectorAll('*')) {
    if (el.matches(DROPPED)) el.remove();
    for (const { name, value } of [...el.attributes]) {
      // `name` too: `<img name="cookie">` would shadow `document.cookie` for the page's scripts.
      if (/^on|^(srcdoc|name)$/i.test(name) || (URL_ATTRIBUTES.test(name) && !safeUrl(value, base))) el.removeAttribute(name);
    }
  }
  return template.content;
}
