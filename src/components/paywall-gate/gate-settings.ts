import type { ClientOptions, View } from '../../entitlements/client.js';
import { DEFAULT_SUBSCRIBER_REASONS, DEFAULT_TIMEOUT, FAILURE } from '../../entitlements/client.js';
import type { PingbackFormat } from '../../entitlements/pingback.js';
import type { Entitlement } from '../../entitlements/entitlement.js';
import { normalize, OWN_PATHS, type AnswerPaths } from '../../entitlements/normalize.js';
import { fillUrl } from '../../format/placeholders.js';
import type { PreviewUnit } from '../../truncate/truncate.js';
import type { Sanitizer } from './hard-mode.js';
import { checkedUrl, safeUrl, REFUSED } from '../../url/safe-url.js';
import { blank, headingLevel, plainNumber, wholeNumber, writtenValue } from '../../util/values.js';
import { oneOf, problem, type Problem } from '../../util/warn.js';

/**
 * The gate's settings: its attributes and properties read into typed options, with a problem
 * (naming the attribute) and the documented fallback for each bad one. The only module that
 * knows the gate's attribute names.
 */

/** What the gate's attributes and properties hold: any of them may be missing or wrong. */
export interface GateProperties {
  previewLength?: number;
  previewUnit?: string;
  freeLimit?: number;
  loginUrl?: string;
  subscribeUrl?: string;
  headingLevel?: number;
  entitlementsUrl?: string;
  articleId?: string;
  credentials?: string;
  timeout?: number;
  onFailure?: string;
  graceHours?: number;
  grantedPath?: string;
  reasonPath?: string;
  usedPath?: string;
  limitPath?: string;
  remainingPath?: string;
  pingbackUrl?: string;
  pingbackFormat?: string;
  subscriberReasons?: string;
  contentUrl?: string;
  headers?: unknown;
  adapter?: unknown;
  clock?: unknown;
  sanitize?: unknown;
  allowEmbeds?: boolean;
  gatedClass?: string;
}

type Gate = Element & GateProperties;

export const DEFAULT_PREVIEW_LENGTH = 100;
const UNITS: PreviewUnit[] = ['words', 'characters', 'paragraphs'];
const CREDENTIALS: RequestCredentials[] = ['include', 'same-origin', 'omit'];
const PINGBACK_FORMATS: PingbackFormat[] = ['own', 'amp'];
/** A timeout shorter than this fails every request; longer than this, a reader waits in vain (and past 2^31 − 1 ms, timers fire at once). */
export const TIMEOUT_RANGE = { min: 100, max: 60_000 };
/** The gate's own heading sits at level 2 to 5, so that the plan names below it fit the outline. */
const HEADING_LEVEL = { fallback: 2, max: 5 };

/** Values that show whether a URL template is usable before the view is known. */
const SAMPLE_VIEW = { articleId: 'article', readerId: 'reader' };

/** A URL template's problem, if filling it for any view gives a refused URL; the template itself otherwise. */
function checkedTemplate(
  gate: Gate,
  attribute: string,
  value: unknown,
  fallback: string,
  base: string,
  problems: Problem[],
): string | undefined {
  if (blank(value)) return undefined;
  const template = String(value);
  if (safeUrl(fillUrl(template, { ...SAMPLE_VIEW, url: base, returnUrl: base }), base)) return template;
  problems.push(problem(attribute, writtenValue(gate, attribute, value), REFUSED, fallback));
  return undefined;
}

/** A whole number of 0 or more, or `undefined` when not given; a problem when given but not one. */
function readWholeNumber(gate: Gate, attribute: string, value: unknown, fallback: string, problems: Problem[]): number | undefined {
  if (blank(value)) return undefined;
  const count = wholeNumber(plainNumber(value));
  if (count === undefined)
    problems.push(problem(attribute, writtenValue(gate, attribute, value), 'is not a whole number of 0 or more', fallback));
  return count;
}

