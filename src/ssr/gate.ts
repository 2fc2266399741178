import { ElementRenderer, LitElementRenderer, type RenderInfo } from '@lit-labs/ssr';
import type { ElementRendererConstructor } from '@lit-labs/ssr/lib/element-renderer.js';
import type { ThunkedRenderResult } from '@lit-labs/ssr/lib/render-result.js';
import { renderValue } from '@lit-labs/ssr/lib/render-value.js';
import { html, type TemplateResult } from 'lit';
import '../define.js';
import type { View } from '../entitlements/client.js';
import type { Meter } from '../entitlements/entitlement.js';
import { canonicalLocale } from '../format/locale.js';
import { fillUrl } from '../format/placeholders.js';
import { registeredLocale } from '../locales/registry.js';
import type { Plan } from '../plans/plan-fields.js';
import { checkedUrl } from '../url/safe-url.js';
import { BENEFITS_PARTS, parseConfig, PLAN_PARTS, type GateConfig } from '../components/paywall-gate/gate-config.js';
import { readOfferLinks } from '../components/paywall-gate/gate-settings.js';
import { coreString } from '../components/paywall-gate/core-strings.js';
import type { GateCopy } from '../components/paywall-gate/gate-strings.js';
import { offerContent } from '../components/paywall-gate/offer-content.js';
import { offerStyles } from '../components/paywall-gate/offer.styles.js';
import { gateTemplate } from '../components/paywall-gate/offer.js';
import { styles } from '../components/paywall-gate/paywall-gate.styles.js';
import { tokens } from '../styles/tokens.js';
import { headingLevel, plainNumber, text, wholeNumber } from '../util/values.js';
import type { Problem } from '../util/warn.js';
import { benefitItems, benefitsListTemplate, planCardTemplate } from './cards.js';
import { attributesHtml, renderToString, scriptJson, warnOnce, type AttributeValue } from './markup.js';

/** What the server knows of the page and the reader, to render a gate's locked view. */
export interface GateRenderOptions {
  /** The page's address: it fills `{url}` and `{returnUrl}` in `login-url` and `subscribe-url`, and relative links resolve against it. */
  url: string;
  /**
   * The gate's attributes, as the page would write them (`article-id`, `entitlements-url`,
   * `content-url`, `login-url`, `subscribe-url`, `preview-length`, `heading-level`, `free-limit`, …):
   * they are written on the gate for the browser, and the server reads the links, the heading
   * level and the free limit from them. `state` and `server-rendered` are the server's own.
   */
  attributes?: Readonly<Record<string, AttributeValue>>;
  /** The preview: the article as far as this reader may read it, in your own HTML, written as it is (never a reader's text). */
  html: string;
  /** The JSON configuration (`plans`, `benefits`, `strings`), as an object or as JSON text: written into the gate, for the browser to read too. */
  config?: GateConfig | string;
  /** The reader's meter, for the meter message: `{ used, limit, remaining }`. */
  meter?: Meter;
  /** A logged-in reader is not asked to log in. */
  loggedIn?: boolean;
  /** Replacements for the gate's strings; they win over the JSON `strings`, as the `strings` property does. */
  strings?: Partial<GateCopy>;
  /** The article's heading, for the accessible name of the gate's region ("Story: …"). */
  title?: string;
  /** The page's language (default `en`; a server cannot read it from the page): the copy, in a locale registered with `registerLocale`, the meter message's plural forms and numbers, and plan cards without a `locale`. */
  lang?: string;
  /** Fills `{readerId}` in the links, when they have it (the browser keeps its own id; default empty). */
  readerId?: string;
}

/** The configuration's JSON text and what it says. */
function readConfig(config: GateConfig | string | undefined, problems: Problem[]): { json?: string; config: GateConfig } {
  if (config === undefined) return { config: {} };
  const json = typeof config === 'string' ? config : JSON.stringify(config);
  const parsed = parseConfig(json);
  problems.push(...parsed.problems);
  return { json, config: parsed.config };
}

/** The gate's styles and the offer's, in the order the browser's gate adopts them. */
const CSS = [tokens, styles, offerStyles].map((style) => style.cssText).join('\n');

/** The subscribe link without `subscribe-url`: the featured plan's checkout (or the first plan's), `{returnUrl}` filled, as the browser's gate makes it. */
function featuredCheckout(plans: readonly Plan[], view: View): string | undefined {
  const chosen = plans.find((plan) => plan.featured === true) ?? plans[0];
  const href = text(chosen?.href);
  // The card reports a link it refuses; here it only leaves the call to action a button.
  return href && checkedUrl(fillUrl(href, { ...view }), view.url, 'href', '', [], true);
}

