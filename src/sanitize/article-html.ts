import { safeUrl } from '../url/safe-url.js';

/**
 * Hard mode's cleaner: the rest of an article, fetched as HTML, parsed inert and reduced to an
 * allow-list of article markup before any of it reaches the page. Anything not on the list goes:
 * no scripts, styles, forms, frames (unless embeds are allowed), ids, names or inline styles, so
 * that fetched content can neither run code nor restyle, clobber or post the page.
 */

/** Elements kept, with the attributes of `ATTRIBUTES`. */
const KEPT = new Set([
  ...['p', 'br', 'hr', 'wbr', 'div', 'span', 'section', 'aside', 'header', 'footer', 'address'],
  ...['h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'figure', 'figcaption', 'details', 'summary'],
  ...['a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'i', 'ins', 'kbd', 'mark'],
  ...['q', 's', 'samp', 'small', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'ruby', 'rt', 'rp'],
  ...['ul', 'ol', 'li', 'dl', 'dt', 'dd'],
  ...['table', 'caption', 'colgroup', 'col', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td'],
  ...['img', 'picture', 'source', 'video', 'audio', 'track'],
]);

/** Elements that go with everything in them: code, styles, forms' controls, documents in documents, metadata. */
const DROPPED = new Set([
  ...['script', 'style', 'template', 'noscript', 'object', 'embed', 'applet', 'frame', 'frameset', 'iframe'],
  ...['input', 'button', 'select', 'textarea', 'option', 'datalist', 'output', 'progress', 'meter'],
  ...['link', 'meta', 'base', 'title', 'head', 'canvas', 'dialog', 'slot', 'portal', 'paywall-gate'],
]);
// Any other element (a form, an unknown or custom element, h1) is unwrapped: it goes, its cleaned content stays.

/** Attributes every kept element may have. */
const GLOBAL_ATTRIBUTES = new Set(['class', 'title', 'lang', 'dir', 'translate', 'aria-label', 'aria-hidden']);

/** Attributes by element. */
const ATTRIBUTES: Record<string, readonly string[]> = {
  a: ['href', 'hreflang', 'rel', 'target'],
  img: ['src', 'srcset', 'sizes', 'alt', 'width', 'height', 'loading', 'decoding'],
  source: ['src', 'srcset', 'sizes', 'media', 'type', 'width', 'height'],
  video: ['src', 'poster', 'controls', 'width', 'height', 'loop', 'muted', 'playsinline', 'preload'],
  audio: ['src', 'controls', 'loop', 'muted', 'preload'],
  track: ['src', 'kind', 'srclang', 'label', 'default'],
  iframe: ['src', 'width', 'height', 'title', 'loading'],
  blockquote: ['cite'],
  q: ['cite'],
  del: ['cite', 'datetime'],
  ins: ['cite', 'datetime'],
  time: ['datetime'],
  data: ['value'],
  ol: ['start', 'reversed', 'type'],
  li: ['value'],
  th: ['colspan', 'rowspan', 'headers', 'scope', 'abbr'],
  td: ['colspan', 'rowspan', 'headers'],
  col: ['span'],
  colgroup: ['span'],
  details: ['open'],
};

/** Attributes that hold a URL: http, https or relative only (links may also be mailto: or tel:). */
const URL_ATTRIBUTES = new Set(['href', 'src', 'poster', 'cite']);
const LINK_SCHEMES = /^(mailto|tel):/i;
/** `rel` words an article's link may keep; `noopener` and `noreferrer` are added for a new tab. */
const REL_WORDS = new Set(['nofollow', 'ugc', 'sponsored', 'noopener', 'noreferrer', 'external']);
/** What an allowed embed may do in its sandbox: run its own scripts, in its own origin, and open what the reader clicks. */
const EMBED_SANDBOX = 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-presentation';

export interface CleanOptions {
  /** What relative URLs resolve against: the content's own URL. */
  base: string;
  /** Keeps `<iframe>`s from other origins (https only), sandboxed and without `allow=`. Default: dropped. */
  allowEmbeds?: boolean;
}

type Policy = { createHTML(markup: string): string };
let policy: Policy | undefined;

/**
 * The library's one Trusted Types policy, `paywall-elements`, made on first use: its HTML goes
 * only into an inert template, and is cleaned there before any of it reaches the page.
 */
function trusted(markup: string): string {
  const trustedTypes = (globalThis as { trustedTypes?: { createPolicy(name: string, rules: Policy): Policy } }).trustedTypes;
  policy ??= trustedTypes?.createPolicy('paywall-elements', { createHTML: (html) => html });
  return policy?.createHTML(markup) ?? markup;
}

/** HTML parsed into inert nodes: in a template, nothing loads or runs while parsing. Nothing is cleaned. */
export function parseInert(markup: string): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = trusted(markup);
  return template.content;
}

/** A URL attribute's value if its scheme is allowed (each candidate of a `srcset`), else `undefined`. */
function allowedUrl(name: string, value: string, options: CleanOptions, link: boolean): string | undefined {
  if (name === 'srcset') {
    const candidates = value.split(',').map((candidate) => candidate.trim().split(/\s+/));
    return candidates.every(([url]) => url && safeUrl(url, options.base)) ? value : undefined;
  }
  if (!URL_ATTRIBUTES.has(name)) return value;
  if (link && LINK_SCHEMES.test(value.trim())) return value;
  return safeUrl(value, options.base) ? value : undefined;
}

/** An embed from another origin over https, sandboxed, and without a say over the page's permissions. */
function sandboxEmbed(frame: Element, options: CleanOptions): boolean {
  const src = safeUrl(frame.getAttribute('src'), options.base);
  if (!src || !src.startsWith('https:') || new URL(src).origin === new URL(options.base).origin) return false;
  frame.setAttribute('sandbox', EMBED_SANDBOX);
  frame.setAttribute('referrerpolicy', 'strict-origin-when-cross-origin');
  return true;
}

/** Keeps only the allowed attributes of a kept element, with allowed URLs; links to a new tab do not get the opener. */
function cleanAttributes(el: Element, options: CleanOptions): void {
  const tag = el.localName;
  const allowed = ATTRIBUTES[tag] ?? [];
  for (const { name, value } of [...el.attributes]) {
    const kept = GLOBAL_ATTRIBUTES.has(name) || allowed.includes(name) ? allowedUrl(name, value, options, tag === 'a') : undefined;
    if (kept === undefined) el.removeAttribute(name);
  }
  if (tag !== 'a') return;
  const newTab = el.getAttribute('target') === '_blank';
  if (!newTab) el.removeAttribute('target');
  const rel = (el.getAttribute('rel') ?? '').split(/\s+/).filter((word) => REL_WORDS.has(word.toLowerCase()));
  if (newTab) rel.push('noopener', 'noreferrer');
  if (rel.length > 0) el.setAttribute('rel', [...new Set(rel)].join(' '));
  else el.removeAttribute('rel');
}

/** Cleans the children of `parent` in place, depth first. */
function cleanChildren(parent: ParentNode, options: CleanOptions): void {
  for (const child of [...parent.childNodes]) {
    if (child.nodeType === Node.TEXT_NODE) continue;
    if (child.nodeType !== Node.ELEMENT_NODE) {
      // Comments and processing instructions: nothing a reader sees.
      child.remove();
      continue;
    }
    const el = child as Element;
    const tag = el.localName;
    const html = el.namespaceURI === 'http://www.w3.org/1999/xhtml';
    const embed = tag === 'iframe' && options.allowEmbeds;
    if (!html || (DROPPED.has(tag) && !embed)) {
      el.remove();
      continue;
    }
    cleanChildren(el, options);
    if (embed) {
      cleanAttributes(el, options);
      if (!sandboxEmbed(el, options)) el.remove();
    } else if (KEPT.has(tag)) cleanAttributes(el, options);
    else el.replaceWith(...el.childNodes);
  }
}

/** The rest of an article as inert, cleaned nodes, ready to append. */
export function cleanArticleHtml(markup: string, options: CleanOptions): DocumentFragment {
  const content = parseInert(markup);
  cleanChildren(content, options);
  return content;
}