/** `timeout`: milliseconds, brought into `TIMEOUT_RANGE` with a problem. */
function readTimeout(gate: Gate, problems: Problem[]): number {
  const timeout = readWholeNumber(gate, 'timeout', gate.timeout, `${DEFAULT_TIMEOUT} is used`, problems) ?? DEFAULT_TIMEOUT;
  const { min, max } = TIMEOUT_RANGE;
  const clamped = Math.min(max, Math.max(min, timeout));
  if (clamped !== timeout) problems.push(problem('timeout', timeout, `is outside ${min} to ${max} ms`, `${clamped} is used`));
  return clamped;
}

/** `subscriber-reasons`: the grant reasons, separated by spaces or commas, that start a grace period (and show no meter notice). */
export function readSubscriberReasons(gate: Gate): string[] {
  const reasons = String(gate.subscriberReasons ?? '')
    .split(/[\s,]+/)
    .filter(Boolean);
  return reasons.length > 0 ? reasons : DEFAULT_SUBSCRIBER_REASONS;
}

/** `on-failure`: `closed` (the default: the offer), `open` (the article), or an entitlement in JSON. */
export function failurePolicy(value: unknown, problems: Problem[]): Entitlement {
  if (blank(value) || value === 'closed') return FAILURE;
  if (value === 'open') return { ...FAILURE, granted: true };
  let policy: Entitlement | undefined;
  try {
    policy = normalize(JSON.parse(String(value)), OWN_PATHS);
  } catch {
    // Not JSON: reported below.
  }
  if (!policy) problems.push(problem('on-failure', value, 'is not open, closed or an entitlement in JSON', 'closed is used'));
  return policy ?? FAILURE;
}

/** Request headers from the `headers` property: a plain object of text values. */
function readHeaders(value: unknown, problems: Problem[]): Record<string, string> | undefined {
  if (value === undefined || value === null) return undefined;
  const valid = typeof value === 'object' && !Array.isArray(value) && Object.values(value).every((header) => typeof header === 'string');
  if (valid) return { ...(value as Record<string, string>) };
  problems.push({ attribute: 'headers', message: 'is not an object of text values; no extra headers are sent.' });
  return undefined;
}

/** A function property (`adapter`, `clock`), or `undefined` with a problem when it is something else. */
function readFunction<T>(name: string, value: unknown, fallback: string, problems: Problem[]): T | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'function') return value as T;
  problems.push({ attribute: name, message: `is not a function; ${fallback}.` });
  return undefined;
}

/** The `*-path` attributes, each falling back to the amp-subscriptions path. */
function readPaths(gate: Gate): Partial<AnswerPaths> {
  const paths: Partial<AnswerPaths> = {};
  const given = {
    granted: gate.grantedPath,
    reason: gate.reasonPath,
    used: gate.usedPath,
    limit: gate.limitPath,
    remaining: gate.remainingPath,
  };
  for (const [field, path] of Object.entries(given)) if (!blank(path)) paths[field as keyof AnswerPaths] = String(path);
  return paths;
}

/** `free-limit`: the local meter's limit, and the meter message's when the decision carries none. */
export function readFreeLimit(gate: Gate, problems: Problem[]): number | undefined {
  return readWholeNumber(
    gate,
    'free-limit',
    gate.freeLimit,
    'there is no local meter, and the message is shown without the limit',
    problems,
  );
}

/** Hard mode's settings. */
export interface HardModeSettings {
  /** `content-url`, a URL template, when usable. */
  contentUrl?: string;
  sanitize?: Sanitizer;
  allowEmbeds: boolean;
}

export interface ClientSettings {
  client: ClientOptions;
  hardMode: HardModeSettings;
}