/** The locked gate's shadow root (after its styles): the preview's slot, the fade and the offer. */
function lockedView(options: GateRenderOptions, config: GateConfig, problems: Problem[]): TemplateResult {
  const attributes = options.attributes ?? {};
  // The copy in layers, as the browser's gate has it: the language's registered locale (English
  // without one), then the JSON strings, then the given ones.
  const lang = canonicalLocale(options.lang) ?? 'en';
  const overrides = [registeredLocale(lang)?.strings, config.strings, options.strings];
  const level = headingLevel(attributes['heading-level'], 2, 5);
  const view = { articleId: text(attributes['article-id']) ?? new URL(options.url).pathname, url: options.url, returnUrl: options.url };
  const links = readOfferLinks(
    { loginUrl: text(attributes['login-url']), subscribeUrl: text(attributes['subscribe-url']) },
    view,
    options.readerId ?? '',
    options.url,
    problems,
  );
  links.subscribe ??= featuredCheckout(config.plans ?? [], view);
  const cards = { headingLevel: level + 1, lang, url: options.url };
  const items = config.benefits?.items && benefitItems(config.benefits, problems);
  const offer = offerContent({
    strings: overrides,
    lang,
    links,
    view,
    entitlement: { granted: false, meter: options.meter, loggedIn: options.loggedIn },
    freeLimit: wholeNumber(plainNumber(attributes['free-limit'])),
    headingLevel: level,
    usedSlots: new Set(),
    plans: (config.plans ?? []).map((plan) => planCardTemplate(plan, { ...cards, exportparts: PLAN_PARTS })),
    slottedPlans: [],
    benefits: items && benefitsListTemplate(config.benefits?.heading, items, { ...cards, exportparts: BENEFITS_PARTS }, false),
    // Events are the browser's: it takes over before a reader can use them.
    onSlotChange: () => undefined,
    onLogin: () => undefined,
    onCta: () => undefined,
  });
  problems.push(...offer.problems);
  const region = coreString('region', problems, ...overrides);
  const regionLabel = options.title ? `${region}: ${options.title}` : region;
  return gateTemplate({ ready: true, offer, hideOfferBox: false, reserve: false, live: true, regionLabel });
}

/** Lit SSR's renderer for the `<paywall-gate>` of one `renderGate` call: the attributes given, and the locked view. */
function lockedGateRenderer(attributes: string, view: TemplateResult): ElementRendererConstructor {
  return class LockedGateRenderer extends ElementRenderer {
    static override matchesClass(_class: typeof HTMLElement, tagName: string): boolean {
      return tagName === 'paywall-gate';
    }

    override renderAttributes(): ThunkedRenderResult {
      return [attributes];
    }

    override renderShadow(renderInfo: RenderInfo): ThunkedRenderResult {
      return [`<style>${CSS}</style>`, () => renderValue(view, renderInfo)];
    }
  };
}

/**
 * A `<paywall-gate>` in its locked view, as HTML: the preview in its light DOM, and in a
 * declarative shadow root the meter message, the login link, the plans (each `<plan-card>` with
 * its own declarative shadow root, its checkout a real link), the benefits and the call to
 * action. It reads without JavaScript; when the script comes, the gate keeps this view until it
 * has decided for itself and can show its own in its place.
 */
export function renderGate(options: GateRenderOptions): string {
  const problems: Problem[] = [];
  const { json, config } = readConfig(options.config, problems);
  const { state: _state, 'server-rendered': _marker, ...given } = options.attributes ?? {};
  const attributes = attributesHtml({ ...given, state: 'locked', 'server-rendered': true }, problems);
  const renderer = lockedGateRenderer(attributes, lockedView(options, config, problems));
  warnOnce('paywall-gate', problems);
  const rendered = renderToString(html`<paywall-gate></paywall-gate>`, { elementRenderers: [renderer, LitElementRenderer] });
  const script = json === undefined ? '' : `<script type="application/json">${scriptJson(json)}</script>`;
  // Lit SSR writes the shadow root first; the preview goes before it, so that a browser that
  // paints while the page is still coming shows the preview, then the offer under it, which
  // moves nothing. (Attribute values are escaped: the first "<template" is the shadow root's.)
  const shadowRoot = rendered.indexOf('<template');
  return rendered.slice(0, shadowRoot) + options.html + script + rendered.slice(shadowRoot);
}
