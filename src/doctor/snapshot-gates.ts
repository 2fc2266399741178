import { readClientSettings, viewOf, type ClientSettings, type GateProperties } from '../components/paywall-gate/gate-settings.js';
import { pageScope } from '../components/paywall-gate/page-scope.js';
import { DEFAULT_TIMEOUT } from '../entitlements/client.js';
import { stateOf, type Entitlement } from '../entitlements/entitlement.js';
import { readerId } from '../entitlements/reader-id.js';
import { fillUrl, placeholderKeys } from '../format/placeholders.js';
import { safeUrl } from '../url/safe-url.js';
import { camel } from '../util/case.js';
import { blank } from '../util/values.js';
import { gateLabel } from './page-text.js';
import { probeEndpoint } from './probe.js';
import { readArticleText } from './snapshot-article.js';
import type { EndpointProbe, GateSnapshot } from './types.js';

type Gate = Element & GateProperties & { entitlement?: Entitlement | null };

/** Probes by request, so that gates asking the same question are probed once, as they share one request. */
type Probes = Map<string, Promise<EndpointProbe>>;

/**
 * The gate's settings as the gate reads them. A gate the library has not upgraded (the doctor
 * loaded into a page on its own) has only attributes: a detached copy with them as properties stands in.
 */
function settingsOf(gate: Element): Gate {
  if ('decisionComplete' in gate) return gate as Gate;
  const copy = gate.cloneNode(false) as Gate;
  for (const { name, value } of gate.attributes) Object.assign(copy, { [camel(name)]: value });
  return copy;
}

/** The same article as the gate: its attributes, or its place on the page. */
function servedTwin(gate: Element, index: number, live: Element[], served: Element[]): Element | undefined {
  const id = gate.getAttribute('article-id');
  if (id) return served.find((candidate) => candidate.getAttribute('article-id') === id);
  return served.length === live.length ? served[index] : undefined;
}

/** The endpoint's probe, for a gate that asks one (not an adapter, not the page's own decision). */
function probeFor(gate: Gate, { client }: ClientSettings, probes: Probes): Promise<EndpointProbe> | undefined {
  if (!client.endpoint || client.adapter) return undefined;
  const view = viewOf(gate);
  const values = { ...view, readerId: readerId(pageScope.device) };
  const batched = placeholderKeys(client.endpoint).includes('articleIds');
  const url = safeUrl(fillUrl(client.endpoint, batched ? { ...values, articleIds: [view.articleId] } : values), document.baseURI);
  if (!url) return undefined;
  const credentials = client.credentials ?? 'include';
  const key = `${credentials} ${JSON.stringify(client.headers ?? {})} ${url}`;
  if (!probes.has(key)) {
    const paths = Object.fromEntries(Object.entries(client.paths ?? {}).filter((entry): entry is [string, string] => !!entry[1]));
    const batchedAs = batched ? view.articleId : undefined;
    probes.set(
      key,
      probeEndpoint({ url, credentials, headers: client.headers, timeout: client.timeout ?? DEFAULT_TIMEOUT, paths, batchedAs }),
    );
  }
  return probes.get(key);
}

/** Whether the article id goes anywhere: a request's URL, or the local meter. */
function articleIdUsed({ client, hardMode }: ClientSettings): boolean {
  const templates = [client.endpoint, hardMode.contentUrl, client.pingback];
  const inTemplate = templates.some(
    (template) => template && placeholderKeys(template).some((key) => key === 'articleId' || key === 'articleIds'),
  );
  return inTemplate || (client.freeLimit !== undefined && !client.endpoint && !client.adapter);
}

async function readGate(element: Element, index: number, twin: Element | undefined, probes: Probes): Promise<GateSnapshot> {
  const gate = settingsOf(element);
  const settings = readClientSettings(gate, document.baseURI, []);
  const hardMode = settings.hardMode.contentUrl !== undefined;
  const state = stateOf(gate.entitlement);
  const canonical = document.querySelector('link[rel=canonical]');
  const endpoint = probeFor(gate, settings, probes);
  return {
    label: gateLabel(element, index),
    state,
    entitlement: gate.entitlement ? (JSON.parse(JSON.stringify(gate.entitlement)) as Entitlement) : gate.entitlement,
    hardMode,
    attributes: Object.fromEntries([...element.attributes].map(({ name, value }) => [name, value])),
    hasLoginSlot: element.querySelector(':scope > [slot=login]') !== null,
    articleIdFrom: !blank(gate.articleId) ? 'attribute' : canonical ? 'canonical' : 'path',
    articleIdUsed: articleIdUsed(settings),
    regionName: element.shadowRoot?.querySelector('[part~="base"]')?.getAttribute('aria-label') ?? undefined,
    article: twin ? await readArticleText(element, gate, twin, { hardMode, state }) : undefined,
    endpoint: await endpoint,
  };
}

/** Every gate on the page, with its article as served (when `served` has it) and its endpoint probed. */
export async function readGates(doc: Document, served: Document | undefined): Promise<GateSnapshot[]> {
  const live = [...doc.querySelectorAll('paywall-gate')];
  const servedGates = served ? [...served.querySelectorAll('paywall-gate')] : [];
  const probes: Probes = new Map();
  return Promise.all(live.map((gate, i) => readGate(gate, i, servedTwin(gate, i, live, servedGates), probes)));
}