/** The entitlement client's options and hard mode's settings, from the gate's attributes and properties. */
export function readClientSettings(gate: Gate, base: string, problems: Problem[]): ClientSettings {
  const url = (attribute: string, value: unknown, fallback: string) => checkedTemplate(gate, attribute, value, fallback, base, problems);
  const endpointGiven = !blank(gate.entitlementsUrl);
  const endpoint = url('entitlements-url', gate.entitlementsUrl, 'on-failure decides');
  const client: ClientOptions = {
    // A refused endpoint is still an endpoint: each view then fails as `refused`, and the failure policy decides.
    endpoint: endpointGiven ? (endpoint ?? String(gate.entitlementsUrl)) : undefined,
    base,
    credentials: oneOf(gate.credentials, CREDENTIALS, 'credentials', problems),
    headers: readHeaders(gate.headers, problems),
    timeout: readTimeout(gate, problems),
    onFailure: failurePolicy(gate.onFailure, problems),
    graceHours: readWholeNumber(gate, 'grace-hours', gate.graceHours, 'no grace period is given', problems) ?? 0,
    subscriberReasons: readSubscriberReasons(gate),
    paths: readPaths(gate),
    adapter: readFunction('adapter', gate.adapter, 'entitlements-url is asked instead', problems),
    freeLimit: readFreeLimit(gate, problems),
    clock: readFunction('clock', gate.clock, 'the browser’s clock is used', problems),
  };
  const hardMode: HardModeSettings = {
    contentUrl: url('content-url', gate.contentUrl, 'only the preview is shown'),
    sanitize: readFunction('sanitize', gate.sanitize, 'the built-in allow-list cleans the content', problems),
    allowEmbeds: gate.allowEmbeds === true,
  };
  client.pingback = url('pingback-url', gate.pingbackUrl, 'no view is reported');
  client.pingbackFormat = oneOf(gate.pingbackFormat, PINGBACK_FORMATS, 'pingback-format', problems);
  return { client, hardMode };
}

export interface PreviewSettings {
  length: number;
  unit: PreviewUnit;
  /** The class of the gated part: the page's markup may carry it (the preview then ends there), and the gate puts it on the rest. */
  gatedClass: string;
}

export const DEFAULT_GATED_CLASS = 'paywall';

/** `gated-class`: one class name, as a CSS selector of JSON-LD's `hasPart` names it. */
function readGatedClass(gate: Gate, problems: Problem[]): string {
  const value = gate.gatedClass;
  if (blank(value)) return DEFAULT_GATED_CLASS;
  if (/^-?[_a-zA-Z\u00a0-\uffff][-\w\u00a0-\uffff]*$/.test(String(value))) return String(value);
  problems.push(problem('gated-class', value, 'is not one class name', `${DEFAULT_GATED_CLASS} is used`));
  return DEFAULT_GATED_CLASS;
}

/** How long the preview is: `preview-length` in `preview-unit`s; and where the page marked the gated part. */
export function readPreviewSettings(gate: Gate, problems: Problem[]): PreviewSettings {
  const length = readWholeNumber(gate, 'preview-length', gate.previewLength, `${DEFAULT_PREVIEW_LENGTH} is used`, problems);
  return {
    length: length ?? DEFAULT_PREVIEW_LENGTH,
    unit: oneOf(gate.previewUnit, UNITS, 'preview-unit', problems),
    gatedClass: readGatedClass(gate, problems),
  };
}

/** The level of the gate's own heading. */
export const gateHeadingLevel = (gate: Gate): number => headingLevel(gate.headingLevel, HEADING_LEVEL.fallback, HEADING_LEVEL.max);

/** The view the gate decides: its article, and this page's address. */
export function viewOf(gate: Gate): View {
  const canonical = document.querySelector<HTMLLinkElement>('link[rel=canonical]')?.href;
  return { articleId: `${gate.articleId || canonical || location.pathname}`, url: location.href, returnUrl: location.href };
}

export interface OfferLinks {
  login?: string;
  subscribe?: string;
}

/** The login and final call-to-action links, filled for the view and held to the allowed origins. */
export function readOfferLinks(gate: GateProperties, view: View, readerId: string, base: string, problems: Problem[]): OfferLinks {
  const context = { ...view, readerId };
  const link = (attribute: string, value: unknown, fallback: string) =>
    checkedUrl(blank(value) ? value : fillUrl(String(value), context), base, attribute, fallback, problems, true);
  return {
    login: link('login-url', gate.loginUrl, 'no login link is shown'),
    subscribe: link('subscribe-url', gate.subscribeUrl, 'the call to action leads to the plans'),
  };
}

/** Where the client's failure sources stand among the gate's attributes and properties, as `paywall-error` names them. */
export const FAILURE_SOURCE = { endpoint: 'entitlements-url', adapter: 'adapter' } as const;
